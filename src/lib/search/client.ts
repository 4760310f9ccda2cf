/**
 * The browser side of search: answers `search`, `recent` and `facets` (see
 * `types.ts`) over the index files, which `loader.ts` fetches as a query
 * needs them. A query becomes units (`query.ts`, `resolve.ts`), units become
 * ranked stories (`rank.ts`), and the stories shown become hits (`hits.ts`).
 */
import { createHitBuilder } from './hits.ts';
import type { Matcher } from './highlight.ts';
import { ledeSuffices } from './lede.ts';
import { createLoader, filterOf, memo, placeIn, type Postings } from './loader.ts';
import { DEFAULT_LIMIT, MATCH_KINDS, PHRASE_MAX_CANDIDATES, RESPONSE_CACHE_SIZE } from './options.ts';
import { parseQuery, type QueryWord } from './query.ts';
import { candidatesOf, docsHolding, selectMatches, settleSequences, type Candidate, type Unit } from './rank.ts';
import { createResolver, type Resolution } from './resolve.ts';
import type { SearchClient, SearchFacets, SearchMatches, SearchOptions, SearchResponse } from './types.ts';

export interface CreateSearchOptions {
  /** URL of `manifest.<hash>.json`; the other files sit beside it. */
  manifestUrl: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
}

/** The query as units, what each word matched, and what to tell the reader about corrections. */
interface ReadQuery {
  units: Unit[];
  excluded: string[];
  terms: SearchResponse['terms'];
  corrected?: SearchResponse['corrected'];
  suggestions?: string[];
}

