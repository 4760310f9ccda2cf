import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One file to write: where, and its bytes. */
export interface PendingWrite {
  path: string;
  data: string | Uint8Array;
}

/**
 * Writes every file or none: each is first written in full beside its target
 * (a failure there removes what was staged and writes nothing), then all are
 * renamed into place, so no reader ever sees half a file.
 */
export function writeAll(writes: readonly PendingWrite[]): void {
  const staged: { temp: string; path: string }[] = [];
  try {
    for (const { path, data } of writes) {
      mkdirSync(dirname(path), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      writeFileSync(temp, data, { flag: 'wx' });
      staged.push({ temp, path });
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { force: true });
    throw error;
  }
  for (const { temp, path } of staged) renameSync(temp, path);
}
