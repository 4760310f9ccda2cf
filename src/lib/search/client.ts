/**
 * The browser side of search: loads the index files a query needs, once each,
 * and answers `search`, `recent` and `facets` (see `types.ts`).
 *
 * Up front only the manifest is fetched. A query word fetches its vocabulary
 * chunks and the postings files of the terms it matches; Fuse.js itself loads
 * only when a word is not in the vocabulary (a typo); the table loads only when
 * a filter is set; one story file loads for each hit shown. Files are cached for the page's life, and a file asked for
 * twice while in flight is fetched once. A failed fetch is not cached, so the
 * next query retries it.
 */
import type FuseType from 'fuse.js';
import { editDistance } from './edit-distance.ts';
import { ERRORS, SearchIndexError } from './errors.ts';
import { findMatches, paragraphHref, snippet, type Matcher } from './highlight.ts';
import {
  docFileName,
  fileName,
  firstChar,
  dayNumber,
  lengthBand,
  vocabChunkKey,
  type FileKind,
  type Manifest,
  type PostingsShard,
  type StoryFile,
  type Table,
  type VocabChunk,
} from './index-format.ts';
import {
  DEFAULT_LIMIT,
  FUZZY_FACTOR,
  MAX_FUZZY_TERMS,
  PHRASE_MAX_CANDIDATES,
  RESPONSE_CACHE_SIZE,
  SCORE_SCALE,
  SEQUENCE_CACHE_SIZE,
  TOKEN_CACHE_STORIES,
  VOCAB_FUSE_OPTIONS,
  maxEdits,
} from './options.ts';
import { tokenize, type Token } from './normalize.ts';
import { parseQuery, type QueryWord } from './query.ts';
import type { Range, SearchClient, SearchFacets, SearchHit, SearchOptions, SearchResponse } from './types.ts';

