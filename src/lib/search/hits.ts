/**
 * What a result shows, built from the story's own file: the headline's and
 * the best paragraph's matches, the snippet and the link into the story; and
 * the text checks of phrases that postings alone cannot settle.
 */
import { findMatches, paragraphHref, snippet, type Matcher } from './highlight.ts';
import type { IndexLoader } from './loader.ts';
import { tokenize, type Token } from './normalize.ts';
import { SCORE_SCALE, SEQUENCE_CACHE_SIZE, TOKEN_CACHE_STORIES } from './options.ts';
import type { Range, SearchHit } from './types.ts';

/** Which of a story's files a hit is built from: the whole story, or its lede file when that shows the same (`lede.ts`). */
export type StoryPart = 'story' | 'lede';

export interface HitBuilder {
  /**
   * The hit for story `doc`, highlighted by `matcher` (none: the story's lede, as for recent stories),
   * read from `part` of the story.
   */
  hitOf(doc: number, score: number, matcher: Matcher | undefined, part?: StoryPart): Promise<SearchHit>;
  /** Which of `sequences` (unit → terms in order) story `doc` shows in its headline or paragraphs. */
  sequencesFound(doc: number, sequences: ReadonlyMap<number, readonly string[]>): Promise<Set<number>>;
}

export function createHitBuilder(loader: IndexLoader): HitBuilder {
  // Tokenized headline and paragraphs of recently shown stories: highlighting reads them again and again.
  const tokenCache = new Map<string, Token[][]>();
  const tokensOf = (doc: number, part: StoryPart, texts: readonly string[]): Token[][] => {
    const key = `${part} ${doc}`;
    let tokens = tokenCache.get(key);
    if (!tokens) {
      if (tokenCache.size >= TOKEN_CACHE_STORIES) tokenCache.clear();
      tokenCache.set(key, (tokens = texts.map((text) => tokenize(text))));
    }
    return tokens;
  };
  // `<story> <terms>` → whether the story's text holds that sequence, once checked.
  const sequenceFound = new Map<string, boolean>();

  async function hitOf(
    doc: number,
    score: number,
    matcher: Matcher | undefined,
    part: StoryPart = matcher ? 'story' : 'lede',
  ): Promise<SearchHit> {
    const story = await (part === 'lede' ? loader.lede(doc) : loader.story(doc));
    const [titleTokens, ...paragraphTokens] = tokensOf(doc, part, [story.title, ...story.paragraphs]);
    const titleMatches = matcher ? findMatches(story.title, matcher, titleTokens).ranges : [];
    // The best paragraph is the first holding the most query units: the lede whenever it holds every unit
    // the body holds, so a lede file (`lede.ts`) shows the same snippet as the whole story.
    let best: { n: number; text: string; ranges: Range[]; units: number } | undefined;
    for (const [i, text] of matcher ? story.paragraphs.entries() : []) {
      const { ranges, units } = findMatches(text, matcher ?? { terms: new Map(), phrases: [] }, paragraphTokens[i]);
      if (ranges.length > 0 && (!best || units.size > best.units)) best = { n: i + 1, text, ranges, units: units.size };
    }
    const lede = story.paragraphs[0] ?? '';
    return {
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
      ...(story.extra === undefined ? {} : { extra: story.extra }),
    };
  }

  async function sequencesFound(doc: number, sequences: ReadonlyMap<number, readonly string[]>): Promise<Set<number>> {
    const keyOf = (u: number) => `${doc} ${sequences.get(u)?.join(' ')}`;
    const unknown = [...sequences.keys()].filter((u) => !sequenceFound.has(keyOf(u)));
    if (unknown.length > 0) {
      const story = await loader.story(doc);
      const texts = [story.title, ...story.paragraphs];
      const matcher: Matcher = {
        terms: new Map(),
        phrases: unknown.map((u) => ({ unit: u, terms: sequences.get(u) ?? [] })),
      };
      const found = new Set<number>();
      tokensOf(doc, 'story', texts).forEach((tokens, i) =>
        findMatches(texts[i] ?? '', matcher, tokens).units.forEach((u) => found.add(u)),
      );
      if (sequenceFound.size >= SEQUENCE_CACHE_SIZE) sequenceFound.clear();
      for (const u of unknown) sequenceFound.set(keyOf(u), found.has(u));
    }
    return new Set([...sequences.keys()].filter((u) => sequenceFound.get(keyOf(u))));
  }

  return { hitOf, sequencesFound };
}
