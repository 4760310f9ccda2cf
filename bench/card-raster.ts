/**
 * `node bench/card-raster.ts [--cards 200] [--warm 100]`: CPU time per share card, by step,
 * for the card built today (src/lib/meta/social-card.ts: a template and glyph
 * masks drawn once by Skia, put together as palette indices, an indexed PNG),
 * the card Skia draws whole (the design, and the previous card: its 3 MB
 * surface read back and stored as RGBA), and the pipeline before that
 * (satori layout to SVG, then resvg or sharp/libvips to pixels). CPU time
 * (user + system, every thread of the process) is what a build pays; the
 * machine's load is printed beside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { constants, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import { createCanvas } from '@napi-rs/canvas';
import satori from 'satori';
import sharp from 'sharp';
import { cardPalette } from '../src/lib/meta/card-palette.ts';
import { encodeIndexedPng } from '../src/lib/meta/png.ts';
import { drawSocialCard, drawSocialCardWithSkia, releaseCardRows, type CardText } from '../src/lib/meta/social-card.ts';

const { values } = parseArgs({
  options: { cards: { type: 'string', default: '200' }, warm: { type: 'string', default: '100' } },
});
const cards = Number(values.cards);
// Steps first run this many times unmeasured: at 10,000+ cards a build is past the JIT's warm-up and has drawn the
// glyph masks its headlines need, which is the per-card cost that grows with the archive.
const warm = Number(values.warm);
const card = (i: number): CardText => ({
  headline: `Senate committee advances the water rights bill after a long debate, vote ${i}`,
  footer: 'The Daily Ledger · September 4, 2023',
  note: 'Headline written by the archive from the article’s lede',
  siteName: 'The Wire Archive',
});

const fromRoot = createRequire(join(process.cwd(), 'package.json'));
const fontFile = (subset: string, weight: number) =>
  readFileSync(fromRoot.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff`));
const fonts = [400, 700].flatMap((weight) =>
  ['latin', 'latin-ext'].map((subset) => ({
    name: 'Source Serif 4',
    weight: weight as 400 | 700,
    style: 'normal' as const,
    data: fontFile(subset, weight),
  })),
);
const div = (style: Record<string, string | number>, ...children: unknown[]) => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});
/** The card before Skia's (satori flexbox), text as paths. */
const satoriSvg = (text: CardText) =>
  satori(
    div(
      {
        width: 1200,
        height: 630,
        boxSizing: 'border-box',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '48px 80px 56px',
        backgroundColor: '#fbf9f4',
        fontFamily: 'Source Serif 4',
        borderTop: '16px solid #8a2a1b',
      },
      div({ width: 1040, fontSize: 30, fontWeight: 700, paddingBottom: 20 }, text.siteName.toUpperCase()),
      div({ width: 1040, flexGrow: 1, alignItems: 'center', fontSize: 60, fontWeight: 700 }, text.headline),
      div({ width: 1040, flexDirection: 'column' }, div({ fontSize: 32 }, text.footer)),
    ) as never,
    { width: 1200, height: 630, fonts },
  );

/** RGBA rows with a filter byte (0) each, as the previous card's PNG held them. */
function rgbaRows(rgba: Uint8Array): Buffer {
  const rows = Buffer.alloc(4801 * 630);
  for (let y = 0; y < 630; y++)
    Buffer.from(rgba.buffer, rgba.byteOffset).copy(rows, y * 4801 + 1, y * 4800, (y + 1) * 4800);
  return rows;
}

const cpu = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};
// A full collection before each measured step, so that no step pays for freeing the garbage of the one before
// (a whole-Skia card leaves a 3 MB buffer a card behind it).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

async function cpuPerCard(label: string, step: (i: number) => unknown): Promise<number> {
  for (let i = 1; i <= warm; i++) await step(-i);
  collectGarbage();
  const before = cpu();
  for (let i = 0; i < cards; i++) await step(i);
  const ms = (cpu() - before) / cards;
  console.log(`${label.padEnd(52)} ${ms.toFixed(2).padStart(7)} ms CPU a card`);
  return ms;
}

console.log(
  `${cards} cards a step after ${warm} unmeasured; load average ${loadavg()[0]?.toFixed(1)} on this machine at the start`,
);
// The first card of a process also loads the fonts and HarfBuzz, draws the template and its glyph masks.
const start = cpu();
releaseCardRows(await drawSocialCard(card(0)));
console.log(
  `${'now: first card of a process (fonts, masks)'.padEnd(52)} ${(cpu() - start).toFixed(0).padStart(7)} ms CPU`,
);

const svg = await satoriSvg(card(0));
await cpuPerCard('before Skia: satori layout to SVG', (i) => satoriSvg(card(i)));
const resvgPixels = await (async () => {
  let pixels: Buffer = Buffer.alloc(0);
  await cpuPerCard('before Skia: resvg, SVG to pixels', () => {
    pixels = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;
  });
  return pixels;
})();
await cpuPerCard('sharp/libvips, SVG to pixels', () => sharp(Buffer.from(svg)).raw().toBuffer());

await cpuPerCard('previous: Skia draws the card whole, data()', (i) => drawSocialCardWithSkia(card(i)));
const rgba = rgbaRows(drawSocialCardWithSkia(card(0)));
await cpuPerCard('previous: RGBA PNG data, zlib level 3', () => deflateSync(rgba, { level: 3 }));
await cpuPerCard('RGBA PNG data at zlib level 6', () => deflateSync(rgbaRows(resvgPixels), { level: 6 }));
const skia = createCanvas(1200, 630);
const design = skia.getContext('2d').createImageData(1200, 630);
design.data.set(drawSocialCardWithSkia(card(0)));
skia.getContext('2d').putImageData(design, 0, 0);
await cpuPerCard("Skia's own PNG encoder, canvas.encode('png')", () => skia.encode('png'));

await cpuPerCard('now: card put together (template + glyph masks)', async (i) =>
  releaseCardRows(await drawSocialCard(card(i))),
);
const rows = await drawSocialCard(card(0));
const { plte } = cardPalette();
await cpuPerCard('now: indexed PNG, level 1 Z_RLE (async, libuv)', () => encodeIndexedPng(1200, 630, plte, rows));
for (const [name, options] of [
  ['level 1', { level: 1 }],
  ['level 3', { level: 3 }],
  ['level 6', { level: 6 }],
  ['level 1, Z_RLE', { level: 1, strategy: constants.Z_RLE }],
] as const) {
  const bytes = deflateSync(rows, options).length;
  await cpuPerCard(`indexed PNG data, ${name} (${(bytes / 1024).toFixed(1)} KB)`, () => deflateSync(rows, options));
}
await cpuPerCard('now, whole card: put together + PNG', async (i) => {
  const drawn = await drawSocialCard(card(i));
  await encodeIndexedPng(1200, 630, plte, drawn);
  releaseCardRows(drawn);
});
console.log(`load average ${loadavg()[0]?.toFixed(1)} at the end`);
