import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CACHE_DIR, writeWhole } from '../build-cache.ts';
import { CARD_FAMILY, cardFonts, type CardWeight } from './card-fonts.ts';
import { clusterMask, SUBPIXEL_PHASES } from './card-glyphs.ts';
import { CARD_COLOURS, cardPalette, type CardColour } from './card-palette.ts';
import { cardShaper } from './card-shaper.ts';
import { encodeIndexedPng } from './png.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './story.ts';

/** What a social card shows. */
export interface CardText {
  /** The big line: a story's headline, or the site's name. */
  headline: string;
  /** The line under it: "The New York Times · September 4, 2023". */
  footer: string;
  /** A small note under the footer, e.g. that the headline is the archive's. */
  note?: string;
  /** The archive's name, shown at the top. */
  siteName: string;
}

const MAX_HEADLINE = 180;
// The layout, in CSS pixels: a 16px accent bar on top, then 48px / 80px / 56px of padding.
const BAR = 16;
const PAD_X = 80;
const TOP = BAR + 48;
const BOTTOM = CARD_HEIGHT - 56;
const INNER_WIDTH = CARD_WIDTH - 2 * PAD_X;
const RULE_WIDTH = 2;
const HEADLINE_LEADING = 1.15;
const SITE_NAME_SPACING = '2px';

/** Long headlines get smaller type so that they fit in four or five lines. */
function headlineSize(headline: string): number {
  if (headline.length <= 60) return 72;
  if (headline.length <= 100) return 60;
  if (headline.length <= 140) return 52;
  return 46;
}

const shorten = (text: string): string =>
  text.length <= MAX_HEADLINE ? text : `${text.slice(0, MAX_HEADLINE).replace(/\s+\S*$/, '')}…`;

/** Words into lines no wider than `width`, greedily, as a browser wraps them. */
function wrap(text: string, fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && !fits(candidate)) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

/** A line of text on the card, drawn from PAD_X. */
interface TextLine {
  text: string;
  size: number;
  weight: CardWeight;
  colour: CardColour;
  baseline: number;
}

/** Where everything goes: the parts every card of a site shares, and the lines of this card. */
interface CardLayout {
  siteName: TextLine | undefined;
  /** The tops of the two rules (under the site's name, over the footer). */
  rules: [number, number];
  /** Footer, note and headline: the lines that differ from card to card. */
  lines: TextLine[];
}

/** The advance width of a headline line at `size` px, bold. */
type HeadlineWidth = (line: string, size: number) => number;

function layOut(card: CardText, widthOf: HeadlineWidth): CardLayout {
  const fonts = cardFonts();
  const { ascent, descent, lineGap } = fonts.metrics;
  // The baseline of a line box `height` tall starting at `top`, text centred in it as CSS does.
  const baseline = (top: number, size: number, height: number) =>
    top + (height - (ascent + descent) * size) / 2 + ascent * size;
  const normalHeight = (size: number) => (ascent + descent + lineGap) * size;
  /** The line, unless the fonts lack one of its characters: a line is left out rather than drawn as boxes. */
  const line = (text: string, size: number, weight: CardWeight, colour: CardColour, top: number) =>
    text && fonts.covers(text, weight)
      ? [{ text, size, weight, colour, baseline: baseline(top, size, normalHeight(size)) }]
      : [];

  // The site's name, small capitals over a rule.
  const [siteName] = line(card.siteName.toUpperCase(), 30, 700, 'accent', TOP);
  const headerRule = TOP + normalHeight(30) + 20;
  const headerBottom = headerRule + RULE_WIDTH;

  // Outlet and date, and the note, over a rule at the foot.
  const noteHeight = card.note ? 8 + normalHeight(22) : 0;
  const footerTop = BOTTOM - noteHeight - normalHeight(32) - 20 - RULE_WIDTH;
  const lines = [
    ...line(card.footer, 32, 400, 'ink', footerTop + RULE_WIDTH + 20),
    ...(card.note ? line(card.note, 22, 400, 'muted', BOTTOM - normalHeight(22)) : []),
  ];

  // The headline, centred in the space between.
  const headline = shorten(card.headline);
  if (headline && fonts.covers(headline, 700)) {
    const size = headlineSize(headline);
    const wrapped = wrap(headline, (line) => widthOf(line, size) <= INNER_WIDTH);
    const height = size * HEADLINE_LEADING;
    const top = headerBottom + (footerTop - headerBottom - wrapped.length * height) / 2;
    wrapped.forEach((text, i) =>
      lines.push({ text, size, weight: 700, colour: 'ink', baseline: baseline(top + i * height, size, height) }),
    );
  }
  return { siteName, rules: [headerRule, footerTop], lines };
}

