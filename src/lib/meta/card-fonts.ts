import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';
import { create, type Font } from 'fontkitten';

/** The family the cards draw in: Source Serif 4, registered under a name no system font has. */
export const CARD_FAMILY = 'Archive Card Serif';

// Every script Source Serif 4 is drawn for by @fontsource: Latin, Cyrillic, Greek, Vietnamese.
export const CARD_SUBSETS = ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek', 'vietnamese'];
const WEIGHTS = [400, 700] as const;
export type CardWeight = (typeof WEIGHTS)[number];

/**
 * `require` from the project root, not from this module: the build bundles the
 * card's modules into a folder that has no node_modules beside it.
 */
export const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** One subset of the card face, as a file of the @fontsource package: 'woff2' for Skia, 'woff' for HarfBuzz. */
export const cardFontFile = (subset: string, weight: CardWeight, format: 'woff' | 'woff2'): Buffer =>
  readFileSync(
    requireFromRoot.resolve(`@fontsource/source-serif-4/files/source-serif-4-${subset}-${weight}-normal.${format}`),
  );

export interface CardFonts {
  /** True when the fonts of this weight have a glyph for every character of `text` (spaces aside). */
  covers(text: string, weight: CardWeight): boolean;
  /**
   * The subset (index in CARD_SUBSETS) Skia draws a character from, or -1: the last registered that has it, as
   * Skia's family fallback picks (so "A", in every subset, comes from the Vietnamese one).
   */
  subsetOf(codePoint: number, weight: CardWeight): number;
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
  for (const subset of CARD_SUBSETS) {
    for (const weight of WEIGHTS) {
      const data = cardFontFile(subset, weight, 'woff2');
      if (!GlobalFonts.register(data, CARD_FAMILY)) throw new Error(`The card font ${subset} ${weight} did not load.`);
      const font = create(data);
      if (font.isCollection) throw new Error(`The card font ${subset} ${weight} is a collection.`);
      byWeight.get(weight)!.push(font);
    }
  }
  const latin = byWeight.get(400)![0]!;
  const em = latin.unitsPerEm;
  const known = new Map<CardWeight, Map<number, number>>(WEIGHTS.map((weight) => [weight, new Map()]));
  const subsetOf = (codePoint: number, weight: CardWeight) => {
    const subsets = known.get(weight)!;
    let subset = subsets.get(codePoint);
    if (subset === undefined) {
      subset = byWeight.get(weight)!.findLastIndex((font) => font.hasGlyphForCodePoint(codePoint));
      subsets.set(codePoint, subset);
    }
    return subset;
  };
  loaded = {
    covers(text, weight) {
      for (const char of text) {
        if (!/\s/u.test(char) && subsetOf(char.codePointAt(0)!, weight) < 0) return false;
      }
      return true;
    },
    subsetOf,
    metrics: { ascent: latin.ascent / em, descent: -latin.descent / em, lineGap: latin.lineGap / em },
  };
  return loaded;
}
