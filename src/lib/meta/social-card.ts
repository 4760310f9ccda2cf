import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CACHE_DIR } from '../build-cache.ts';
import { CARD_FAMILY, cardFonts, type CardWeight } from './card-fonts.ts';
import { encodeOpaquePng } from './png.ts';
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

// The colours of the light theme in src/styles/global.css.
const PAPER = '#fbf9f4';
const INK = '#1c1b19';
const MUTED = '#5a564e';
const RULE = '#d9d3c7';
const ACCENT = '#8a2a1b';
const MAX_HEADLINE = 180;
// The layout, in CSS pixels: a 16px accent bar on top, then 48px / 80px / 56px of padding.
const BAR = 16;
const PAD_X = 80;
const TOP = BAR + 48;
const BOTTOM = CARD_HEIGHT - 56;
const INNER_WIDTH = CARD_WIDTH - 2 * PAD_X;
const RULE_WIDTH = 2;
const HEADLINE_LEADING = 1.15;

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
function wrap(context: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

// One canvas for every card of the process: a fresh 3 MB surface per card cost more than drawing it.
let canvas: Canvas | undefined;

/**
 * Draws the card: a fixed template (paper, accent bar, rules) with text in
 * Source Serif 4. A line the card's fonts cannot draw (a script they lack,
 * e.g. Chinese or Arabic) is left out, never drawn as boxes; the card still
 * names the site, the outlet and the date where the fonts can.
 * Returns the pixels, RGBA, 1200×630, valid until the next card is drawn.
 */
export function drawSocialCard(card: CardText): Uint8Array {
  const fonts = cardFonts();
  const { ascent, descent, lineGap } = fonts.metrics;
  canvas ??= createCanvas(CARD_WIDTH, CARD_HEIGHT);
  const context = canvas.getContext('2d', { alpha: false });
  context.textBaseline = 'alphabetic';
  const setFont = (size: number, weight: CardWeight, colour: string) => {
    context.font = `${weight} ${size}px "${CARD_FAMILY}"`;
    context.fillStyle = colour;
  };
  // The baseline of a line box `height` tall starting at `top`, text centred in it as CSS does.
  const baseline = (top: number, size: number, height: number) =>
    top + (height - (ascent + descent) * size) / 2 + ascent * size;
  const normalHeight = (size: number) => (ascent + descent + lineGap) * size;
  /** Draws `text` unless the fonts lack one of its characters. */
  const line = (text: string, size: number, weight: CardWeight, top: number) => {
    if (fonts.covers(text, weight)) context.fillText(text, PAD_X, baseline(top, size, normalHeight(size)));
  };

  context.fillStyle = PAPER;
  context.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
  context.fillStyle = ACCENT;
  context.fillRect(0, 0, CARD_WIDTH, BAR);

  // The site's name, small capitals over a rule.
  setFont(30, 700, ACCENT);
  context.letterSpacing = '2px';
  line(card.siteName.toUpperCase(), 30, 700, TOP);
  context.letterSpacing = '0px';
  const headerRule = TOP + normalHeight(30) + 20;
  context.fillStyle = RULE;
  context.fillRect(PAD_X, headerRule, INNER_WIDTH, RULE_WIDTH);
  const headerBottom = headerRule + RULE_WIDTH;

  // Outlet and date, and the note, over a rule at the foot.
  const noteHeight = card.note ? 8 + normalHeight(22) : 0;
  const footerTop = BOTTOM - noteHeight - normalHeight(32) - 20 - RULE_WIDTH;
  context.fillStyle = RULE;
  context.fillRect(PAD_X, footerTop, INNER_WIDTH, RULE_WIDTH);
  setFont(32, 400, INK);
  line(card.footer, 32, 400, footerTop + RULE_WIDTH + 20);
  if (card.note) {
    setFont(22, 400, MUTED);
    line(card.note, 22, 400, BOTTOM - normalHeight(22));
  }

  // The headline, centred in the space between.
  const headline = shorten(card.headline);
  if (fonts.covers(headline, 700)) {
    const size = headlineSize(headline);
    setFont(size, 700, INK);
    const lines = wrap(context, headline, INNER_WIDTH);
    const height = size * HEADLINE_LEADING;
    const top = headerBottom + (footerTop - headerBottom - lines.length * height) / 2;
    lines.forEach((text, i) => context.fillText(text, PAD_X, baseline(top + i * height, size, height)));
  }
  return canvas.data();
}

let cacheFolder: Promise<unknown> | undefined;

// Part of every cached card's key: change it whenever the card's look changes
// (layout, colours, fonts), so that no build serves a card in the old design.
const CARD_DESIGN = 'serif-paper-2';

/**
 * The card as a 1200×630 PNG. Cards are kept in the build cache under a hash
 * of the card's text and design: a rebuild draws only cards whose text changed.
 */
export async function socialCardPng(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, card]))
    .digest('hex')
    .slice(0, 32);
  const cached = join(CACHE_DIR, 'social-cards', `${key}.png`);
  // Asked without an exception: a failed read's error, with its stack trace, cost more CPU than drawing.
  if (existsSync(cached)) return new Uint8Array(await readFile(cached));
  // encodeOpaquePng copies the pixels before its first await, so the shared canvas is free again.
  const png = await encodeOpaquePng(CARD_WIDTH, CARD_HEIGHT, drawSocialCard(card));
  cacheFolder ??= mkdir(join(CACHE_DIR, 'social-cards'), { recursive: true });
  await cacheFolder;
  const temp = `${cached}.${process.pid}.tmp`;
  await writeFile(temp, png);
  await rename(temp, cached);
  return png;
}
