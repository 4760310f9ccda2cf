/**
 * Query classes over real text (the Brown press stories), each with an
 * answer computed without the engine: a plain scan of the stories' words
 * (`wordsOf` in queries.ts), and for word forms the Porter stemmer's classes
 * over the words the stories write in lower case (names keep their exact form).
 */
import { stemmer } from 'stemmer';
import { shuffle, wordsOf } from './queries.ts';
import { foldCase } from '../src/lib/text-fold.ts';
import { createRandom, type Random } from './prng.ts';

export type RealClass =
  | 'exact, rare'
  | 'exact, common'
  | 'prefix, 2–3 letters'
  | 'prefix, 4–6 letters'
  | 'base form'
  | 'inflected form'
  | 'typo, mid-word'
  | 'typo, first letter'
  | 'several words'
  | 'phrase'
  | 'hyphen spelling'
  | 'acronym'
  | 'name, not a word form'
  | 'word in no story';

export const REAL_CLASSES: readonly RealClass[] = [
  'exact, rare',
  'exact, common',
  'prefix, 2–3 letters',
  'prefix, 4–6 letters',
  'base form',
  'inflected form',
  'typo, mid-word',
  'typo, first letter',
  'several words',
  'phrase',
  'hyphen spelling',
  'acronym',
  'name, not a word form',
  'word in no story',
];

export interface RealQuery {
  query: string;
  kind: RealClass;
  /** Ids of the stories that answer it. */
  relevant: string[];
}

export interface RealStory {
  id: string;
  title: string;
  authors: string[];
  outlet: string;
  paragraphs: string[];
}

