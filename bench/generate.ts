import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFileName, renderArticleFile } from '../src/lib/article-file.ts';
import { readStoryFile, storyText, type StoryText } from '../src/lib/story-text.ts';
import { createRandom, zipfSampler, type Random } from './prng.ts';
import {
  ACRONYMS,
  COMMON_WORDS,
  COMPOUND_HEADS,
  COMPOUND_PREFIXES,
  FIRST_NAMES,
  OUTLETS,
  PLACES,
  SURNAMES,
  SYLLABLE_CODAS,
  SYLLABLE_ONSETS,
  SYLLABLE_VOWELS,
} from './words.ts';

/** One story of the benchmark archive, synthetic or real: its text as the site reads it, and its file. */
export interface BenchArticle extends StoryText {
  /** The Markdown file as the archive stores it. */
  markdown: string;
  /** True for the copies of content/articles/*.md. */
  real: boolean;
}

export interface GenerateOptions {
  /** Articles in all, the real ones included (at least as many as content/articles holds). */
  n: number;
  seed?: number;
  /** Folder holding the real articles to include. */
  realDir?: string;
}

export const DEFAULT_SEED = 20230904;
export const MIN_WORDS = 300;
export const MAX_WORDS = 950;
const REAL_DIR = new URL('../content/articles/', import.meta.url);

/**
 * A deterministic archive of `n` stories: the real articles (every one in
 * content/articles) and as many synthetic ones of 300–950 words as make `n`. The text mixes common English words with
 * pseudo-words drawn from a Zipf law over a large syllable-built vocabulary
 * (about 80,000 distinct words at 10,000 stories), people's names (some with
 * diacritics and possessives), places, hyphenated compounds written both
 * `anti-tank` and `antitank`, and acronyms written both `DPRK` and `D.P.R.K.`.
 */
export function generateArchive({ n, seed = DEFAULT_SEED, realDir }: GenerateOptions): BenchArticle[] {
  const real = readRealArticles(realDir ?? REAL_DIR.pathname);
  const synthetic = Math.max(0, n - real.length);
  const random = createRandom(seed);
  const world = createWorld(random, synthetic);
  const taken = new Set(real.map((article) => article.id));
  const articles: BenchArticle[] = [];
  for (let i = 0; i < synthetic; i++) {
    const article = generateArticle(random, world, i);
    let id = article.id;
    for (let k = 2; taken.has(id); k++) id = `${article.id}-${k}`;
    taken.add(id);
    articles.push({ ...article, id });
  }
  return [...real, ...articles].slice(0, Math.max(n, 0));
}

/** Writes one `<id>.md` per article into `dir`, emptied first. */
export function writeArchive(articles: readonly BenchArticle[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const article of articles) writeFileSync(join(dir, `${article.id}.md`), article.markdown);
}

/** Words in a body as a reader counts them (tokens holding a letter or digit). */
export function countWords(paragraphs: readonly string[]): number {
  let count = 0;
  for (const paragraph of paragraphs) {
    for (const token of paragraph.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) count++;
  }
  return count;
}

interface World {
  pseudoWord: () => string;
  commonWord: () => string;
  person: () => string;
  place: () => string;
  author: () => string;
  outlet: () => string;
  acronyms: readonly string[];
  compounds: readonly [prefix: string, head: string][];
}

