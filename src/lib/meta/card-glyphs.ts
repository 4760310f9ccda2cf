import { createCanvas, type Canvas } from '@napi-rs/canvas';
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

// A scratch surface for the largest card type (72 px): 1.5 em either side vertically, room for a wide ligature.
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
  // Only the box the cluster can reach is cleared and read: reading pixels back from Skia is what costs.
  const left = Math.max(0, ORIGIN_X - size);
  const top = Math.max(0, ORIGIN_Y - Math.ceil(1.5 * size));
  const width = Math.min(SCRATCH_WIDTH - left, Math.ceil(size * (2 + 1.2 * [...text].length)));
  const height = Math.min(SCRATCH_HEIGHT - top, Math.ceil(2 * size));
  context.fillStyle = CARD_COLOURS.paper;
  context.fillRect(left, top, width, height);
  context.font = `${weight} ${size}px "${CARD_FAMILY}"`;
  context.fillStyle = CARD_COLOURS[colour];
  context.textBaseline = 'alphabetic';
  context.fillText(text, ORIGIN_X + phase / SUBPIXEL_PHASES, ORIGIN_Y);
  const pixels = context.getImageData(left, top, width, height).data;
  const coverageOf = cardPalette().coverageOf(colour);
  const all = new Uint8Array(width * height);
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = coverageOf(pixels, (y * width + x) * 4);
      if (!value) continue;
      all[y * width + x] = value;
      [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
    }
  }
  const mask: GlyphMask = {
    left: left + x0 - ORIGIN_X,
    top: top + y0 - ORIGIN_Y,
    width: Math.max(0, x1 - x0 + 1),
    height: Math.max(0, y1 - y0 + 1),
    coverage: new Uint8Array(0),
  };
  mask.coverage = new Uint8Array(mask.width * mask.height);
  for (let y = 0; y < mask.height; y++) {
    mask.coverage.set(all.subarray((y0 + y) * width + x0, (y0 + y) * width + x0 + mask.width), y * mask.width);
  }
  masks.set(key, mask);
  return mask;
}
