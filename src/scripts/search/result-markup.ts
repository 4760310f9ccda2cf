import { formatDate } from '../../lib/dates.ts';
import { listNames } from '../../lib/english.ts';
import { segments } from '../../lib/search/highlight.ts';
import type { Range } from '../../lib/search/types.ts';

/**
 * A search result's markup as data, the one source for both renderings: the
 * search page's build-time recent stories (`RecentResults.astro`, through
 * `Markup.astro`) and the browser's results (`render-results.ts`, as DOM
 * nodes). Text stays text in both: nothing here is ever parsed as HTML.
 */
export type MarkupNode = string | MarkupElement;

export interface MarkupElement {
  tag: 'li' | 'h3' | 'a' | 'p' | 'span' | 'time' | 'mark';
  class?: string;
  attrs?: Record<string, string>;
  children: MarkupNode[];
}

/** What one result shows; links already checked to stay on the site. */
export interface ResultFields {
  /** The story, or the story at its best paragraph. */
  href: string;
  title: string;
  titleMatches?: readonly Range[];
  authors: readonly string[];
  outlet: string;
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** The thread page, when other outlets covered the event. */
  thread?: { href: string; outlets: number };
  snippet: string;
  snippetMatches?: readonly Range[];
}

const el = (
  tag: MarkupElement['tag'],
  className: string | undefined,
  children: MarkupNode[],
  attrs?: Record<string, string>,
): MarkupElement => ({
  tag,
  ...(className ? { class: className } : {}),
  ...(attrs ? { attrs } : {}),
  children,
});

/** `text` as runs, the matched ones in `<mark>`. */
export function highlighted(text: string, ranges: readonly Range[] = []): MarkupNode[] {
  return segments(text, ranges).map(({ text: run, mark }) => (mark ? el('mark', undefined, [run]) : run));
}

/**
 * `li.search-result`: the headline linking to the story, the byline (authors,
 * outlet, date, and the thread when there is one, `·` between), the snippet.
 */
export function resultMarkup(result: ResultFields): MarkupElement {
  const parts: MarkupNode[] = [
    ...(result.authors.length > 0 ? [`By ${listNames(result.authors)}`] : []),
    el('span', 'search-result__outlet', [result.outlet]),
    el('time', 'search-result__date', [formatDate(new Date(`${result.date}T00:00:00Z`))], { datetime: result.date }),
    ...(result.thread
      ? [
          el('a', 'search-result__thread', [`Covered by ${result.thread.outlets} outlets`], {
            href: result.thread.href,
          }),
        ]
      : []),
  ];
  const separator = () => el('span', 'search-result__sep', ['·'], { 'aria-hidden': 'true' });
  return el('li', 'search-result', [
    el('h3', 'search-result__title', [
      el('a', 'search-result__link', highlighted(result.title, result.titleMatches), { href: result.href }),
    ]),
    el(
      'p',
      'search-result__meta',
      parts.flatMap((part, i) => (i > 0 ? [separator(), part] : [part])),
    ),
    el('p', 'search-result__snippet', highlighted(result.snippet, result.snippetMatches)),
  ]);
}