function createWorld(random: Random, articles: number): World {
  const common = new Set(COMMON_WORDS);
  const seen = new Set<string>([...common, ...SURNAMES.map(lower), ...FIRST_NAMES.map(lower), ...PLACES.map(lower)]);
  const freshWord = (minSyllables: number, maxSyllables: number): string => {
    for (;;) {
      let word = '';
      const syllables = random.int(minSyllables, maxSyllables);
      for (let s = 0; s < syllables; s++) {
        word += random.pick(SYLLABLE_ONSETS) + random.pick(SYLLABLE_VOWELS) + random.pick(SYLLABLE_CODAS);
      }
      if (word.length >= 4 && word.length <= 14 && !seen.has(word)) {
        seen.add(word);
        return word;
      }
    }
  };
  // The pool is larger than what appears: the Zipf tail decides how many distinct words a run shows.
  const poolSize = Math.max(2_000, Math.round(articles * 10));
  const pool = Array.from({ length: poolSize }, () => freshWord(1, 3));
  const pseudoIndex = zipfSampler(random, poolSize, 1.15);
  const commonIndex = zipfSampler(random, COMMON_WORDS.length, 0.9);

  const surnames = [...SURNAMES, ...Array.from({ length: Math.max(50, articles / 8) }, () => capital(freshWord(2, 3)))];
  const people = Array.from({ length: Math.max(100, Math.round(articles / 3)) }, () => {
    return `${random.pick(FIRST_NAMES)} ${random.pick(surnames)}`;
  });
  const personIndex = zipfSampler(random, people.length, 0.8);
  const places = [...PLACES, ...Array.from({ length: Math.max(50, articles / 20) }, () => capital(freshWord(2, 3)))];
  const placeIndex = zipfSampler(random, places.length, 0.8);
  const authors = Array.from({ length: Math.max(40, Math.round(articles / 25)) }, () => {
    return `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;
  });
  const outletIndex = zipfSampler(random, OUTLETS.length, 0.7);
  const letters = 'BCDFGHJKLMNPQRSTVWXZ';
  const acronyms = [
    ...ACRONYMS,
    ...Array.from({ length: 20 }, () =>
      Array.from({ length: random.int(3, 4) }, () => random.pick([...letters])).join(''),
    ),
  ];
  const compounds = COMPOUND_PREFIXES.flatMap((prefix) =>
    COMPOUND_HEADS.filter(() => random.chance(0.3)).map((head) => [prefix, head] as [string, string]),
  );
  return {
    pseudoWord: () => pool[pseudoIndex()] as string,
    commonWord: () => COMMON_WORDS[commonIndex()] as string,
    person: () => people[personIndex()] as string,
    place: () => places[placeIndex()] as string,
    author: () => random.pick(authors),
    outlet: () => OUTLETS[outletIndex()] as string,
    acronyms,
    compounds,
  };
}

function generateArticle(random: Random, world: World, index: number): Omit<BenchArticle, 'id'> & { id: string } {
  const day = new Date(Date.UTC(2015, 0, 1) + random.int(0, 3652) * 86_400_000).toISOString().slice(0, 10);
  const outlet = world.outlet();
  const authors = [world.author()];
  if (random.chance(0.25)) authors.push(world.author());
  const people = Array.from({ length: random.int(2, 4) }, () => world.person());
  const places = Array.from({ length: random.int(1, 2) }, () => world.place());
  const topic = Array.from({ length: random.int(6, 10) }, () => world.pseudoWord());
  const acronym = random.chance(0.3) ? random.pick(world.acronyms) : undefined;
  const compound = random.chance(0.3) ? random.pick(world.compounds) : undefined;
  const mentioned = new Set<string>();

  const token = (): string => {
    const roll = random.next();
    if (roll < 0.5) return world.commonWord();
    if (roll < 0.75) return world.pseudoWord();
    if (roll < 0.9) return random.pick(topic);
    if (roll < 0.94) {
      const person = random.pick(people);
      const surname = person.split(' ').at(-1) as string;
      const name = mentioned.has(person) ? surname : person;
      mentioned.add(person);
      return random.chance(0.1) ? `${name}’s` : name;
    }
    if (roll < 0.96) return random.pick(places);
    if (roll < 0.97) return String(random.int(2, 2024));
    if (roll < 0.985 && acronym) return random.chance(0.4) ? dotted(acronym) : acronym;
    if (compound) return random.chance(0.6) ? `${compound[0]}-${compound[1]}` : compound.join('');
    return world.commonWord();
  };

  const target = random.int(MIN_WORDS, MAX_WORDS);
  const paragraphs: string[] = [];
  let words = 0;
  const datelinePlace = places.find((place) => /^[A-Za-z]+$/.test(place));
  let sentences: string[] = [];
  if (datelinePlace && random.chance(0.6)) {
    sentences.push(`${datelinePlace.toUpperCase()} –`);
    words += 1;
  }
  while (words < target) {
    let length = random.int(8, 24);
    if (words + length > target) length = target - words;
    const parts: string[] = [];
    let used = 0;
    while (used < length) {
      let value = token();
      if (used + value.split(' ').length > length) value = world.commonWord();
      used += value.split(' ').length;
      parts.push(random.chance(0.07) && used < length ? `${value},` : value);
    }
    words += used;
    let sentence = capital(parts.join(' ')) + '.';
    if (words + 2 <= target && random.chance(0.06)) {
      sentence = `“${sentence.slice(0, -1)},” ${random.pick(people).split(' ')[0]} said.`;
      words += 2;
    }
    sentences.push(sentence);
    if (sentences.length >= random.int(2, 5)) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length > 0) paragraphs.push(sentences.join(' '));

  const titleWords = [
    capital(random.pick(topic)),
    ...Array.from({ length: random.int(2, 5) }, () => capital(world.commonWord())),
    (people[0] as string).split(' ').at(-1) as string,
    'in',
    places[0] as string,
    ...Array.from({ length: random.int(0, 3) }, () => capital(random.pick(topic))),
  ];
  const title = titleWords.join(' ');
  const dateline = paragraphs[0]?.startsWith(`${datelinePlace?.toUpperCase()} –`)
    ? datelinePlace?.toUpperCase()
    : undefined;
  const article = { date: day, authors, outlet, paragraphs, ...(dateline ? { dateline } : {}) };
  const markdown = renderArticleFile({
    article,
    title,
    source: `synthetic-${String(index).padStart(5, '0')}.txt`,
    archived: '2026-01-01',
  });
  return {
    id: articleFileName(day, title).replace(/\.md$/, ''),
    title,
    authors,
    outlet,
    date: day,
    paragraphs,
    markdown,
    real: false,
  };
}

/** The real articles as stored, read as the site reads them. */
function readRealArticles(dir: string): BenchArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      return {
        ...storyText(readStoryFile(path, name.replace(/\.md$/, ''))),
        markdown: readFileSync(path, 'utf8'),
        real: true,
      };
    });
}

function dotted(acronym: string): string {
  return [...acronym].map((letter) => `${letter}.`).join('');
}

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function lower(word: string): string {
  return word.toLowerCase();
}