/** Creates a client over the index at `manifestUrl`; the manifest is fetched at once. */
export function createSearch({
  manifestUrl,
  fetch: fetchFile = (...args) => globalThis.fetch(...args),
}: CreateSearchOptions): SearchClient {
  const loader = createLoader(manifestUrl, fetchFile);
  const resolver = createResolver(loader);
  const hits = createHitBuilder(loader);

  async function recent(options: SearchOptions = {}, query = ''): Promise<SearchResponse> {
    const [manifest, passes] = await Promise.all([loader.manifest(), filterOf(loader, options)]);
    const docs: number[] = [];
    for (let doc = 0; doc < manifest.docs; doc++) if (passes(doc)) docs.push(doc);
    return {
      query,
      total: docs.length,
      hits: await Promise.all(pageOf(docs, options).map((doc) => hits.hitOf(doc, 0, undefined))),
      terms: [],
    };
  }

  /** Free words, adjacent words that also form one term, `OR` groups, quoted phrases; excluded words' terms. */
  async function readQuery(query: string): Promise<ReadQuery> {
    const parsed = parseQuery(query);
    // Most words are spelt as indexed: ask for their postings now rather than after every word is resolved.
    for (const word of parsed.words) loader.postings(word.term).catch(() => {});
    // A hyphenated word (`jong-un`) stands for itself if the archive holds it, else for its parts.
    const held = await Promise.all(parsed.words.map((word) => (word.parts ? loader.hasTerm(word.term) : true)));
    const words: QueryWord[] = parsed.words.flatMap((word, i) =>
      held[i] || !word.parts
        ? [word]
        : word.parts.map((part, p, parts) => ({
            input: part,
            term: part,
            ...(p === 0 && word.or ? { or: true } : {}),
            ...(p === parts.length - 1 && word.prefix ? { prefix: true } : {}),
          })),
    );
    const [resolutions, joined, inVocabulary, excluded] = await Promise.all([
      Promise.all(words.map((word) => resolver.resolve(word))),
      Promise.all(
        words.map((word, i) => {
          const next = words[i + 1];
          return next && !next.or && !words[i + 2]?.or ? loader.hasTerm(word.term + next.term) : false;
        }),
      ),
      Promise.all(
        parsed.phrases.map(async (phrase) =>
          (await Promise.all(phrase.map((w) => loader.hasTerm(w.term)))).every(Boolean),
        ),
      ),
      Promise.all(parsed.excluded.map((word) => resolver.resolve(word, false))),
    ]);
    const units: Unit[] = [];
    const terms: SearchResponse['terms'] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as QueryWord;
      const next = words[i + 1];
      if (next && joined[i]) {
        // `anti tank` finds what `antitank` and `anti-tank` find: the joined term, or the two words in a row.
        const compound = word.term + next.term;
        units.push({
          terms: new Map([[compound, MATCH_KINDS.exact]]),
          sequence: [word.term, next.term],
          required: false,
        });
        for (const part of [word, next]) terms.push({ input: part.input, matched: [part.term, compound] });
        i += 1;
        continue;
      }
      const { matches } = resolutions[i] as Resolution;
      const unitTerms = new Map(matches.map(({ term, kind }) => [term, MATCH_KINDS[kind]]));
      const previous = units.at(-1);
      if (word.or && previous && !previous.sequence) {
        for (const [term, kind] of unitTerms)
          if (!previous.terms.has(term)) (previous.terms as Map<string, typeof kind>).set(term, kind);
      } else units.push({ terms: unitTerms, required: false });
      terms.push({ input: word.input, matched: matches.map(({ term }) => term) });
    }
    parsed.phrases.forEach((phrase, p) => {
      const sequence = inVocabulary[p] ? phrase.map((word) => word.term) : [];
      units.push({ terms: new Map(), sequence, required: true });
      for (const word of phrase) terms.push({ input: word.input, matched: inVocabulary[p] ? [word.term] : [] });
    });
    return {
      units,
      excluded: excluded.flatMap((resolution) => resolution.matches.map(({ term }) => term)),
      terms,
      ...correctionsOf(query, words, resolutions),
    };
  }

  // Answers are pure functions of the query, the options and the (immutable, hashed) index.
  const responses = new Map<string, Promise<SearchResponse>>();
  function search(query: string, options: SearchOptions = {}): Promise<SearchResponse> {
    const key = JSON.stringify([
      query,
      options.outlet,
      options.author,
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

  /** The stories the read query matches under the filters, ranked (`rank.ts`). */
  async function ranked(
    read: ReadQuery,
    filtering: Promise<(doc: number) => boolean>,
    sort: SearchOptions['sort'],
  ): Promise<ReturnType<typeof selectMatches> & { postings: ReadonlyMap<string, Postings> }> {
    const { units } = read;
    const allTerms = [
      ...new Set([...units.flatMap((unit) => [...unit.terms.keys(), ...(unit.sequence ?? [])]), ...read.excluded]),
    ];
    const postings = new Map<string, Postings>(
      await Promise.all(allTerms.map(async (term) => [term, await loader.postings(term)] as const)),
    );
    const passes = await filtering;
    const candidates = candidatesOf(units, postings, passes, docsHolding(read.excluded, postings));

    // Check sequences in the text, best candidates first, up to a bound; the rest cannot be shown.
    const checked = new Map<Candidate, Set<number>>();
    const uncertain = candidates.filter(({ maybe }) => maybe.length > 0).slice(0, PHRASE_MAX_CANDIDATES);
    await Promise.all(
      uncertain.map(async (candidate) => {
        const sequences = new Map(candidate.maybe.map((u) => [u, units[u]?.sequence ?? []] as const));
        checked.set(candidate, await hits.sequencesFound(candidate.doc, sequences));
      }),
    );
    const verified = settleSequences(candidates, units, (candidate, u) => checked.get(candidate)?.has(u));
    return { ...selectMatches(verified, units.length, sort), postings };
  }

  async function answer(query: string, options: SearchOptions): Promise<SearchResponse> {
    const filtering = filterOf(loader, options);
    filtering.catch(() => {});
    const read = await readQuery(query);
    const { units, terms } = read;
    if (units.length === 0) return { ...(await recent(options, query)), terms };
    const { matched, partial, postings } = await ranked(read, filtering, options.sort);

    const termUnits = new Map<string, number[]>();
    units.forEach((unit, u) =>
      unit.terms.forEach((_, term) => termUnits.set(term, [...(termUnits.get(term) ?? []), u])),
    );
    const matcher: Matcher = {
      terms: termUnits,
      phrases: units.flatMap((unit, u) => (unit.sequence?.length ? [{ unit: u, terms: unit.sequence }] : [])),
    };
    const shown = await Promise.all(
      pageOf(matched, options).map(({ doc, score }) => {
        const place = (term: string) => {
          const held = postings.get(term);
          return held && placeIn(held, doc);
        };
        return hits.hitOf(doc, score, matcher, ledeSuffices(units, place) ? 'lede' : 'story');
      }),
    );
    return {
      query,
      total: matched.length,
      hits: shown,
      terms,
      ...(partial ? { partial } : {}),
      ...(read.corrected ? { corrected: read.corrected } : {}),
      ...(read.suggestions ? { suggestions: read.suggestions } : {}),
    };
  }

  /** Every story the query matches, unfiltered, read from the story table (see `SearchClient.matches`). */
  async function matches(query: string): Promise<SearchMatches> {
    const [manifest, table, read] = await Promise.all([loader.manifest(), loader.table(), readQuery(query)]);
    const docs =
      read.units.length === 0
        ? Array.from({ length: manifest.docs }, (_, doc) => doc)
        : (
            await ranked(
              read,
              Promise.resolve(() => true),
              'relevance',
            )
          ).matched.map(({ doc }) => doc);
    const outletNames = manifest.outlets.map(([name]) => name);
    return {
      query,
      stories: docs.map((doc) => ({
        date: isoDayOf(table.days[doc] ?? 0),
        outlet: outletNames[table.outlets[doc] ?? -1] ?? '',
        authors: (table.authors[doc] ?? []).map((author) => table.authorNames[author]?.[0] ?? ''),
      })),
      outlets: outletNames.map((name, i) => ({ name, slug: manifest.outletSlugs?.[i] ?? '' })),
      authors: table.authorNames.map(([name, slug]) => ({ name, slug })),
    };
  }
  const matchCache = new Map<string, Promise<SearchMatches>>();

  async function facets(): Promise<SearchFacets> {
    const manifest = await loader.manifest();
    return {
      outlets: manifest.outlets.map(([name, count], i) => ({
        name,
        count,
        ...(manifest.outletSlugs?.[i] ? { slug: manifest.outletSlugs[i] } : {}),
      })),
      firstDate: manifest.first,
      lastDate: manifest.last,
    };
  }

  return {
    search,
    recent: (options) => recent(options),
    facets,
    matches: (query) => memo(matchCache, query, () => matches(query)),
  };
}

/**
 * The corrected query and the query as typed, when a word was corrected;
 * the queries to offer, when a word matched nothing but has close spellings.
 */
function correctionsOf(
  query: string,
  words: readonly QueryWord[],
  resolutions: readonly Resolution[],
): Pick<ReadQuery, 'corrected' | 'suggestions'> {
  const replaced = (pick: (word: QueryWord, resolution: Resolution) => string | undefined): string | undefined => {
    let out = '';
    let at = 0;
    let changed = false;
    words.forEach((word, i) => {
      const replacement = pick(word, resolutions[i] as Resolution);
      const found = query.indexOf(word.input, at);
      if (replacement === undefined || found < 0) return;
      out += query.slice(at, found) + replacement;
      at = found + word.input.length;
      changed = true;
    });
    return changed ? out + query.slice(at) : undefined;
  };
  const correctedQuery = replaced((_, resolution) => resolution.corrected);
  const asTyped = replaced((word, resolution) => (resolution.corrected ? `"${word.input}"` : undefined));
  const unknown = words.findIndex((_, i) => resolutions[i]?.matches.length === 0 && resolutions[i]?.suggestions.length);
  const suggestions =
    unknown < 0
      ? undefined
      : (resolutions[unknown]?.suggestions ?? []).map(
          (suggestion) =>
            replaced((_, resolution) => (resolution === resolutions[unknown] ? suggestion : undefined)) ?? suggestion,
        );
  return {
    ...(correctedQuery && asTyped ? { corrected: { query: correctedQuery.trim(), asTyped: asTyped.trim() } } : {}),
    ...(suggestions?.length ? { suggestions: suggestions.map((s) => s.trim()) } : {}),
  };
}

/** The hits from `options.offset` on, at most `options.limit` of them. */
function pageOf<T>(ranked: readonly T[], { offset = 0, limit = DEFAULT_LIMIT }: SearchOptions): T[] {
  return ranked.slice(offset, offset + limit);
}

/** `YYYY-MM-DD` of a day number (days since 1970-01-01, as the table holds them). */
const isoDayOf = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);
