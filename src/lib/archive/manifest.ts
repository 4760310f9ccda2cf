import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { MANIFEST, onDisk, PAYLOAD_DIRS } from './layout.ts';

/** Path (relative to the content root) → SHA-256, lowercase hex. */
export type Manifest = Map<string, string>;

export const sha256 = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex');

/** Reads `manifest-sha256.txt` (BagIt's format: "<hex>  <path>" per line); undefined when there is none. */
export function readManifest(root: string): Manifest | undefined {
  const file = join(root, MANIFEST);
  if (!existsSync(file)) return undefined;
  const manifest: Manifest = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
    if (match) manifest.set(match[2] ?? '', match[1] ?? '');
  }
  return manifest;
}

/** The manifest's text: one line per file, sorted by path, so that it diffs well. */
export function serializeManifest(manifest: Manifest): string {
  return [...manifest]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([path, digest]) => `${digest}  ${path}\n`)
    .join('');
}

/** Every file the manifest must list: all files under articles/, raw/ and versions/, relative to the root. */
export function payloadFiles(root: string): string[] {
  return PAYLOAD_DIRS.flatMap((dir) => {
    const base = onDisk(root, dir);
    if (!existsSync(base)) return [];
    return readdirSync(base, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
  }).sort();
}