/** Draws the card's layout with Skia: the parts every card shares, and the given lines. */
function paint(context: SKRSContext2D, layout: CardLayout, lines: TextLine[]): void {
  context.textBaseline = 'alphabetic';
  context.fillStyle = CARD_COLOURS.paper;
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  context.fillStyle = CARD_COLOURS.accent;
  context.fillRect(0, 0, CARD_WIDTH, BAR);
  context.fillStyle = CARD_COLOURS.rule;
  for (const top of layout.rules) context.fillRect(PAD_X, top, INNER_WIDTH, RULE_WIDTH);
  const text = (line: TextLine) => {
    context.font = `${line.weight} ${line.size}px "${CARD_FAMILY}"`;
    context.fillStyle = CARD_COLOURS[line.colour];
    context.fillText(line.text, PAD_X, line.baseline);
  };
  if (layout.siteName) {
    context.letterSpacing = SITE_NAME_SPACING;
    text(layout.siteName);
    context.letterSpacing = '0px';
  }
  lines.forEach(text);
}

let canvas: Canvas | undefined;

/**
 * The card drawn whole by Skia, RGBA, 1200×630: the design itself, which the
 * stored card matches (src/lib/meta/social-card.test.ts compares them). Too
 * slow for every story (reading the 3 MB surface back costs more than all the
 * rest), so the build uses `drawSocialCard`.
 */
export function drawSocialCardWithSkia(card: CardText): Uint8Array {
  canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = canvas.getContext('2d', { alpha: false });
  const layout = layOut(card, (line, size) => {
    context.font = `700 ${size}px "${CARD_FAMILY}"`;
    return context.measureText(line).width;
  });
  paint(context, layout, layout.lines);
  return new Uint8Array(canvas.data());
}

/** An indexed image as PNG image data before deflate: each row is a filter byte (0, none) and a palette index a pixel. */
const ROW = CARD_WIDTH + 1;
const ROWS_SIZE = ROW * CARD_HEIGHT;

// The shared part of a site's cards (paper, bar, name, rules), drawn by Skia once a process and kept as palette indices.
const templates = new Map<string, Buffer>();

function template(layout: CardLayout): Buffer {
  const key = JSON.stringify([layout.siteName, layout.rules]);
  let rows = templates.get(key);
  if (rows) return rows;
  canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  paint(canvas.getContext('2d', { alpha: false }), layout, []);
  const rgba = canvas.data();
  const palette = cardPalette();
  const nearest = new Map<number, number>();
  rows = Buffer.alloc(ROWS_SIZE);
  for (let y = 0; y < CARD_HEIGHT; y++) {
    for (let x = 0; x < CARD_WIDTH; x++) {
      const p = (y * CARD_WIDTH + x) * 4;
      const colour = rgba.readUIntBE(p, 3);
      let index = nearest.get(colour);
      if (index === undefined) nearest.set(colour, (index = palette.nearest(rgba[p]!, rgba[p + 1]!, rgba[p + 2]!)));
      rows[y * ROW + 1 + x] = index;
    }
  }
  templates.set(key, rows);
  return rows;
}

// Row buffers kept for the next card: a fresh 750 KB buffer a card costs page faults; one per card in flight.
const spare: Buffer[] = [];
const MAX_SPARE = 8;
// Coverage of the line being put together (overlapping glyphs add up), cleared again after each line.
const coverage = new Uint8Array(CARD_WIDTH * CARD_HEIGHT);

/**
 * The card as PNG image data (filtered rows of palette indices, `cardPalette()`),
 * put together without reading Skia's surface: the site's template, then each
 * line of text from glyph masks Skia drew once (`clusterMask`), placed where
 * HarfBuzz (Skia's own shaper) puts them. A line the card's fonts cannot draw
 * (a script they lack, e.g. Chinese or Arabic) is left out, never drawn as
 * boxes; the card still names the site, the outlet and the date where the
 * fonts can. Pass the buffer back with `releaseCardRows` when done with it.
 */
