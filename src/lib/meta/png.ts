import { promisify } from 'node:util';
import { constants, crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
/**
 * zlib's effort for share cards: run-length matches only, level 1. A card is
 * long runs of paper between glyphs, which RLE finds as well as a full search
 * at a fraction of the time (bench/card-raster.ts).
 */
const DEFLATE = { level: 1, strategy: constants.Z_RLE };
const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * An 8-bit indexed-colour PNG from its image data before deflate: `rows` is
 * each row's filter byte then one palette index a pixel; `palette` is RGB
 * triplets. A quarter of the bytes of RGBA to deflate. zlib's asynchronous
 * deflate runs on libuv's worker threads, so cards compress on both cores
 * while the build goes on; `rows` must stay untouched until it resolves.
 */
export async function encodeIndexedPng(
  width: number,
  height: number,
  palette: Uint8Array,
  rows: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  if (rows.length !== (width + 1) * height)
    throw new Error(`Image data of ${rows.length} bytes for ${width}×${height}.`);
  const compressed = await deflateAsync(rows, DEFLATE);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // indexed colour
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', compressed),
    chunk('IEND', new Uint8Array(0)),
  ]);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength) as Uint8Array<ArrayBuffer>;
}
