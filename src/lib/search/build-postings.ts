/**
 * The postings half of the index build: every term of every story, scored
 * for BM25F once per build (title, byline, outlet and body weighted by
 * `FIELD_WEIGHTS`), in one pass over typed arrays.
 */
import { KNOWN_OUTLETS } from '../outlets.ts';
import { placeOf } from './lede.ts';
import { forEachTerm } from './normalize.ts';
import { BM25, FIELD_WEIGHTS, PROPER_NOUN_SHARE, SCORE_SCALE } from './options.ts';
import type { SearchDocument } from './types.ts';

type Field = keyof typeof FIELD_WEIGHTS;
const FIELDS = Object.keys(FIELD_WEIGHTS) as Field[];
const BODY = FIELDS.indexOf('body');

/** What the stories' words come to: postings and, per term, whether it is mostly written with a capital. */
export interface ScoredTerms {
  /** Term → `[story numbers ascending, BM25F scores as integers, where it stands in each story (see `lede.ts`)]`. */
  postings: Map<string, [number[], number[], string]>;
  /** Terms written with a capital in at least `PROPER_NOUN_SHARE` of their occurrences (names). */
  names: Set<string>;
}

/** Scores every term of `stories` (in story order) for BM25F over the fields of `FIELD_WEIGHTS`. */
export function scoreTerms(stories: readonly SearchDocument[]): ScoredTerms {
  const fieldCount = FIELDS.length;
  // Terms are numbered as first seen, so that counting a word costs one map lookup and array increments.
  const termIds = new Map<string, number>();
  let storyCounts = new Int32Array(4096 * fieldCount);
  let lastSeen = new Int32Array(4096).fill(-1);
  let occurrences = new Int32Array(4096);
  let capitals = new Int32Array(4096);
  // The last story whose lede (first paragraph) held each term.
  let ledeSeen = new Int32Array(4096).fill(-1);
  let inLede = false;
  const seen: number[] = [];
  // Every (term, story) pair in story order, in typed arrays rather than millions of small JS arrays.
  const entries = {
    terms: new Int32Array(1 << 16),
    stories: new Int32Array(1 << 16),
    counts: new Int32Array(fieldCount << 16),
    lede: new Int32Array(1 << 16),
  };
  let used = 0;
  const lengths: number[][] = [];
  let story = 0;
  let field = 0;
  const visit = (term: string, capitalized: boolean): void => {
    let id = termIds.get(term);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(term, id);
      if (id >= lastSeen.length) {
        storyCounts = grown(storyCounts, storyCounts.length * 2);
        lastSeen = grown(lastSeen, lastSeen.length * 2).fill(-1, lastSeen.length);
        occurrences = grown(occurrences, lastSeen.length);
        capitals = grown(capitals, lastSeen.length);
        ledeSeen = grown(ledeSeen, lastSeen.length).fill(-1, ledeSeen.length);
      }
    }
    if (inLede) ledeSeen[id] = story;
    occurrences[id] = (occurrences[id] ?? 0) + 1;
    if (capitalized) capitals[id] = (capitals[id] ?? 0) + 1;
    if (lastSeen[id] !== story) {
      lastSeen[id] = story;
      seen.push(id);
    }
    const slot = id * fieldCount + field;
    storyCounts[slot] = (storyCounts[slot] ?? 0) + 1;
  };
  for (; story < stories.length; story++) {
    const doc = stories[story] as SearchDocument;
    const texts: Record<Field, readonly string[]> = {
      title: [doc.title],
      authors: doc.authors,
      outlet: outletTexts(doc.outlet),
      body: doc.paragraphs,
    };
    const docLengths: number[] = [];
    for (field = 0; field < fieldCount; field++) {
      let length = 0;
      texts[FIELDS[field] as Field].forEach((text, i) => {
        inLede = field === BODY && i === 0;
        length += forEachTerm(text, visit);
      });
      inLede = false;
      docLengths.push(length);
    }
    lengths.push(docLengths);
    if (used + seen.length > entries.terms.length) {
      const size = Math.max(entries.terms.length * 2, used + seen.length);
      entries.terms = grown(entries.terms, size);
      entries.stories = grown(entries.stories, size);
      entries.counts = grown(entries.counts, size * fieldCount);
      entries.lede = grown(entries.lede, size);
    }
    for (const id of seen) {
      entries.terms[used] = id;
      entries.stories[used] = story;
      entries.lede[used] = ledeSeen[id] === story ? 1 : 0;
      for (let f = 0, slot = id * fieldCount; f < fieldCount; f++, slot++) {
        entries.counts[used * fieldCount + f] = storyCounts[slot] ?? 0;
        storyCounts[slot] = 0;
      }
      used += 1;
    }
    seen.length = 0;
  }

  const averages = FIELDS.map((_, f) => lengths.reduce((sum, l) => sum + (l[f] ?? 0), 0) / (stories.length || 1) || 1);
  // Per story and field: weight / BM25 length normalization, the same for every term.
  const factors = new Float64Array(stories.length * fieldCount);
  lengths.forEach((docLengths, i) =>
    FIELDS.forEach((name, f) => {
      factors[i * fieldCount + f] =
        FIELD_WEIGHTS[name] / (1 - BM25.b + (BM25.b * (docLengths[f] ?? 0)) / (averages[f] ?? 1));
    }),
  );

  // Group the pairs by term, keeping story order (a counting sort).
  const starts = new Int32Array(termIds.size + 1);
  for (let e = 0; e < used; e++) {
    const slot = (entries.terms[e] ?? 0) + 1;
    starts[slot] = (starts[slot] ?? 0) + 1;
  }
  for (let t = 0; t < termIds.size; t++) starts[t + 1] = (starts[t + 1] ?? 0) + (starts[t] ?? 0);
  const next = starts.slice(0, termIds.size);
  const order = new Int32Array(used);
  for (let e = 0; e < used; e++) {
    const t = entries.terms[e] ?? 0;
    order[next[t] ?? 0] = e;
    next[t] = (next[t] ?? 0) + 1;
  }

  const postings = new Map<string, [number[], number[], string]>();
  const names = new Set<string>();
  for (const [term, id] of termIds) {
    if ((capitals[id] ?? 0) >= PROPER_NOUN_SHARE * (occurrences[id] ?? 1)) names.add(term);
    const from = starts[id] ?? 0;
    const df = (starts[id + 1] ?? 0) - from;
    const idf = Math.log(1 + (stories.length - df + 0.5) / (df + 0.5));
    const docs = new Array<number>(df);
    const scores = new Array<number>(df);
    const places = new Array<string>(df);
    for (let j = 0; j < df; j++) {
      const e = order[from + j] ?? 0;
      const doc = entries.stories[e] ?? 0;
      let tf = 0;
      for (let f = 0; f < fieldCount; f++) {
        tf += (factors[doc * fieldCount + f] ?? 0) * (entries.counts[e * fieldCount + f] ?? 0);
      }
      docs[j] = doc;
      scores[j] = Math.max(1, Math.round(((idf * tf) / (BM25.k1 + tf)) * SCORE_SCALE));
      places[j] = placeOf(entries.lede[e] === 1, (entries.counts[e * fieldCount + BODY] ?? 0) > 0);
    }
    postings.set(term, [docs, scores, places.join('')]);
  }
  return { postings, names };
}

/** An outlet as searched: its name and the one-word short names the outlets module knows (`nyt`). */
function outletTexts(outlet: string): string[] {
  const known = KNOWN_OUTLETS.find(({ name }) => name === outlet);
  return [outlet, ...(known?.aliases.filter((alias) => !alias.includes(' ')) ?? [])];
}

/** A copy of `array` with room for `size` values. */
function grown(array: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(size);
  copy.set(array);
  return copy;
}