export async function drawSocialCard(card: CardText): Promise<Buffer> {
  const shaper = await cardShaper();
  // HarfBuzz's advance is the width Skia's measureText gives (the design wraps by that), at a fraction of its cost.
  const layout = layOut(card, (line, size) => shaper.shape(line, 700, size).width);
  const rows = spare.pop() ?? Buffer.allocUnsafe(ROWS_SIZE);
  template(layout).copy(rows);
  const { ramp } = cardPalette();
  for (const line of layout.lines) {
    const lookUp = ramp[line.colour];
    const y = Math.round(line.baseline); // Skia puts horizontal text on a whole pixel row
    let [x0, y0, x1, y1] = [CARD_WIDTH, CARD_HEIGHT, 0, 0];
    for (const cluster of shaper.shape(line.text, line.weight, line.size).clusters) {
      // Skia's glyph positioning: the pen position plus an eighth of a pixel, then a whole pixel and a quarter phase.
      const at = PAD_X + cluster.x + 1 / (2 * SUBPIXEL_PHASES);
      const x = Math.floor(at);
      const phase = Math.floor((at - x) * SUBPIXEL_PHASES);
      const mask = clusterMask(cluster.text, line.weight, line.size, line.colour, phase);
      const left = x + mask.left;
      const top = y + mask.top;
      const [fromX, toX] = [Math.max(0, -left), Math.min(mask.width, CARD_WIDTH - left)];
      const [fromY, toY] = [Math.max(0, -top), Math.min(mask.height, CARD_HEIGHT - top)];
      for (let my = fromY; my < toY; my++) {
        const source = my * mask.width;
        const target = (top + my) * CARD_WIDTH + left;
        const row = (top + my) * ROW + 1 + left;
        for (let mx = fromX; mx < toX; mx++) {
          const a = mask.coverage[source + mx]!;
          if (a === 0) continue;
          const b = coverage[target + mx]!;
          // Overlapping glyphs blend as Skia draws one over the other.
          const c = b === 0 ? a : b + a - Math.round((a * b) / 255);
          coverage[target + mx] = c;
          rows[row + mx] = lookUp[c]!;
        }
      }
      [x0, y0] = [Math.min(x0, left + fromX), Math.min(y0, top + fromY)];
      [x1, y1] = [Math.max(x1, left + toX), Math.max(y1, top + toY)];
    }
    for (let py = y0; py < y1; py++) coverage.fill(0, py * CARD_WIDTH + x0, py * CARD_WIDTH + x1);
  }
  return rows;
}

/** Gives a buffer from `drawSocialCard` back for the next card. */
export function releaseCardRows(rows: Buffer): void {
  if (spare.length < MAX_SPARE) spare.push(rows);
}

let cacheFolder: Promise<unknown> | undefined;

// Part of every cached card's key: change it whenever the card's look or its encoding changes
// (layout, colours, fonts, palette), so that no build serves a card in the old design.
const CARD_DESIGN = 'serif-paper-2-palette';

/** What a card's bytes depend on: its text and the design (`CARD_DESIGN`). */
export const cardKey = (card: CardText): string =>
  createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, card]))
    .digest('hex')
    .slice(0, 32);

/** Where the card with this text is kept in the build cache. */
export const keptCardFile = (card: CardText): string => join(CACHE_DIR, 'social-cards', `${cardKey(card)}.png`);

/**
 * The card as a 1200×630 PNG. Cards are kept in the build cache under a hash
 * of the card's text and design: a rebuild draws only cards whose text changed,
 * and a card drawn ahead by `workAhead` is read, not drawn again.
 */
export async function socialCardPng(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const cached = keptCardFile(card);
  // Asked without an exception: a failed read's error, with its stack trace, cost more CPU than drawing.
  if (existsSync(cached)) return new Uint8Array(await readFile(cached));
  const rows = await drawSocialCard(card);
  let png: Uint8Array<ArrayBuffer>;
  try {
    png = await encodeIndexedPng(CARD_WIDTH, CARD_HEIGHT, cardPalette().plte, rows);
  } finally {
    releaseCardRows(rows);
  }
  cacheFolder ??= mkdir(join(CACHE_DIR, 'social-cards'), { recursive: true });
  await cacheFolder;
  await writeWhole(cached, png);
  return png;
}
