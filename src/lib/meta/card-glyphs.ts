import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { CARD_FAMILY, type CardWeight } from './card-fonts.ts';
import { CARD_COLOURS, cardPalette, type CardColour } from './card-palette.ts';

/** Skia places glyphs to a quarter pixel: a cluster is drawn once for each of its four horizontal phases. */
export const SUBPIXEL_PHASES = 4;

/** A cluster's coverage (0–255), placed from its pen position rounded down to a pixel. */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

// A scratch surface for the largest card type (72 px), with room around the glyph for any mark or swash.
const SCRATCH_WIDTH = 720;
const SCRATCH_HEIGHT = 240;
const ORIGIN_X = 120;
const ORIGIN_Y = 150;
let scratch: Canvas | undefined;
const masks = new Map<string, GlyphMask>();

/**
 * The pixels Skia draws for `text` (one cluster of a shaped line) at `size`
 * px in `colour` on paper, a quarter pixel `phase` to the right, read once
 * per process and kept: a card's text is put together from these, so its
 * 3 MB surface is never read back from Skia. The mask is Skia's own,
 * hinting, gamma and all, in the colour it is drawn in.
 */
export function clusterMask(
  text: string,
  weight: CardWeight,
  size: number,
  colour: CardColour,
  phase: number,
): GlyphMask {
  const key = `${weight} ${size} ${colour} ${phase} ${text}`;
  const known = masks.get(key);
  if (known) return known;
  scratch ??= createCanvas(SCRATCH_WIDTH, SCRATCH_HEIGHT);
  const context = scratch.getContext('2d', { alpha: false });
  context.font = `${weight} ${size}px "${CARD_FAMILY}"`;
  context.textBaseline = 'alphabetic';
  const x = ORIGIN_X + phase / SUBPIXEL_PHASES;
  // Only the cluster's ink box (as Skia measures it, with a margin for anti-aliasing) is cleared and read back:
  // reading pixels from Skia is what costs. Ink that reaches the margin means the box was short: read it all.
  const box = context.measureText(text);
  const tight = {
    left: Math.floor(x - box.actualBoundingBoxLeft) - MARGIN,
    top: Math.floor(ORIGIN_Y - box.actualBoundingBoxAscent) - MARGIN,
    right: Math.ceil(x + box.actualBoundingBoxRight) + MARGIN,
    bottom: Math.ceil(ORIGIN_Y + box.actualBoundingBoxDescent) + MARGIN,
  };
  const mask =
    read(context, text, colour, x, tight) ??
    read(context, text, colour, x, { left: 0, top: 0, right: SCRATCH_WIDTH, bottom: SCRATCH_HEIGHT }, true)!;
  masks.set(key, mask);
  return mask;
}

const MARGIN = 2;

/** Draws the cluster and reads its coverage inside `region`; undefined if ink touches the region's edge. */
function read(
  context: SKRSContext2D,
  text: string,
  colour: CardColour,
  x: number,
  region: { left: number; top: number; right: number; bottom: number },
  whole = false,
): GlyphMask | undefined {
  const left = Math.max(0, region.left);
  const top = Math.max(0, region.top);
  const width = Math.min(SCRATCH_WIDTH, region.right) - left;
  const height = Math.min(SCRATCH_HEIGHT, region.bottom) - top;
  if (width <= 0 || height <= 0) return { left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) };
  context.fillStyle = CARD_COLOURS.paper;
  context.fillRect(left, top, width, height);
  context.fillStyle = CARD_COLOURS[colour];
  context.fillText(text, x, ORIGIN_Y);
  const pixels = context.getImageData(left, top, width, height).data;
  const coverageOf = cardPalette().coverageOf(colour);
  const all = new Uint8Array(width * height);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let px = 0; px < width; px++) {
      const value = coverageOf(pixels, (y * width + px) * 4);
      if (!value) continue;
      all[y * width + px] = value;
      [x0, y0, x1, y1] = [Math.min(x0, px), Math.min(y0, y), Math.max(x1, px), Math.max(y1, y)];
    }
  }
  if (!whole && x1 >= 0 && (x0 === 0 || y0 === 0 || x1 === width - 1 || y1 === height - 1)) return undefined;
  const mask: GlyphMask = {
    left: left + x0 - ORIGIN_X,
    top: top + y0 - ORIGIN_Y,
    width: Math.max(0, x1 - x0 + 1),
    height: Math.max(0, y1 - y0 + 1),
    coverage: new Uint8Array(Math.max(0, x1 - x0 + 1) * Math.max(0, y1 - y0 + 1)),
  };
  for (let y = 0; y < mask.height; y++) {
    mask.coverage.set(all.subarray((y0 + y) * width + x0, (y0 + y) * width + x0 + mask.width), y * mask.width);
  }
  return mask;
}
