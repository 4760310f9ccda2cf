import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);
/** zlib's effort: 3 keeps cards near level 6's size at a third of its time. */
const PNG_LEVEL = 3;
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
 * An opaque RGBA image as a truecolour PNG (alpha dropped, no row filters).
 *
 * zlib's asynchronous deflate runs on libuv's worker threads, so cards
 * compress on both cores while the build goes on. Flat card backgrounds
 * compress well without filters, and at level 3 a card takes about a third
 * of level 6's time for a file about a fifth larger (docs/benchmarks.md).
 */
export async function encodeOpaquePng(
  width: number,
  height: number,
  rgba: Uint8Array,
): Promise<Uint8Array<ArrayBuffer>> {
  const stride = width * 3 + 1;
  // Every byte is written below: filter bytes and pixels.
  const raw = Buffer.allocUnsafe(stride * height);
  for (let y = 0, i = 0; y < height; y++) {
    // Each row starts with its filter type, 0 (none).
    raw[y * stride] = 0;
    for (let o = y * stride + 1, end = o + width * 3; o < end; o += 3, i += 4) {
      raw[o] = rgba[i]!;
      raw[o + 1] = rgba[i + 1]!;
      raw[o + 2] = rgba[i + 2]!;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour
  const png = Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', await deflateAsync(raw, { level: PNG_LEVEL })),
    chunk('IEND', new Uint8Array(0)),
  ]);
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength) as Uint8Array<ArrayBuffer>;
}
