import { contentTerms, foldQuotes, keys } from './normalize.ts';
import { splitSentences } from './sentences.ts';
import { wordDiff, type WordDiff } from './word-diff.ts';

/** One sentence of a story, located by its paragraph. */
export interface Passage {
  /** 1-based paragraph number: the story page's anchor `#p<n>`. */
  paragraph: number;
  text: string;
}

/**
 * Two passages, one from each story, that tell the same thing.
 * `quote`: both carry the same quotation; `wording`: near-identical words;
 * `paraphrase`: the same fact in each outlet's own words.
 */
export interface SharedPassage {
  kind: 'quote' | 'wording' | 'paraphrase';
  a: Passage;
  b: Passage;
  diff: WordDiff;
  /**
   * Weighted content-word cosine (0–1) that aligned them; for a second
   * partner (see `secondPartners`), its cosine with the rest of the longer sentence.
   */
  score: number;
}

/** What two stories share, passage by passage, and what each tells alone. */
export interface Comparison {
  /** In the order of the first story. */
  shared: SharedPassage[];
  onlyA: Passage[];
  onlyB: Passage[];
}

/**
 * Two sentences are aligned when the weighted cosine of their content words
 * (see `weightedCosine`) is at least this. Measured on the real pair: the
 * sentences that retell one fact score 0.52–0.69; the closest unrelated pair
 * (two different Kirby statements) scores 0.26.
 */
export const PASSAGE_THRESHOLD = 0.3;
/** A quotation counts as shared when at least this share of its words recur, in order, in the other story's. */
export const QUOTE_THRESHOLD = 0.8;
/** Quotations shorter than this many words ("full support") are too common to prove a shared source. */
export const MIN_QUOTE_WORDS = 4;
/** Aligned sentences with at least this share of words in common, in order, are "near-identical wording". */
export const WORDING_THRESHOLD = 0.6;

/** The sentences of a story's paragraphs, each with its paragraph number. */
export function passagesOf(paragraphs: readonly string[]): Passage[] {
  return paragraphs.flatMap((paragraph, index) =>
    splitSentences(paragraph).map((text) => ({ paragraph: index + 1, text })),
  );
}

/** The quotations in a sentence ("…" or "..."), as word-key sequences, long enough to count. */
function quotations(text: string): string[][] {
  return [...foldQuotes(text).matchAll(/"([^"]+)"/g)]
    .map((match) => keys(match[1] ?? ''))
    .filter((quote) => quote.length >= MIN_QUOTE_WORDS);
}

function sharesQuote(a: string[][], b: string[][]): boolean {
  return a.some((qa) => b.some((qb) => wordDiff(qa.join(' '), qb.join(' ')).ratio >= QUOTE_THRESHOLD));
}

/**
 * Cosine similarity of two sentences' content-word sets, each word weighted by
 * its rarity among the sentences of both stories, ln(1 + N / df): in two
 * stories about Kim and Putin, "Kim" says nothing about which sentence is
 * which, "letters" or "Vladivostok" says a lot.
 */
function weightedCosine(a: Set<string>, b: Set<string>, weight: (term: string) => number): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const term of a) {
    const w = weight(term) ** 2;
    na += w;
    if (b.has(term)) dot += w;
  }
  for (const term of b) nb += weight(term) ** 2;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/**
 * Aligns two stories sentence by sentence. Sentences that carry the same
 * quotation are paired first; the rest are paired greedily, best score
 * first, one to one, down to `PASSAGE_THRESHOLD`. Then a sentence left over
 * may join a pair as a second partner of the other story's sentence (see
 * `secondPartners`): one outlet often splits into two sentences what the
 * other says in one. Every pair gets a word diff (in order for quotations
 * and near-identical wording, as sets of words for paraphrases); sentences
 * left unpaired are what each story tells alone.
 */
