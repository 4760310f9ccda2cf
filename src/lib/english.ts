/** How the archive writes counts and lists of names: American English, through `Intl`. */

const plurals = new Intl.PluralRules('en-US');
const names = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** "1 story", "3 stories", "0 stories": the count and the noun that agrees with it. */
export const count = (n: number, one: string, other: string): string =>
  `${n} ${plurals.select(n) === 'one' ? one : other}`;

/** "A", "A and B", "A, B, and C". */
export const listNames = (list: readonly string[]): string => names.format(list);

/** `listNames` in pieces, for markup around each name: the names and the separators between them. */
export const listNameParts = (list: readonly string[]): { type: 'element' | 'literal'; value: string }[] =>
  names.formatToParts(list);
