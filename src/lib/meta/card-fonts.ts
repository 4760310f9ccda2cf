import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { create, type Font } from 'fontkitten';

/** The family the cards draw in: Source Serif 4, registered under a name no system font has. */
export const CARD_FAMILY = 'Archive Card Serif';

// Every script Source Serif 4 is drawn for by @fontsource: Latin, Cyrillic, Greek, Vietnamese.
const SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const WEIGHTS = [400, 700] as const;
export type CardWeight = (typeof WEIGHTS)[number];

// Resolved from the project root, not from this module: the build bundles this
// file into a folder that has no node_modules beside it.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

export interface CardFonts {
  /** True when the fonts of this weight have a glyph for every character of `text` (spaces aside). */
  covers(text: string, weight: CardWeight): boolean;
  /** Ascent, descent and line gap of the family at 1px, from the Latin font: what CSS `line-height: normal` uses. */
  metrics: { ascent: number; descent: number; lineGap: number };
}

let loaded: CardFonts | undefined;

/**
 * Source Serif 4 from the @fontsource package, registered with the canvas once
 * per process. Coverage is read from the fonts' own character maps, so a card
 * can leave out a line its fonts cannot draw rather than draw boxes (tofu).
 */
export function cardFonts(): CardFonts {
  if (loaded) return loaded;
  const byWeight = new Map<CardWeight, Font[]>(WEIGHTS.map((weight) => [weight, []]));
  for (const subset of SUBSETS) {
    for (const weight of WEIGHTS) {
      const data = readFileSync(
        requireFromRoot.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.woff2`),
      );
      if (!GlobalFonts.register(data, CARD_FAMILY)) throw new Error(`The card font ${subset} ${weight} did not load.`);
      const font = create(data);
      if (font.isCollection) throw new Error(`The card font ${subset} ${weight} is a collection.`);
      byWeight.get(weight)!.push(font);
    }
  }
  const latin = byWeight.get(400)![0]!;
  const em = latin.unitsPerEm;
  loaded = {
    covers(text, weight) {
      const fonts = byWeight.get(weight)!;
      for (const char of text) {
        if (/\s/u.test(char)) continue;
        const codePoint = char.codePointAt(0)!;
        if (!fonts.some((font) => font.hasGlyphForCodePoint(codePoint))) return false;
      }
      return true;
    },
    metrics: { ascent: latin.ascent / em, descent: -latin.descent / em, lineGap: latin.lineGap / em },
  };
  return loaded;
}