export function compareStories(aParagraphs: readonly string[], bParagraphs: readonly string[]): Comparison {
  const a = passagesOf(aParagraphs);
  const b = passagesOf(bParagraphs);
  const aTerms = a.map((p) => new Set(contentTerms(p.text)));
  const bTerms = b.map((p) => new Set(contentTerms(p.text)));
  const df = new Map<string, number>();
  for (const terms of [...aTerms, ...bTerms]) for (const term of terms) df.set(term, (df.get(term) ?? 0) + 1);
  const sentenceCount = a.length + b.length;
  const weight = (term: string) => Math.log(1 + sentenceCount / (df.get(term) ?? 1));
  const aQuotes = a.map((p) => quotations(p.text));
  const bQuotes = b.map((p) => quotations(p.text));

  const candidates: (Match & { quote: boolean })[] = [];
  a.forEach((_, i) =>
    b.forEach((_, j) => {
      const score = weightedCosine(aTerms[i] ?? new Set(), bTerms[j] ?? new Set(), weight);
      const quote = sharesQuote(aQuotes[i] ?? [], bQuotes[j] ?? []);
      if (quote || score >= PASSAGE_THRESHOLD) candidates.push({ i, j, score, quote });
    }),
  );
  candidates.sort((x, y) => Number(y.quote) - Number(x.quote) || y.score - x.score || x.i - y.i || x.j - y.j);

  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matches: (Match & { quote: boolean })[] = [];
  for (const candidate of candidates) {
    if (usedA.has(candidate.i) || usedB.has(candidate.j)) continue;
    usedA.add(candidate.i);
    usedB.add(candidate.j);
    matches.push(candidate);
  }
  for (const { joins, ...extra } of secondPartners(matches, { a: aTerms, b: bTerms }, { a: usedA, b: usedB }, weight)) {
    if (joins === 'a') usedA.add(extra.i);
    else usedB.add(extra.j);
    matches.push({ ...extra, quote: false });
  }
  matches.sort((x, y) => x.i - y.i || x.j - y.j);

  const shared: SharedPassage[] = [];
  for (const { i, j, score, quote } of matches) {
    const pa = a[i];
    const pb = b[j];
    if (!pa || !pb) continue;
    const ordered = wordDiff(pa.text, pb.text);
    const kind = quote ? 'quote' : ordered.ratio >= WORDING_THRESHOLD ? 'wording' : 'paraphrase';
    // A paraphrase reorders the facts; marking by position would flag words both carry.
    const diff = kind === 'paraphrase' ? wordDiff(pa.text, pb.text, false) : ordered;
    shared.push({ kind, a: pa, b: pb, diff, score });
  }
  return {
    shared,
    onlyA: a.filter((_, i) => !usedA.has(i)),
    onlyB: b.filter((_, j) => !usedB.has(j)),
  };
}

/** A pair of sentence indexes (`i` in story A, `j` in story B) and its score. */
interface Match {
  i: number;
  j: number;
  score: number;
}

/**
 * Unpaired sentences that retell what a paired sentence says beyond its
 * partner: "Putin and Kim could meet" and "Kim plans to discuss supplying
 * weaponry" are one outlet's two sentences for the other's one. Such a
 * sentence scores low against the long sentence as a whole (most of it is
 * the first partner's part), so it is scored against the remainder: the
 * long sentence's words its first partner lacks. It joins when that score
 * is at least `PASSAGE_THRESHOLD` and the two partners together are closer
 * to the long sentence than the first alone, which a sentence that merely
 * shares a name with it is not. Best first; a sentence gets at most one
 * second partner, and a sentence joins at most one pair. `joins` names the
 * story of the sentence that joins.
 */
function secondPartners(
  pairs: readonly Match[],
  terms: Record<'a' | 'b', Set<string>[]>,
  used: Record<'a' | 'b', ReadonlySet<number>>,
  weight: (term: string) => number,
): (Match & { joins: 'a' | 'b' })[] {
  const found: (Match & { joins: 'a' | 'b' })[] = [];
  for (const pair of pairs) {
    for (const joins of ['a', 'b'] as const) {
      const long = joins === 'b' ? terms.a[pair.i] : terms.b[pair.j];
      const first = joins === 'b' ? terms.b[pair.j] : terms.a[pair.i];
      if (!long || !first) continue;
      const remainder = new Set([...long].filter((term) => !first.has(term)));
      terms[joins].forEach((own, index) => {
        if (used[joins].has(index)) return;
        const score = weightedCosine(own, remainder, weight);
        const together = weightedCosine(long, new Set([...first, ...own]), weight);
        if (score < PASSAGE_THRESHOLD || together <= pair.score) return;
        found.push(joins === 'b' ? { i: pair.i, j: index, score, joins } : { i: index, j: pair.j, score, joins });
      });
    }
  }
  found.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const taken = new Set<string>();
  return found.filter(({ i, j, joins }) => {
    const [joiner, long] = joins === 'b' ? [`b${j}`, `a${i}`] : [`a${i}`, `b${j}`];
    if (taken.has(joiner) || taken.has(long)) return false;
    taken.add(joiner);
    taken.add(long);
    return true;
  });
}
