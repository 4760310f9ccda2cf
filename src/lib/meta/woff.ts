import { inflateSync } from 'node:zlib';

const HEADER = 44;
const ENTRY = 20;

/**
 * A WOFF 1.0 font as the plain OpenType (sfnt) file it wraps: each table
 * inflated and laid out again behind an sfnt table directory. HarfBuzz reads
 * sfnt only; checksums are copied, not recomputed (no shaper checks them).
 */
export function woffToSfnt(woff: Uint8Array): Uint8Array {
  const file = Buffer.from(woff.buffer, woff.byteOffset, woff.byteLength);
  if (file.toString('latin1', 0, 4) !== 'wOFF') throw new Error('Not a WOFF 1.0 font.');
  const count = file.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const entry = HEADER + i * ENTRY;
    const offset = file.readUInt32BE(entry + 4);
    const compressed = file.readUInt32BE(entry + 8);
    const length = file.readUInt32BE(entry + 12);
    const stored = file.subarray(offset, offset + compressed);
    return {
      tag: file.subarray(entry, entry + 4),
      checksum: file.readUInt32BE(entry + 16),
      data: compressed < length ? inflateSync(stored) : stored,
    };
  });
  const directory = Buffer.alloc(12 + 16 * count);
  file.copy(directory, 0, 4, 8); // the flavour: TrueType or CFF outlines
  directory.writeUInt16BE(count, 4);
  // searchRange, entrySelector, rangeShift, as the OpenType spec derives them from the table count.
  const power = 2 ** Math.floor(Math.log2(count));
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(count * 16 - power * 16, 10);
  const parts: Buffer[] = [directory];
  let offset = directory.length;
  tables.forEach(({ tag, checksum, data }, i) => {
    const record = 12 + i * 16;
    tag.copy(directory, record);
    directory.writeUInt32BE(checksum, record + 4);
    directory.writeUInt32BE(offset, record + 8);
    directory.writeUInt32BE(data.length, record + 12);
    const padded = Buffer.alloc((data.length + 3) & ~3); // tables start on 4-byte boundaries
    data.copy(padded);
    parts.push(padded);
    offset += padded.length;
  });
  return Buffer.concat(parts);
}
