/**
 * Turns a query word into the vocabulary terms it stands for, in this order
 * of preference, stopping at the first step that finds something:
 *
 * 1. typed as an acronym (`U.S.`, `US`): the acronym term, when indexed;
 * 2. the word itself, its other forms (`appoint` → appointed, appointment;
 *    not for a name, see `stem.ts`), and, for the word being typed, the terms
 *    it begins (`Vladi` → vladivostok), the commonest `MAX_PREFIX_TERMS`;
 * 3. a word of `TYPO_MIN_LENGTH`+ letters one edit from a term, the first
 *    letter included: the commonest such term, reported as a correction;
 * 4. otherwise nothing, with up to `MAX_SUGGESTIONS` spellings to offer.
 */
import { editDistance } from './edit-distance.ts';
import { firstChar, tailKeysOf, vocabChunkKey } from './index-format.ts';
import { memo, type IndexLoader, type LoadedChunk } from './loader.ts';
import { lowerBound, termIndex } from './vocab-lookup.ts';
import { isAcronymTerm } from './normalize.ts';
import {
  MAX_PREFIX_TERMS,
  MAX_SUGGESTIONS,
  PREFIX_MIN_LENGTH,
  SUGGESTION_EDITS,
  TYPO_MIN_LENGTH,
  VOCAB_FUSE_OPTIONS,
  VOCAB_LENGTH_BANDS,
  type MATCH_KINDS,
} from './options.ts';
import type { QueryWord } from './query.ts';
import { isStemmable, stemOf } from './stem.ts';

export type MatchKind = keyof typeof MATCH_KINDS;

/** A term standing for a query word, and how. */
export interface TermMatch {
  term: string;
  kind: MatchKind;
}

export interface Resolution {
  matches: TermMatch[];
  /** The term a misspelt word was corrected to. */
  corrected?: string;
  /** Close spellings of a word that matched nothing (never searched). */
  suggestions: string[];
}

export interface Resolver {
  /** What `word` stands for; `correct: false` stops after step 2 (for excluded words). */
  resolve(word: QueryWord, correct?: boolean): Promise<Resolution>;
}

interface Candidate {
  term: string;
  edits: number;
  df: number;
}

/** A resolver over `loader`; the vocabulary never changes under it, so each word resolves once. */
export function createResolver(loader: IndexLoader): Resolver {
  const cache = new Map<string, Promise<Resolution>>();

  const dfOf = async (term: string): Promise<number> => {
    const chunk = await loader.chunkOf(term);
    const at = chunk ? termIndex(chunk.terms, term) : -1;
    return at < 0 ? -1 : (chunk?.data.df[at] ?? 0);
  };

  /** The chunks of `term`'s first letter holding lengths `min` to `max`. */
  const chunksFor = (term: string, min: number, max: number): Promise<(LoadedChunk | undefined)[]> => {
    const keys = new Set<string>();
    for (let length = Math.max(1, min); length <= max; length++) keys.add(vocabChunkKey(firstChar(term), length));
    return Promise.all([...keys].map((key) => loader.chunk(key)));
  };

  async function forms(word: QueryWord, exact: boolean): Promise<string[]> {
    if (!isStemmable(word.term)) return [];
    const stem = stemOf(word.term);
    const members = (await loader.stemFile(stem))[stem] ?? [];
    // A known word joins its class only if the build let it (names do not); an unknown one only if not typed as a name.
    const joins = exact ? members.includes(word.term) : !word.capitalized;
    return joins ? members.filter((member) => member !== word.term) : [];
  }

  async function continuations(prefix: string): Promise<string[]> {
    // Chunks by length band from the first length longer than the prefix; the last band is open-ended.
    const max = VOCAB_LENGTH_BANDS.at(-1) ?? prefix.length;
    const chunks = await chunksFor(prefix, prefix.length + 1, Math.max(prefix.length + 1, max + 1));
    const found: { term: string; df: number }[] = [];
    for (const chunk of chunks) {
      if (!chunk) continue;
      for (let i = lowerBound(chunk.terms, prefix); i < chunk.terms.length; i++) {
        const term = chunk.terms[i] ?? '';
        if (!term.startsWith(prefix)) break;
        if (term !== prefix && !isAcronymTerm(term)) found.push({ term, df: chunk.data.df[i] ?? 0 });
      }
    }
    return found
      .sort((a, b) => b.df - a.df || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_PREFIX_TERMS)
      .map(({ term }) => term);
  }

  /** Terms within `limit` edits of `term`: Fuse.js over its first letter's chunks, and the lists by later letters. */
  async function neighbours(term: string, limit: number): Promise<Candidate[]> {
    const [chunks, Fuse, ...tails] = await Promise.all([
      chunksFor(term, term.length - limit, term.length + limit),
      loader.fuse(),
      ...tailKeysOf(term).map((key) => loader.tailFile(key).then((file) => file[key] ?? [])),
    ]);
    const proposed = new Set<string>();
    for (const chunk of chunks) {
      if (!chunk) continue;
      chunk.fuse ??= new Fuse(chunk.terms, VOCAB_FUSE_OPTIONS);
      for (const { item } of chunk.fuse.search(term)) proposed.add(item);
    }
    for (const list of tails) for (const item of list) proposed.add(item);
    const close = [...proposed].flatMap((item) => {
      if (isAcronymTerm(item) || Math.abs(item.length - term.length) > limit) return [];
      const edits = editDistance(term, item, limit);
      return edits <= limit && edits > 0 ? [{ term: item, edits }] : [];
    });
    const dfs = await Promise.all(close.map(({ term: item }) => dfOf(item)));
    return close
      .map((candidate, i) => ({ ...candidate, df: dfs[i] ?? 0 }))
      .sort((a, b) => a.edits - b.edits || b.df - a.df || (a.term < b.term ? -1 : 1));
  }

  async function resolve(word: QueryWord, correct: boolean): Promise<Resolution> {
    // The word's forms file is asked for now, beside its vocabulary chunk, not once the chunk is in: one round trip.
    if (isStemmable(word.term)) loader.stemFile(stemOf(word.term)).catch(() => {});
    if (word.acronym && (await loader.hasTerm(word.acronym))) {
      return { matches: [{ term: word.acronym, kind: 'exact' }], suggestions: [] };
    }
    const { term } = word;
    const exact = await loader.hasTerm(term);
    const [stems, prefixed] = await Promise.all([
      forms(word, exact),
      word.prefix && term.length >= PREFIX_MIN_LENGTH ? continuations(term) : [],
    ]);
    const matches: TermMatch[] = [
      ...(exact ? [{ term, kind: 'exact' as const }] : []),
      ...stems.map((form) => ({ term: form, kind: 'stem' as const })),
    ];
    const seen = new Set(matches.map((match) => match.term));
    for (const form of prefixed) if (!seen.has(form)) matches.push({ term: form, kind: 'prefix' });
    if (matches.length > 0 || !correct || term.length < TYPO_MIN_LENGTH) return { matches, suggestions: [] };

    const close = await neighbours(term, SUGGESTION_EDITS);
    const best = close[0];
    if (best && best.edits === 1)
      return { matches: [{ term: best.term, kind: 'typo' }], corrected: best.term, suggestions: [] };
    return { matches: [], suggestions: close.slice(0, MAX_SUGGESTIONS).map((candidate) => candidate.term) };
  }

  return {
    resolve: (word, correct = true) =>
      memo(cache, JSON.stringify([word.term, word.acronym, word.capitalized, word.prefix, correct]), () =>
        resolve(word, correct),
      ),
  };
}