export interface CreateSearchOptions {
  /** URL of `manifest.<hash>.json`; the other files sit beside it. */
  manifestUrl: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

type Fuse = typeof FuseType;

interface LoadedChunk {
  terms: string[];
  data: VocabChunk;
  fuse?: FuseType<string>;
}

interface Postings {
  docs: number[];
  scores: number[];
}

interface LoadedTable {
  days: Int32Array;
  outlets: number[];
}

/** Part of a query a story can cover. */
interface Unit {
  /** Terms any one of which meets the unit, each with its score factor (less for typos). */
  terms: Map<string, number>;
  /** Terms that meet the unit when they stand in this order in the text (a phrase). */
  sequence?: string[];
  /** Quoted: every hit must meet it. */
  required: boolean;
}

interface Candidate {
  doc: number;
  /** Units met. */
  coverage: number;
  score: number;
  /** Units met only if the text shows their sequence. */
  maybe: number[];
}

const EMPTY_POSTINGS: Postings = { docs: [], scores: [] };

const byRelevance = (a: Candidate, b: Candidate): number =>
  b.coverage - a.coverage || b.score - a.score || a.doc - b.doc;

/** A term standing for a query word, and how many typos away it is. */
interface TermMatch {
  term: string;
  edits: number;
}

/** Creates a client over the index at `manifestUrl`; the manifest is fetched at once. */
export function createSearch({
  manifestUrl,
  fetch: fetchFile = (...args) => globalThis.fetch(...args),
}: CreateSearchOptions): SearchClient {
  const base = manifestUrl.slice(0, manifestUrl.lastIndexOf('/') + 1);
  const files = new Map<string, Promise<unknown>>();
  const chunks = new Map<string, Promise<LoadedChunk>>();
  const postingsCache = new Map<string, Promise<Postings>>();
  // Tokenized headline and paragraphs of recently shown stories: highlighting reads them again and again.
  const tokenCache = new Map<number, Token[][]>();
  const tokensOf = (doc: number, texts: readonly string[]): Token[][] => {
    let tokens = tokenCache.get(doc);
    if (!tokens) {
      if (tokenCache.size >= TOKEN_CACHE_STORIES) tokenCache.clear();
      tokenCache.set(doc, (tokens = texts.map((text) => tokenize(text))));
    }
    return tokens;
  };

  const loadJson = <T>(url: string): Promise<T> =>
    memo(files, url, () =>
      fetchFile(url).then(
        (response) => {
          if (!response.ok) throw new SearchIndexError(ERRORS.fetchFailed(url, response.status));
          return response.json();
        },
        (error: unknown) => {
          throw new SearchIndexError(ERRORS.fetchFailed(url, error instanceof Error ? error.message : String(error)));
        },
      ),
    ) as Promise<T>;

  const loadFile = <T>(kind: FileKind, hash: string): Promise<T> => loadJson<T>(base + fileName(kind, hash));

  const getManifest = retryable(() =>
    loadJson<Manifest>(manifestUrl).then((manifest) => {
      if (manifest?.v !== 1) throw new SearchIndexError(ERRORS.badManifest(manifestUrl));
      return manifest;
    }),
  );
  // Start at once; a failure reaches whoever asks next, and is retried then.
  getManifest().catch(() => {});

  const loadTable = retryable(() =>
    getManifest()
      .then((manifest) => loadFile<Table>('table', manifest.table))
      .then((table): LoadedTable => {
        const days = new Int32Array(table.outlets.length);
        let i = 0;
        for (const [day, count] of table.days) days.fill(day, i, (i += count));
        return { days, outlets: table.outlets };
      }),
  );

  function loadChunk(key: string): Promise<LoadedChunk | undefined> {
    return getManifest().then((manifest) => {
      const hash = manifest.vocab[key];
      if (!hash) return undefined;
      return memo(chunks, key, () =>
        loadFile<VocabChunk>('vocab', hash).then((data) => ({ data, terms: data.index.records.map((r) => r.v) })),
      );
    });
  }

  // Fuse.js is needed for typos only: it loads with the first one.
  const loadFuse = retryable((): Promise<Fuse> => import('fuse.js/basic').then((module) => module.default));

  const chunkKeyOf = (term: string) => vocabChunkKey(firstChar(term), term.length);

  async function hasTerm(term: string): Promise<boolean> {
    const chunk = await loadChunk(chunkKeyOf(term));
    return chunk ? termIndex(chunk.terms, term) >= 0 : false;
  }

  /** The vocabulary terms for a query word: itself if indexed, else its nearest spellings. */
  async function resolve(term: string, fuzzy: boolean): Promise<TermMatch[]> {
    const allowed = fuzzy ? maxEdits(term.length) : 0;
    const first = firstChar(term);
    const bands = new Set<number>();
    for (let length = Math.max(1, term.length - allowed); length <= term.length + allowed; length++)
      bands.add(lengthBand(length));
    // All the chunks a typo may need load together, but a word found as typed waits only for its own.
    const loading = [...bands].map((band) => loadChunk(vocabChunkKey(first, bandLength(band))));
    for (const chunk of loading) chunk.catch(() => {});
    const own = await loadChunk(chunkKeyOf(term));
    if (own && termIndex(own.terms, term) >= 0) return [{ term, edits: 0 }];
    if (allowed === 0) return [];
    const loaded = await Promise.all(loading);
    const Fuse = await loadFuse();
    const found: (TermMatch & { score: number })[] = [];
    for (const chunk of loaded) {
      if (!chunk) continue;
      chunk.fuse ??= new Fuse(chunk.terms, VOCAB_FUSE_OPTIONS, Fuse.parseIndex<string>(chunk.data.index));
      for (const { item, score = 1 } of chunk.fuse.search(term)) {
        const edits = editDistance(term, item, allowed);
        if (edits <= allowed) found.push({ term: item, edits, score });
      }
    }
    return found
      .sort((a, b) => a.edits - b.edits || a.score - b.score || (a.term < b.term ? -1 : 1))
      .slice(0, MAX_FUZZY_TERMS)
      .map(({ term: t, edits }) => ({ term: t, edits }));
  }

  // Whether a story's text holds a phrase (`<story> <terms>` → found), once checked.
  const sequenceFound = new Map<string, boolean>();

  // The vocabulary never changes under a client: a word resolves once.
  const resolved = new Map<string, Promise<TermMatch[]>>();
  const resolveOnce = (term: string, fuzzy: boolean) =>
    memo(resolved, `${fuzzy ? '~' : '='}${term}`, () => resolve(term, fuzzy));

  function loadPostings(term: string): Promise<Postings> {
    return memo(postingsCache, term, () =>
      loadChunk(chunkKeyOf(term)).then(async (chunk) => {
        const index = chunk ? termIndex(chunk.terms, term) : -1;
        if (!chunk || index < 0) return { docs: [], scores: [] };
        const shard = chunk.data.starts.findLastIndex((start) => start <= index);
        const file = await loadFile<PostingsShard>('postings', chunk.data.postings[shard] ?? '');
        const [deltas = [], scores = []] = file[term] ?? [];
        let doc = 0;
        return { docs: deltas.map((delta) => (doc += delta)), scores };
      }),
    );
  }

  const loadDoc = (doc: number): Promise<StoryFile> =>
    getManifest().then((manifest) => loadJson<StoryFile>(base + docFileName(doc, manifest.docHash)));

  /** Stories passing the filters, as a predicate on story numbers; the table loads only for a filter. */
  async function filterOf(options: SearchOptions): Promise<(doc: number) => boolean> {
    if (!options.outlet && !options.from && !options.to) return () => true;
    const [manifest, table] = await Promise.all([getManifest(), loadTable()]);
    const outlet = options.outlet === undefined ? -1 : manifest.outlets.findIndex(([name]) => name === options.outlet);
    if (options.outlet && outlet < 0) return () => false;
    const from = options.from ? dayNumber(options.from) : -Infinity;
    const to = options.to ? dayNumber(options.to) : Infinity;
    return (doc) => {
      const day = table.days[doc] ?? 0;
      return (outlet < 0 || table.outlets[doc] === outlet) && day >= from && day <= to;
    };
  }

  async function hitOf(doc: number, score: number, matcher: Matcher | undefined): Promise<SearchHit> {
    const story = await loadDoc(doc);
    const [titleTokens, ...paragraphTokens] = tokensOf(doc, [story.title, ...story.paragraphs]);
    const titleMatches = matcher ? findMatches(story.title, matcher, titleTokens).ranges : [];
    // The best paragraph holds the most query units, then the most matches; the first of equals wins.
    let best: { n: number; text: string; ranges: Range[]; units: number } | undefined;
    for (const [i, text] of matcher ? story.paragraphs.entries() : []) {
      const { ranges, units } = findMatches(text, matcher ?? { terms: new Map(), phrases: [] }, paragraphTokens[i]);
      const better =
        !best || units.size > best.units || (units.size === best.units && ranges.length > best.ranges.length);
      if (ranges.length > 0 && better) best = { n: i + 1, text, ranges, units: units.size };
    }
    const lede = story.paragraphs[0] ?? '';
    const hit: SearchHit = {
      id: story.id,
      url: story.url,
      title: story.title,
      outlet: story.outlet,
      authors: story.authors,
      date: story.date,
      score: score / SCORE_SCALE,
      titleMatches,
      snippet: best ? snippet(best.text, best.ranges) : snippet(lede, []),
      href: best ? paragraphHref(story.url, best.n, best.text, best.ranges) : story.url,
      ...(best ? { paragraph: best.n } : {}),
      ...(story.thread ? { thread: story.thread } : {}),
    };
    return hit;
  }

  async function recent(options: SearchOptions = {}, query = ''): Promise<SearchResponse> {
    const [manifest, passes] = await Promise.all([getManifest(), filterOf(options)]);
    const docs: number[] = [];
    for (let doc = 0; doc < manifest.docs; doc++) if (passes(doc)) docs.push(doc);
    return {
      query,
      total: docs.length,
      hits: await Promise.all(pageOf(docs, options).map((doc) => hitOf(doc, 0, undefined))),
      terms: [],
    };
  }

  /** The query as units a story can cover: free words, adjacent words that also form one term, quoted phrases. */
  async function unitsOf(query: string): Promise<{ units: Unit[]; terms: SearchResponse['terms'] }> {
    const { words: typed, phrases } = parseQuery(query);
    // Most words are spelt as indexed: ask for their postings now rather than after every word is resolved.
    for (const word of typed) loadPostings(word.term).catch(() => {});
    // A hyphenated word (`jong-un`) stands for itself if the archive holds it, else for its parts.
    const held = await Promise.all(typed.map((word) => (word.parts ? hasTerm(word.term) : true)));
    const words: QueryWord[] = typed.flatMap((word, i) =>
      held[i] || !word.parts ? [word] : word.parts.map((part) => ({ input: part, term: part })),
    );
    const [matches, joined, inVocabulary] = await Promise.all([
      Promise.all(words.map((word) => resolveOnce(word.term, !word.parts))),
      Promise.all(words.map((word, i) => hasTerm(word.term + (words[i + 1]?.term ?? '')))),
      Promise.all(
        phrases.map(async (phrase) => (await Promise.all(phrase.map((w) => hasTerm(w.term)))).every(Boolean)),
      ),
    ]);
    const units: Unit[] = [];
    const terms: SearchResponse['terms'] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as QueryWord;
      const next = words[i + 1];
      if (next && joined[i]) {
        // `anti tank` finds what `antitank` and `anti-tank` find: the joined term, or the two words in a row.
        const compound = word.term + next.term;
        const sequence = [word.term, next.term];
        units.push({ terms: new Map([[compound, 1]]), sequence, required: false });
        for (const part of [word, next]) terms.push({ input: part.input, matched: [part.term, compound] });
        i += 1;
      } else {
        const found = matches[i] ?? [];
        units.push({ terms: new Map(found.map(({ term, edits }) => [term, FUZZY_FACTOR ** edits])), required: false });
        terms.push({ input: word.input, matched: found.map(({ term }) => term) });
      }
    }
    phrases.forEach((phrase, p) => {
      const sequence = inVocabulary[p] ? phrase.map((word) => word.term) : [];
      units.push({ terms: new Map(), sequence, required: true });
      for (const word of phrase) terms.push({ input: word.input, matched: inVocabulary[p] ? [word.term] : [] });
    });
    return { units, terms };
  }

