/**
 * `node bench/card-raster.ts [--cards 40]`: CPU time per share card, by step,
 * for the card drawn today (Skia canvas, src/lib/meta/social-card.ts) and
 * for the previous pipeline (satori layout to SVG, then resvg or
 * sharp/libvips to pixels), with the PNG encoder at two zlib levels.
 * CPU time (user + system, every thread of the process) is what a build
 * pays; the machine's load is printed beside it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { encodeOpaquePng } from '../src/lib/meta/png.ts';
import { drawSocialCard, type CardText } from '../src/lib/meta/social-card.ts';

const { values } = parseArgs({ options: { cards: { type: 'string', default: '40' } } });
const cards = Number(values.cards);
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
/** The previous card's layout (satori flexbox), text as paths. */
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

async function cpuPerCard(label: string, step: (i: number) => unknown): Promise<number> {
  await step(-1);
  const before = process.cpuUsage();
  for (let i = 0; i < cards; i++) await step(i);
  const used = process.cpuUsage(before);
  const ms = (used.user + used.system) / 1000 / cards;
  console.log(`${label.padEnd(44)} ${ms.toFixed(2).padStart(7)} ms CPU a card`);
  return ms;
}

console.log(`${cards} cards a step; load average ${loadavg()[0]?.toFixed(1)} on this machine at the start`);
const svg = await satoriSvg(card(0));
await cpuPerCard('previous: satori layout to SVG', (i) => satoriSvg(card(i)));
const resvgPixels = await (async () => {
  let pixels: Buffer = Buffer.alloc(0);
  await cpuPerCard('previous: resvg, SVG to pixels', () => {
    pixels = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().pixels;
  });
  return pixels;
})();
await cpuPerCard('sharp/libvips, SVG to pixels', () => sharp(Buffer.from(svg)).raw().toBuffer());
const pixels = drawSocialCard(card(0));
await cpuPerCard('now: Skia canvas, card to pixels', (i) => drawSocialCard(card(i)));
await cpuPerCard('now: PNG, zlib level 3 (async, libuv threads)', () => encodeOpaquePng(1200, 630, pixels));
await cpuPerCard('PNG at zlib level 6, for comparison', () => deflateSync(resvgPixels, { level: 6 }));
await cpuPerCard('now, whole card: draw + PNG', (i) => encodeOpaquePng(1200, 630, drawSocialCard(card(i))));
console.log(`load average ${loadavg()[0]?.toFixed(1)} at the end`);
