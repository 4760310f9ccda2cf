/**
 * The site's two typefaces, self-hosted from the `@fontsource` packages and
 * registered with Astro's Fonts API (astro.config.mjs): Source Serif 4 for
 * reading (headlines, body, citations) and Source Sans 3 for the interface
 * (bylines, navigation, forms, labels).
 *
 * Only WOFF2, only the Latin and Latin Extended subsets: each face is split by
 * `unicode-range`, so a page downloads the Extended file only when it prints a
 * character from it. Astro writes the `@font-face` rules (`font-display: swap`),
 * hashes them into the page CSP, emits the preload links the layout asks for,
 * and adds a metrics-matched fallback face (`size-adjust`, `ascent-override`…)
 * on the local Times New Roman / Arial (and src/styles/fallback-fonts.css one
 * on DejaVu, for Linux), so the swap does not move the text.
 */

/** Unicode ranges of the two subsets, as `@fontsource` splits them. */
const SUBSETS = {
  latin:
    'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  'latin-ext':
    'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C4,U+2113,U+2C60-2C7F,U+A720-A7FF',
} as const;

/** CSS variables the stylesheets use for the two families. */
export const SERIF_VARIABLE = '--font-serif';
export const SANS_VARIABLE = '--font-sans';

interface Face {
  weight: number;
  style: 'normal' | 'italic';
}

/** The weights each family ships: body and headline serif (with italic for citations), UI sans and its bold. */
const SERIF_FACES: [Face, ...Face[]] = [
  { weight: 400, style: 'normal' },
  { weight: 400, style: 'italic' },
  { weight: 600, style: 'normal' },
];
const SANS_FACES: [Face, ...Face[]] = [
  { weight: 400, style: 'normal' },
  { weight: 600, style: 'normal' },
];

/** One `@font-face` per face and subset, pointing into the package's `files/`. */
function variants(pkg: string, file: string, faces: [Face, ...Face[]]) {
  const [first, ...rest] = faces.flatMap(({ weight, style }) =>
    Object.entries(SUBSETS).map(([subset, range]) => ({
      src: [`@fontsource/${pkg}/files/${file}-${subset}-${weight}-${style}.woff2`] as [string],
      weight,
      style,
      display: 'swap' as const,
      unicodeRange: [range] as [string],
    })),
  );
  // Astro's config wants at least one variant; `faces` is never empty, so neither is this.
  return [first!, ...rest] as [NonNullable<typeof first>, ...typeof rest];
}

/** The families as Astro's `fonts` config takes them (local provider: nothing is fetched at build time). */
export function siteFontFamilies<P>(localProvider: P) {
  return [
    {
      provider: localProvider,
      name: 'Source Serif 4',
      cssVariable: SERIF_VARIABLE,
      // Astro adds an adjusted Times New Roman first; src/styles/fallback-fonts.css adjusts DejaVu for Linux.
      fallbacks: ['Archive Serif Fallback', 'Georgia', 'serif'],
      options: { variants: variants('source-serif-4', 'source-serif-4', SERIF_FACES) },
    },
    {
      provider: localProvider,
      name: 'Source Sans 3',
      cssVariable: SANS_VARIABLE,
      fallbacks: ['Archive Sans Fallback', 'system-ui', 'sans-serif'],
      options: { variants: variants('source-sans-3', 'source-sans-3', SANS_FACES) },
    },
  ];
}

/** A face the layout preloads: the ones the first screen of most pages draws with. */
export interface PreloadedFace {
  variable: typeof SERIF_VARIABLE | typeof SANS_VARIABLE;
  weight: number;
  style: Face['style'];
}

/** Body and headline serif, UI sans and its bold (outlet names, labels), Latin subset only (the Extended one loads when a page needs it). */
export const PRELOADED_FACES: PreloadedFace[] = [
  { variable: SERIF_VARIABLE, weight: 400, style: 'normal' },
  { variable: SERIF_VARIABLE, weight: 600, style: 'normal' },
  { variable: SANS_VARIABLE, weight: 400, style: 'normal' },
  { variable: SANS_VARIABLE, weight: 600, style: 'normal' },
];

/** What Astro's `fontData` holds for each face, in the order `variants()` declared them. */
export interface FontFileEntry {
  weight?: string | undefined;
  style?: string | undefined;
  src: { url: string }[];
}

/**
 * The Latin file of each preloaded face. `variants()` declares each face's
 * subsets in `SUBSETS` order, Latin first, and Astro keeps that order.
 */
export function preloadUrls(fontData: Record<string, FontFileEntry[] | undefined>): string[] {
  const subsetCount = Object.keys(SUBSETS).length;
  return PRELOADED_FACES.flatMap(({ variable, weight, style }) => {
    const entries = fontData[variable] ?? [];
    const index = entries.findIndex(
      (entry, i) => i % subsetCount === 0 && entry.weight === String(weight) && entry.style === style,
    );
    const url = entries[index]?.src[0]?.url;
    return url ? [url] : [];
  });
}
