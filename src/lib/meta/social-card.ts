import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CACHE_DIR } from '../build-cache.ts';
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
const PAD_X = 80;
// satori does not shrink text boxes to their container: each row gets the inner width.
const INNER_WIDTH = CARD_WIDTH - 2 * PAD_X;

// Resolved from the project root, not from this module: the build bundles this
// file into a folder that has no node_modules beside it.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
const FONT_FILES: { file: string; weight: 400 | 700 }[] = [
  { file: 'source-serif-4-latin-400-normal.woff', weight: 400 },
  { file: 'source-serif-4-latin-ext-400-normal.woff', weight: 400 },
  { file: 'source-serif-4-latin-700-normal.woff', weight: 700 },
  { file: 'source-serif-4-latin-ext-700-normal.woff', weight: 700 },
];

let fonts: Promise<Font[]> | undefined;

/** Source Serif 4 from the @fontsource package, read once per process. */
function cardFonts(): Promise<Font[]> {
  fonts ??= Promise.all(
    FONT_FILES.map(async ({ file, weight }) => ({
      name: 'Source Serif 4',
      weight,
      style: 'normal' as const,
      data: await readFile(requireFromRoot.resolve(`@fontsource/source-serif-4/files/${file}`)),
    })),
  );
  return fonts;
}

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: (Node | string)[] | string };
}

const box = (style: Node['props']['style'], ...children: (Node | string)[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Long headlines get smaller type so that they fit in four or five lines. */
function headlineSize(headline: string): number {
  if (headline.length <= 60) return 72;
  if (headline.length <= 100) return 60;
  if (headline.length <= 140) return 52;
  return 46;
}

const shorten = (text: string): string =>
  text.length <= MAX_HEADLINE ? text : `${text.slice(0, MAX_HEADLINE).replace(/\s+\S*$/, '')}…`;

/** The card as SVG markup (text drawn as paths, so no fonts are needed to show it). */
export async function socialCardSvg(card: CardText): Promise<string> {
  const headline = shorten(card.headline);
  const tree = box(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: `48px ${PAD_X}px 56px`,
      backgroundColor: PAPER,
      color: INK,
      fontFamily: 'Source Serif 4',
      borderTop: `16px solid ${ACCENT}`,
    },
    box(
      {
        width: INNER_WIDTH,
        fontSize: 30,
        fontWeight: 700,
        color: ACCENT,
        letterSpacing: 2,
        paddingBottom: 20,
        borderBottom: `2px solid ${RULE}`,
      },
      card.siteName.toUpperCase(),
    ),
    box(
      {
        width: INNER_WIDTH,
        flexGrow: 1,
        alignItems: 'center',
        fontSize: headlineSize(headline),
        fontWeight: 700,
        lineHeight: 1.15,
      },
      headline,
    ),
    box(
      { width: INNER_WIDTH, flexDirection: 'column', borderTop: `2px solid ${RULE}`, paddingTop: 20 },
      box({ fontSize: 32, color: INK }, card.footer),
      ...(card.note ? [box({ fontSize: 22, color: MUTED, marginTop: 8 }, card.note)] : []),
    ),
  );
  // satori's types name React's element type; this plain object is the shape it reads.
  return satori(tree as unknown as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: await cardFonts(),
  });
}

// Part of every cached card's key: change it whenever the card's look changes
// (layout, colours, fonts), so that no build serves a card in the old design.
const CARD_DESIGN = 'serif-paper-1';

/**
 * The card as a 1200×630 PNG. Drawing is most of a build's time at scale, so
 * PNGs are kept in the build cache under a hash of the card's text and design:
 * a rebuild draws only cards whose text changed.
 */
export async function socialCardPng(card: CardText): Promise<Uint8Array<ArrayBuffer>> {
  const key = createHash('sha256')
    .update(JSON.stringify([CARD_DESIGN, card]))
    .digest('hex')
    .slice(0, 32);
  const cached = join(CACHE_DIR, 'social-cards', `${key}.png`);
  try {
    return new Uint8Array(await readFile(cached));
  } catch {
    // Not drawn yet.
  }
  // Rasterized and compressed off the main thread, so with `build.concurrency`
  // several cards are drawn at once on both cores.
  const image = await renderAsync(await socialCardSvg(card), {
    fitTo: { mode: 'original' },
    font: { loadSystemFonts: false },
  });
  const png = await encodeOpaquePng(image.width, image.height, image.pixels);
  await mkdir(join(CACHE_DIR, 'social-cards'), { recursive: true });
  const temp = `${cached}.${process.pid}.tmp`;
  await writeFile(temp, png);
  await rename(temp, cached);
  return png;
}
