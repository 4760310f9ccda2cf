import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
/** zlib's effort: 3 keeps cards near level 6's size at a fraction of its time (bench/card-raster.ts). */
const PNG_LEVEL = 3;
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

// Raw image buffers kept for the next image of the same size: a fresh 3 MB buffer per card cost
// more than compressing it (page faults), so a build reuses a few, one per image in flight.
const spare = new Map<number, Buffer[]>();
const MAX_SPARE = 8;

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An opaque RGBA image as an 8-bit RGBA PNG, no row filters.
 *
 * The rows are copied as they are (a memory copy each, no per-pixel work on
 * the main thread): the always-opaque alpha bytes cost a few per cent of file
 * size after deflate. zlib's asynchronous deflate runs on libuv's worker
 * threads, so cards compress on both cores while the build goes on. Flat
 * card backgrounds compress well without filters.
 */
export async function encodeOpaquePng(
  width: number,
  height: number,
  rgba: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const row = width * 4;
  const pixels = Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength);
  const size = (row + 1) * height;
  const raw = spare.get(size)?.pop() ?? Buffer.allocUnsafe(size);
  // Every byte is written: a filter byte, then the row.
  for (let y = 0; y < height; y++) {
    raw[y * (row + 1)] = 0; // filter type 0, none
    pixels.copy(raw, y * (row + 1) + 1, y * row, (y + 1) * row);
  }
  let compressed: Buffer;
  try {
    compressed = await deflateAsync(raw, { level: PNG_LEVEL });
  } finally {
    spare.set(size, [...(spare.get(size) ?? []), raw].slice(-MAX_SPARE));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // truecolour with alpha
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', compressed),
    chunk('IEND', new Uint8Array(0)),
  ]);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength) as Uint8Array<ArrayBuffer>;
}