  // Answers are pure functions of the query, the options and the (immutable, hashed) index.
  const responses = new Map<string, Promise<SearchResponse>>();
  function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const key = JSON.stringify([
      query,
      options.outlet,
      options.from,
      options.to,
      options.sort,
      options.offset,
      options.limit,
    ]);
    if (!responses.has(key) && responses.size >= RESPONSE_CACHE_SIZE) {
      responses.delete(responses.keys().next().value ?? '');
    }
    return memo(responses, key, () => answer(query, options));
  }

  async function answer(query: string, options: SearchOptions): Promise<SearchResponse> {
    const filtering = filterOf(options);
    filtering.catch(() => {});
    const { units, terms } = await unitsOf(query);
    if (units.length === 0) return recent(options, query);

    const allTerms = [...new Set(units.flatMap((unit) => [...unit.terms.keys(), ...(unit.sequence ?? [])]))];
    const postings = new Map(
      await Promise.all(allTerms.map(async (term) => [term, await loadPostings(term)] as const)),
    );
    const passes = await filtering;

    // Per story and unit: the best outright score, and the summed score and count of the sequence's terms.
    const outright = new Map<number, Float64Array>();
    const sequenceScore = new Map<number, Float64Array>();
    const sequenceCount = new Map<number, Int32Array>();
    const row = <A extends Float64Array | Int32Array>(map: Map<number, A>, doc: number, make: (n: number) => A): A => {
      let values = map.get(doc);
      if (!values) map.set(doc, (values = make(units.length)));
      return values;
    };
    units.forEach((unit, u) => {
      for (const [term, factor] of unit.terms) {
        const { docs, scores } = postings.get(term) ?? EMPTY_POSTINGS;
        docs.forEach((doc, i) => {
          if (!passes(doc)) return;
          const values = row(outright, doc, (n) => new Float64Array(n));
          values[u] = Math.max(values[u] ?? 0, (scores[i] ?? 0) * factor);
        });
      }
      for (const term of new Set(unit.sequence)) {
        const { docs, scores } = postings.get(term) ?? EMPTY_POSTINGS;
        docs.forEach((doc, i) => {
          if (!passes(doc)) return;
          const sums = row(sequenceScore, doc, (n) => new Float64Array(n));
          sums[u] = (sums[u] ?? 0) + (scores[i] ?? 0);
          const counts = row(sequenceCount, doc, (n) => new Int32Array(n));
          counts[u] = (counts[u] ?? 0) + 1;
        });
      }
    });

    // A unit is met outright, maybe (its sequence's terms are all there; the text decides), or not.
    const candidates: Candidate[] = [];
    for (const doc of new Set([...outright.keys(), ...sequenceCount.keys()])) {
      const candidate: Candidate = { doc, coverage: 0, score: 0, maybe: [] };
      let possible = true;
      units.forEach((unit, u) => {
        const direct = outright.get(doc)?.[u] ?? 0;
        const sequence = unit.sequence ?? [];
        const complete = sequence.length > 0 && (sequenceCount.get(doc)?.[u] ?? 0) >= new Set(sequence).size;
        if (direct > 0) {
          candidate.coverage += 1;
          candidate.score += direct;
        } else if (complete) {
          candidate.coverage += 1;
          candidate.score += sequenceScore.get(doc)?.[u] ?? 0;
          candidate.maybe.push(u);
        } else if (unit.required) possible = false;
      });
      if (possible && candidate.coverage > 0) candidates.push(candidate);
    }
    candidates.sort(byRelevance);

    // Check sequences in the text, best candidates first, up to a bound.
    const uncertain = candidates.filter(({ maybe }) => maybe.length > 0);
    const checked = new Set(uncertain.slice(0, PHRASE_MAX_CANDIDATES));
    await Promise.all(
      [...checked].map(async (candidate) => {
        const keyOf = (u: number) => `${candidate.doc} ${units[u]?.sequence?.join(' ')}`;
        const unknown = candidate.maybe.filter((u) => !sequenceFound.has(keyOf(u)));
        if (unknown.length > 0) {
          const story = await loadDoc(candidate.doc);
          const texts = [story.title, ...story.paragraphs];
          const sequences: Matcher = {
            terms: new Map(),
            phrases: unknown.map((u) => ({ unit: u, terms: units[u]?.sequence ?? [] })),
          };
          const found = new Set<number>();
          tokensOf(candidate.doc, texts).forEach((tokens, i) =>
            findMatches(texts[i] ?? '', sequences, tokens).units.forEach((u) => found.add(u)),
          );
          if (sequenceFound.size >= SEQUENCE_CACHE_SIZE) sequenceFound.clear();
          for (const u of unknown) sequenceFound.set(keyOf(u), found.has(u));
        }
        candidate.maybe = candidate.maybe.filter((u) => !sequenceFound.get(keyOf(u)));
      }),
    );
    const verified = candidates.filter((candidate) => {
      if (candidate.maybe.length === 0) return true;
      if (!checked.has(candidate)) return false;
      if (candidate.maybe.some((u) => units[u]?.required)) return false;
      candidate.coverage -= candidate.maybe.length;
      return candidate.coverage > 0;
    });

    // Stories with the most units; with all of them whenever any story has them all.
    const best = Math.max(0, ...verified.map(({ coverage }) => coverage));
    const matched = verified
      .filter(({ coverage }) => coverage === best)
      .sort(options.sort === 'date' ? (a, b) => a.doc - b.doc : byRelevance);
    const termUnits = new Map<string, number[]>();
    units.forEach((unit, u) =>
      unit.terms.forEach((_, term) => termUnits.set(term, [...(termUnits.get(term) ?? []), u])),
    );
    const matcher: Matcher = {
      terms: termUnits,
      phrases: units.flatMap((unit, u) => (unit.sequence?.length ? [{ unit: u, terms: unit.sequence }] : [])),
    };
    const hits = await Promise.all(pageOf(matched, options).map(({ doc, score }) => hitOf(doc, score, matcher)));
    return { query, total: matched.length, hits, terms };
  }

  async function facets(): Promise<SearchFacets> {
    const manifest = await getManifest();
    return {
      outlets: manifest.outlets.map(([name, count]) => ({ name, count })),
      firstDate: manifest.first,
      lastDate: manifest.last,
    };
  }

  return { search, recent: (options) => recent(options), facets };
}

/** The hits from `options.offset` on, at most `options.limit` of them. */
function pageOf<T>(ranked: readonly T[], { offset = 0, limit = DEFAULT_LIMIT }: SearchOptions): T[] {
  return ranked.slice(offset, offset + limit);
}

/** Position of `term` in the sorted `terms`, or -1. */
function termIndex(terms: readonly string[], term: string): number {
  let low = 0;
  let high = terms.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const value = terms[mid] ?? '';
    if (value === term) return mid;
    if (value < term) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

/** A length that falls in `band`. */
function bandLength(band: number): number {
  let length = 1;
  while (lengthBand(length) < band) length++;
  return length;
}

/** The cached promise for `key`, made on first ask; a rejected one is dropped so the next ask retries. */
function memo<K, T>(cache: Map<K, Promise<T>>, key: K, make: () => Promise<T>): Promise<T> {
  let promise = cache.get(key);
  if (!promise) {
    promise = make();
    promise.catch(() => cache.delete(key));
    cache.set(key, promise);
  }
  return promise;
}

/** `make()` once, again only after it fails. */
function retryable<T>(make: () => Promise<T>): () => Promise<T> {
  const cache = new Map<0, Promise<T>>();
  return () => memo(cache, 0, make);
}
