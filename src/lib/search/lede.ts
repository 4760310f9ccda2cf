/**
 * Where a term stands in a story, one character per posting, so that a result
 * can be shown from the story's lede file (headline, byline and first
 * paragraph: `lede.<story>.<hash>.json`) instead of the whole story when that
 * shows the same thing. Most news stories name what they are about in their
 * first paragraph; the whole text is fetched only when it is not so.
 *
 * The snippet is the first paragraph holding the most query words
 * (`hits.ts`). When every query word that is in the body at all is in the
 * lede, that paragraph is the lede, whichever file was read.
 */

/** In the first paragraph; elsewhere in the body only; not in the body (headline, byline or outlet only). */
export const PLACES = { lede: '1', body: '0', outside: '2' } as const;

/** A posting's place: its term's occurrences in the story's lede and in its body. */
export const placeOf = (inLede: boolean, inBody: boolean): string =>
  inLede ? PLACES.lede : inBody ? PLACES.body : PLACES.outside;

/** A term's places as stored: trailing `body` places are left off (most postings are in the body only). */
export const packPlaces = (places: string): string => places.replace(/0+$/, '');

/** The place of posting `j` in a packed string. */
export const placeAt = (packed: string, j: number): string => packed[j] ?? PLACES.body;

/**
 * Whether the lede shows what the whole story would: every unit (a set of
 * terms standing for one query word) is in the lede, or not in the body at
 * all. `place(term)` is the term's place in this story, `undefined` where the
 * story lacks it. A quoted phrase is checked against the whole text.
 */
export function ledeSuffices(
  units: readonly { terms: ReadonlyMap<string, unknown>; sequence?: readonly string[] }[],
  place: (term: string) => string | undefined,
): boolean {
  return units.every((unit) => {
    if (unit.sequence?.length) return false;
    let inBody = false;
    for (const term of unit.terms.keys()) {
      const at = place(term);
      if (at === PLACES.lede) return true;
      if (at === PLACES.body) inBody = true;
    }
    return !inBody;
  });
}
