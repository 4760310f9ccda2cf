/**
 * How the archive writes counts and lists of names: American English, as
 * `Intl.PluralRules` and `Intl.ListFormat` ('en-US', long conjunction) write
 * them (english.test.ts holds the two to the same text). Written out rather
 * than asked of `Intl`: the search page builds its bylines in the browser,
 * where setting up ICU's list formatter cost ~10 ms of its first results.
 */

/** "1 story", "3 stories", "0 stories": the count and the noun that agrees with it. */
export const count = (n: number, one: string, other: string): string => `${n} ${Math.abs(n) === 1 ? one : other}`;

/** `listNames` in pieces, for markup around each name: the names and the separators between them. */
export function listNameParts(list: readonly string[]): { type: 'element' | 'literal'; value: string }[] {
  return list.flatMap((name, i) => {
    const element = { type: 'element' as const, value: name };
    if (i === 0) return [element];
    const separator = list.length === 2 ? ' and ' : i === list.length - 1 ? ', and ' : ', ';
    return [{ type: 'literal' as const, value: separator }, element];
  });
}

/** "A", "A and B", "A, B, and C". */
export const listNames = (list: readonly string[]): string =>
  listNameParts(list)
    .map((part) => part.value)
    .join('');
