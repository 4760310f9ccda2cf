import type { BenchArticle } from './generate.ts';
import { createRandom, type Random } from './prng.ts';
import { FIRST_NAMES, PLACES } from './words.ts';
import { foldCase } from '../src/lib/text-fold.ts';

export type QueryKind = 'word' | 'name' | 'place' | 'two-words' | 'typo' | 'hyphen' | 'acronym' | 'miss';

/** One benchmark query and its exact answer. */
export interface BenchQuery {
  query: string;
  kind: QueryKind;
  /** Ids of every story that contains the word(s) (all of them, for several words). */
  relevant: string[];
  /** For a typo: the word the reader meant; `relevant` holds its stories. */
  intended?: string;
}

/**
 * The archive's words as a plain whole-word matcher sees them, written
 * independently of the engine under test: case and diacritics folded,
 * possessive `’s` dropped, `D.P.R.K.` read as `dprk`, `anti-tank` read as
 * `antitank` and as `anti` and `tank`.
 */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/\s+/)) {
    if (/^[a-z]+[,.]?$/.test(raw)) {
      words.push(raw.replace(/[,.]$/, ''));
      continue;
    }
    const folded = foldCase(raw);
    const acronym = /^[^\p{L}]*((?:\p{L}\.){2,})[^\p{L}\p{N}]*$/u.exec(folded);
    if (acronym) {
      words.push((acronym[1] as string).replaceAll('.', ''));
      continue;
    }
    for (const piece of folded.split(/[^\p{L}\p{N}'’-]+/u)) {
      const word = piece
        .replace(/^['’-]+|['’-]+$/g, '')
        .replace(/['’]s$/, '')
        .replace(/['’]/g, '');
      if (word === '') continue;
      const parts = word.split('-').filter(Boolean);
      words.push(parts.join(''));
      if (parts.length > 1) words.push(...parts);
    }
  }
  return words;
}

/** Every word → the indexes of the stories holding it (title, byline and body), ascending. */
export function invertedIndex(articles: readonly BenchArticle[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  articles.forEach((article, doc) => {
    const text = [article.title, article.authors.join(' '), ...article.paragraphs].join('\n');
    for (const word of new Set(wordsOf(text))) {
      const list = index.get(word);
      if (list) list.push(doc);
      else index.set(word, [doc]);
    }
  });
  return index;
}

/**
 * The fixed query set for an archive (deterministic for a seed): queries on
 * the real articles, then synthetic words, names and places picked by how
 * many stories hold them, two-word queries, typos of real words, hyphen and
 * dotted-acronym variants, and a miss.
 */
export function buildQuerySet(articles: readonly BenchArticle[], seed = 7): BenchQuery[] {
  const random = createRandom(seed);
  const index = invertedIndex(articles);
  const ids = (docs: readonly number[]) => docs.map((doc) => articles[doc]?.id as string);
  const docsOf = (query: string): number[] => {
    let result: number[] | undefined;
    for (const word of new Set(wordsOf(query))) {
      const docs = new Set(index.get(word) ?? []);
      result = result ? result.filter((doc) => docs.has(doc)) : [...docs];
    }
    return result ?? [];
  };
  const queries: BenchQuery[] = [];
  const add = (query: string, kind: QueryKind, docs = docsOf(query)) => {
    if (!queries.some((q) => q.query === query)) queries.push({ query, kind, relevant: ids(docs) });
  };
  const addTypo = (typo: string, intended: string) => {
    if (index.has(foldCase(typo)) || queries.some((q) => q.query === typo)) return;
    queries.push({ query: typo, kind: 'typo', intended, relevant: ids(docsOf(intended)) });
  };

  // On the two real articles, so that N = 2 has a meaningful set too.
  add('Vladivostok', 'place');
  add('Pyongyang', 'place');
  add('Putin', 'name');
  add('Adrienne Watson', 'name');
  add('satellite', 'word');
  add('anti-tank', 'hyphen', docsOf('antitank'));
  add('antitank', 'hyphen', docsOf('antitank'));
  add('anti tank', 'hyphen', docsOf('antitank'));
  add('DPRK', 'acronym');
  add('D.P.R.K.', 'acronym');
  addTypo('Vladivostock', 'Vladivostok');
  addTypo('Pyongayng', 'Pyongyang');
  add('zqxvjkwpf', 'miss', []);

  const synthetic = articles.filter((article) => !article.real);
  if (synthetic.length === 0) return queries;
  const n = articles.length;
  const band = (min: number, max: number, test: (word: string) => boolean): string[] =>
    [...index]
      .filter(([word, docs]) => docs.length >= min && docs.length <= max && test(word))
      .map(([word]) => word)
      .sort();
  const lowerWords = new Set<string>();
  for (const article of synthetic.slice(0, 400)) {
    for (const match of article.paragraphs.join(' ').matchAll(/(?<![\p{L}\-.])\p{Ll}+(?![\p{L}\-’'.])/gu))
      lowerWords.add(match[0]);
  }
  const plain = (word: string) => /^[a-z]{5,}$/.test(word) && lowerWords.has(word);
  const pickSome = (list: readonly string[], count: number) => shuffle(random, list).slice(0, count);

  for (const word of pickSome(band(1, 3, plain), 2)) add(word, 'word');
  for (const word of pickSome(band(5, Math.max(6, n / 30), plain), 3)) add(word, 'word');
  for (const word of pickSome(band(Math.max(7, n / 30), Math.max(8, n / 5), plain), 2)) add(word, 'word');

  const people = new Set<string>();
  const firstNames = new Set(FIRST_NAMES);
  for (const article of synthetic.slice(0, 300)) {
    for (const match of article.paragraphs
      .join(' ')
      .matchAll(/(?<![\p{L}-])(\p{Lu}[\p{L}-]+) \p{Lu}\p{Ll}+(?=[ .,’])/gu)) {
      if (firstNames.has(match[1] as string)) people.add(match[0]);
    }
  }
  const names = shuffle(
    random,
    [...people].filter((name) => docsOf(name).length >= 2),
  ).slice(0, 3);
  for (const name of names) add(name, 'name');
  for (const name of names.slice(0, 2)) add(name.split(' ')[1] as string, 'name');
  const ascii = (text: string) => /^[ -~]+$/.test(text);
  const accented = [...people].filter((name) => !ascii(name) && ascii(foldCase(name)));
  for (const name of pickSome(accented, 1)) add(foldCase(name).split(' ').map(capitalize).join(' '), 'name');

  const placeDocs = (place: string) => index.get(foldCase(place))?.length ?? 0;
  const places = PLACES.filter((place) => /^[A-Z][a-z]{4,}$/.test(place) && placeDocs(place) >= 3);
  for (const place of pickSome(places, 2)) add(place, 'place');
  const accentedPlaces = PLACES.filter(
    (place) => /^\p{L}+$/u.test(place) && foldCase(place) !== place.toLowerCase() && placeDocs(place) >= 1,
  );
  for (const place of pickSome(accentedPlaces, 1)) add(capitalize(foldCase(place)), 'place');

  const mid = band(5, Math.max(40, n / 10), plain);
  const midSet = new Set(mid);
  for (let tries = 0, made = 0; made < 5 && tries < 200; tries++) {
    const article = random.pick(synthetic);
    const words = [...new Set(wordsOf(article.paragraphs.join(' ')))].filter((word) => midSet.has(word));
    if (words.length < 2) continue;
    const [a, b] = shuffle(random, words);
    add(`${a} ${b}`, 'two-words');
    made++;
  }

  for (const word of pickSome(
    band(3, Math.max(6, n / 20), (word) => plain(word) && word.length >= 7),
    5,
  )) {
    addTypo(misspell(random, word), word);
  }
  for (const name of names.slice(0, 2)) {
    const surname = name.split(' ')[1] as string;
    if (surname.length >= 6) addTypo(misspell(random, surname), surname);
  }

  const compounds = [...index.keys()].filter((word) =>
    /^(anti|counter|cross|post|pre|non|multi|over|under|semi)[a-z]{4,}$/.test(word),
  );
  const hyphenated = compounds.find((word) => {
    const prefix = /^(anti|counter|cross|post|pre|non|multi|over|under|semi)/.exec(word)?.[1] ?? '';
    return index.has(prefix) && index.has(word.slice(prefix.length)) && word !== 'antitank';
  });
  if (hyphenated) {
    const prefix = /^(anti|counter|cross|post|pre|non|multi|over|under|semi)/.exec(hyphenated)?.[1] ?? '';
    const head = hyphenated.slice(prefix.length);
    add(`${prefix}-${head}`, 'hyphen', docsOf(hyphenated));
    add(hyphenated, 'hyphen', docsOf(hyphenated));
    add(`${prefix} ${head}`, 'hyphen', docsOf(hyphenated));
  }
  const acronym = ['NATO', 'IAEA', 'OPEC', 'UNHCR', 'ASEAN'].find((a) => (index.get(a.toLowerCase())?.length ?? 0) > 0);
  if (acronym) {
    add(acronym, 'acronym');
    add([...acronym].map((letter) => `${letter}.`).join(''), 'acronym', docsOf(acronym));
  }
  return queries;
}

/** One plausible slip of the keyboard: a swap, a dropped, doubled or wrong letter. */
export function misspell(random: Random, word: string): string {
  const at = random.int(1, word.length - 2);
  const vowels = 'aeiou';
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + word.charAt(at) + word.slice(at);
    default: {
      const letter = word.charAt(at);
      const swap = vowels.includes(letter.toLowerCase()) ? vowels[(vowels.indexOf(letter.toLowerCase()) + 1) % 5] : 'k';
      return word.slice(0, at) + (swap === letter ? 'x' : swap) + word.slice(at + 1);
    }
  }
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A seeded Fisher–Yates shuffle (a copy). */
export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
