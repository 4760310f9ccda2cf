/**
 * The share card's colours (the light theme of src/styles/global.css) and the
 * 8-bit palette its PNG is stored in. Every pixel of a card is paper blended
 * with one of four colours by some coverage (anti-aliased text, the edges of a
 * rule), so the palette is paper plus a ramp of levels towards each colour:
 * more levels for the ink of the headline, where the eye sees most.
 */
export const CARD_COLOURS = {
  paper: '#fbf9f4',
  ink: '#1c1b19',
  muted: '#5a564e',
  rule: '#d9d3c7',
  accent: '#8a2a1b',
} as const;
export type CardColour = Exclude<keyof typeof CARD_COLOURS, 'paper'>;

// 1 + 120 + 48 + 48 + 16 = 233 entries: a step is at most 2 of 255 in any channel (4.6 for the accent's red).
const LEVELS: Record<CardColour, number> = { ink: 120, muted: 48, accent: 48, rule: 16 };

type Rgb = [number, number, number];
const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const PAPER = rgb(CARD_COLOURS.paper);

export interface CardPalette {
  /** The PLTE chunk's data: RGB triplets, index 0 is paper. */
  readonly plte: Uint8Array;
  /** Index of `colour` over paper at `coverage` (0–255), for every coverage: a lookup table. */
  readonly ramp: Record<CardColour, Uint8Array>;
  /** The palette entry nearest to a colour (for pixels Skia drew, e.g. the template). */
  nearest(r: number, g: number, b: number): number;
  /** Coverage (0–255) of a pixel Skia drew in `colour` on paper, read from its most contrasting channel. */
  coverageOf(colour: CardColour): (pixels: Uint8Array | Uint8ClampedArray, offset: number) => number;
}

let built: CardPalette | undefined;

export function cardPalette(): CardPalette {
  if (built) return built;
  const entries: Rgb[] = [PAPER];
  const ramp = {} as Record<CardColour, Uint8Array>;
  for (const colour of Object.keys(LEVELS) as CardColour[]) {
    const target = rgb(CARD_COLOURS[colour]);
    const levels = LEVELS[colour];
    const start = entries.length;
    for (let level = 1; level <= levels; level++) {
      entries.push(PAPER.map((paper, c) => Math.round(paper + ((target[c]! - paper) * level) / levels)) as Rgb);
    }
    ramp[colour] = Uint8Array.from({ length: 256 }, (_, coverage) => {
      const level = Math.round((coverage * levels) / 255);
      return level === 0 ? 0 : start + level - 1;
    });
  }
  const plte = Uint8Array.from(entries.flat());
  built = {
    plte,
    ramp,
    nearest(r, g, b) {
      let best = 0;
      let distance = Infinity;
      entries.forEach(([er, eg, eb], i) => {
        const d = (er - r) ** 2 + (eg - g) ** 2 + (eb - b) ** 2;
        if (d < distance) [best, distance] = [i, d];
      });
      return best;
    },
    coverageOf(colour) {
      const target = rgb(CARD_COLOURS[colour]);
      const channel = [0, 1, 2].reduce((a, c) =>
        Math.abs(PAPER[c]! - target[c]!) > Math.abs(PAPER[a]! - target[a]!) ? c : a,
      );
      const from = PAPER[channel]!;
      const span = from - target[channel]!;
      return (pixels, offset) =>
        Math.min(255, Math.max(0, Math.round(((from - pixels[offset + channel]!) * 255) / span)));
    },
  };
  return built;
}