/** The query set for `stories` (deterministic for a seed). */
export function buildRealQueries(stories: readonly RealStory[], seed = 1961): RealQuery[] {
  const random = createRandom(seed);
  const texts = stories.map((story) =>
    [story.title, story.authors.join(' '), story.outlet, ...story.paragraphs].join('\n'),
  );
  const words = texts.map((text) => new Set(wordsOf(text)));
  // Words written in lower case somewhere (not names), for word forms.
  const lower = new Set(texts.flatMap((text) => text.match(/(?<![\p{L}\-.'’])\p{Ll}+(?![\p{L}\-'’.])/gu) ?? []));
  const vocabulary = new Map<string, number>();
  for (const set of words) for (const word of set) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
  const ids = (test: (i: number) => boolean) => stories.flatMap((story, i) => (test(i) ? [story.id] : []));
  const holding = (word: string) => ids((i) => words[i]?.has(word) ?? false);
  const queries: RealQuery[] = [];
  const add = (query: string, kind: RealClass, relevant: string[]) => {
    if (!queries.some((q) => q.query === query)) queries.push({ query, kind, relevant });
  };
  const plain = [...vocabulary.keys()].filter((word) => /^[a-z]{5,}$/.test(word) && lower.has(word)).sort();
  const pick = <T>(list: readonly T[], count: number) => shuffle(random, list).slice(0, count);

  for (const word of pick(
    plain.filter((w) => vocabulary.get(w) === 1),
    6,
  ))
    add(word, 'exact, rare', holding(word));
  for (const word of pick(
    plain.filter((w) => (vocabulary.get(w) ?? 0) >= 8 && (vocabulary.get(w) ?? 0) <= 30),
    6,
  ))
    add(word, 'exact, common', holding(word));

  const beginning = (prefix: string) => ids((i) => [...(words[i] ?? [])].some((word) => word.startsWith(prefix)));
  for (const word of pick(plain, 6))
    add(word.slice(0, 2 + random.int(0, 1)), 'prefix, 2–3 letters', beginning(word.slice(0, 2)));
  queries.filter((q) => q.kind === 'prefix, 2–3 letters').forEach((q) => (q.relevant = beginning(q.query)));
  for (const word of pick(
    plain.filter((w) => w.length >= 7),
    8,
  )) {
    const prefix = word.slice(0, 4 + random.int(0, 2));
    add(prefix, 'prefix, 4–6 letters', beginning(prefix));
  }

  // Word forms: the stemmer's classes over lower-case words.
  const classes = new Map<string, string[]>();
  for (const word of plain.concat([...vocabulary.keys()].filter((w) => /^[a-z]{3,4}$/.test(w) && lower.has(w)))) {
    const stem = stemmer(word);
    classes.set(stem, [...(classes.get(stem) ?? []), word]);
  }
  const formStories = (stem: string) => {
    const members = new Set(classes.get(stem) ?? []);
    return ids((i) => [...(words[i] ?? [])].some((word) => members.has(word)));
  };
  const rich = [...classes].filter(([, members]) => members.length >= 2).map(([stem]) => stem);
  for (const stem of pick(
    rich.filter((s) => (classes.get(s) ?? []).some((m) => m === s || m === `${s}e`)),
    8,
  )) {
    const base = (classes.get(stem) ?? []).sort((a, b) => a.length - b.length)[0] ?? stem;
    add(base, 'base form', formStories(stem));
  }
  for (const stem of pick(rich, 30)) {
    const inflected = (classes.get(stem) ?? []).find((m) => /(?:s|ed|ing)$/.test(m));
    if (inflected && queries.filter((q) => q.kind === 'inflected form').length < 8)
      add(inflected, 'inflected form', formStories(stem));
  }

  const known = (word: string) => vocabulary.has(word);
  const typoTargets = pick(
    plain.filter((w) => w.length >= 6 && (vocabulary.get(w) ?? 0) >= 2),
    16,
  );
  for (const word of typoTargets.slice(0, 8)) {
    const typo = misspellAt(random, word, random.int(2, word.length - 2));
    if (!known(typo) && !hasNeighbour(typo, word, vocabulary)) add(typo, 'typo, mid-word', holding(word));
  }
  const names = [...vocabulary.keys()].filter(
    (w) => /^[a-z]{5,}$/.test(w) && !lower.has(w) && (vocabulary.get(w) ?? 0) >= 2,
  );
  for (const word of pick(names, 5).concat(typoTargets.slice(8, 12))) {
    const typo = misspellAt(random, word, 0);
    if (!known(typo) && !hasNeighbour(typo, word, vocabulary)) add(typo, 'typo, first letter', holding(word));
  }

  for (let tries = 0, made = 0; made < 6 && tries < 100; tries++) {
    const i = random.int(0, stories.length - 1);
    const choices = [...(words[i] ?? [])].filter((w) => /^[a-z]{5,}$/.test(w) && (vocabulary.get(w) ?? 0) <= 10);
    if (choices.length < 3) continue;
    const chosen = pick(choices, 2 + (made % 2));
    add(
      chosen.join(' '),
      'several words',
      ids((j) => chosen.every((w) => words[j]?.has(w))),
    );
    made++;
  }

  const flat = texts.map((text) => ` ${wordsInOrder(text).join(' ')} `);
  for (let tries = 0, made = 0; made < 6 && tries < 100; tries++) {
    const i = random.int(0, stories.length - 1);
    const sequence = wordsInOrder(texts[i] ?? '');
    const at = random.int(0, Math.max(0, sequence.length - 3));
    const phrase = sequence.slice(at, at + 2);
    if (phrase.length < 2 || phrase.some((w) => w.length < 4)) continue;
    add(
      `"${phrase.join(' ')}"`,
      'phrase',
      ids((j) => flat[j]?.includes(` ${phrase.join(' ')} `) ?? false),
    );
    made++;
  }

  const hyphenated = [...new Set(texts.flatMap((text) => text.match(/\b[a-z]{3,}-[a-z]{3,}\b/g) ?? []))].sort();
  for (const word of pick(hyphenated, 3)) {
    const joined = word.replace('-', '');
    add(word, 'hyphen spelling', holding(joined));
    add(joined, 'hyphen spelling', holding(joined));
  }

  // Acronyms as written: capitals with or without dots, never the lower-case word.
  const acronymStories = (letters: string) => {
    const pattern = new RegExp(`(?<![\\p{L}.])(?:${[...letters].join('\\. ?')}\\.|${letters})(?![\\p{L}])`, 'u');
    return ids((i) => pattern.test(texts[i] ?? ''));
  };
  add('U.S.', 'acronym', acronymStories('US'));
  add('U. S.', 'acronym', acronymStories('US'));
  add('US', 'acronym', acronymStories('US'));
  add('U.N.', 'acronym', acronymStories('UN'));

  // Distinctive names that Porter joins to common words (`Providence` / provide).
  for (const name of ['providence', 'general', 'university'].filter((w) => vocabulary.has(w))) {
    const capitalized = name.charAt(0).toUpperCase() + name.slice(1);
    if (!lower.has(name)) add(capitalized, 'name, not a word form', holding(name));
  }
  for (const name of pick(
    names.filter((w) => rich.includes(stemmer(w)) || classes.has(stemmer(w))),
    4,
  )) {
    add(name.charAt(0).toUpperCase() + name.slice(1), 'name, not a word form', holding(name));
  }

  for (const word of ['internet', 'smartphone', 'xylophone', 'zqxvjkwpf', 'website', 'cryptocurrency']) {
    if (!known(word) && !hasNeighbour(word, '', vocabulary)) add(word, 'word in no story', []);
  }
  return queries;
}

/** The story's words in reading order, hyphenated ones as their parts (for phrases). */
function wordsInOrder(text: string): string[] {
  return foldCase(text)
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** One edit at `at`: a swap with the next letter, a dropped, doubled or replaced letter. */
function misspellAt(random: Random, word: string, at: number): string {
  const letters = 'etaoinshrdlucmfwyp';
  switch (random.int(0, 3)) {
    case 0:
      return word.slice(0, at) + word.charAt(at + 1) + word.charAt(at) + word.slice(at + 2);
    case 1:
      return word.slice(0, at) + word.slice(at + 1);
    case 2:
      return word.slice(0, at) + (letters[random.int(0, letters.length - 1)] ?? 'x') + word.slice(at);
    default: {
      const letter = letters.split('').find((l) => l !== word.charAt(at) && random.int(0, 3) === 0) ?? 'k';
      return word.slice(0, at) + letter + word.slice(at + 1);
    }
  }
}

/** Whether some word other than `meant` is one edit from `typo` (then the typo is ambiguous: not a fair query). */
function hasNeighbour(typo: string, meant: string, vocabulary: ReadonlyMap<string, number>): boolean {
  for (const word of vocabulary.keys()) if (word !== meant && levenshtein1(typo, word)) return true;
  return false;
}

/** Whether `a` and `b` are at most one edit apart (insert, delete, replace, swap of neighbours). */
function levenshtein1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) ||
    restA.slice(1) === restB ||
    restA === restB.slice(1) ||
    (restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2))
  );
}
