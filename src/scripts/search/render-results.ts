import type { SearchHit, SearchResponse } from '../../lib/search/types.ts';
import { formatDate } from '../../lib/dates.ts';
import { segments } from '../../lib/search/highlight.ts';
import type { Range } from '../../lib/search/types.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

/** `href` when it is a link into this site, else undefined: an index never sends a reader elsewhere. */
export function sameOriginHref(href: string, base: string): string | undefined {
  try {
    const url = new URL(href, base);
    return url.origin === new URL(base).origin ? href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One result as a list item: the headline linking to the story at its best
 * paragraph, the byline, the thread when other outlets covered the event, and
 * the snippet. Built from text nodes only.
 */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const item = element('li', 'search-result');

  const heading = element('h3', 'search-result__title');
  const link = element('a', 'search-result__link');
  link.href = sameOriginHref(hit.href, location.href) ?? sameOriginHref(hit.url, location.href) ?? '#';
  appendHighlighted(link, hit.title, hit.titleMatches);
  heading.append(link);

  const meta = element('p', 'search-result__meta');
  const parts: Node[] = [];
  if (hit.authors.length > 0) parts.push(document.createTextNode(`By ${listNames(hit.authors)}`));
  const outlet = element('span', 'search-result__outlet');
  outlet.textContent = hit.outlet;
  parts.push(outlet);
  const time = element('time', 'search-result__date');
  time.dateTime = hit.date;
  time.textContent = formatDate(new Date(`${hit.date}T00:00:00Z`));
  parts.push(time);
  const threadHref = hit.thread && sameOriginHref(hit.thread.url, location.href);
  if (hit.thread && threadHref) {
    const thread = element('a', 'search-result__thread');
    thread.href = threadHref;
    thread.textContent = `Covered by ${hit.thread.outlets} outlets`;
    parts.push(thread);
  }
  parts.forEach((part, i) => {
    if (i > 0) {
      const separator = element('span', 'search-result__sep');
      separator.setAttribute('aria-hidden', 'true');
      separator.textContent = '·';
      meta.append(separator);
    }
    meta.append(part);
  });

  const snippet = element('p', 'search-result__snippet');
  appendHighlighted(snippet, hit.snippet.text, hit.snippet.matches);

  item.append(heading, meta, snippet);
  return item;
}

/** "Edward Wong and Julian E. Barnes", as the story pages' bylines list names. */
export function listNames(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

const stories = (n: number) => `${n} ${n === 1 ? 'story' : 'stories'}`;

/**
 * `Showing results for <a>vladivostok</a>; search instead for <a>"ladivostok"</a>`,
 * or `Did you mean <a>…</a>?`, as nodes: `hrefOf` gives each query's page URL.
 */
export function correctionNodes(response: SearchResponse, hrefOf: (query: string) => string): Node[] {
  const link = (query: string) => {
    const anchor = document.createElement('a');
    anchor.href = hrefOf(query);
    anchor.textContent = query;
    return anchor;
  };
  const text = (value: string) => document.createTextNode(value);
  if (response.corrected) {
    const { query, asTyped } = response.corrected;
    return [text('Showing results for '), link(query), text('; search instead for '), link(asTyped), text('.')];
  }
  if (response.suggestions?.length) {
    return [
      text('Did you mean '),
      ...response.suggestions.flatMap((query, i) => [...(i > 0 ? [text(i === 1 ? ' or ' : ', ')] : []), link(query)]),
      text('?'),
    ];
  }
  return [];
}

/**
 * What the live region announces once results are shown: the count for a
 * query ("2 stories match “kim”"), or which recent stories an empty query
 * shows; `shown` is how many results are on screen out of `total`.
 */
export function statusText(query: string, total: number, shown: number, filtered: boolean, partial = false): string {
  const filters = filtered ? ' with these filters' : '';
  if (query && partial) {
    const have = total === 1 ? 'has' : 'have';
    return `No story has every word of “${query}”${filters}. ${stories(total)} ${have} some of them.`;
  }
  if (!query) {
    if (shown === 0) return `No stories${filters}.`;
    return `${shown === 1 ? 'The most recent story' : `The ${shown} most recent stories`}${filters}.`;
  }
  if (total === 0) return `No stories match “${query}”${filters}.`;
  const matches = total === 1 ? 'matches' : 'match';
  const showing = shown < total ? ` Showing the first ${shown}.` : '';
  return `${stories(total)} ${matches} “${query}”${filters}.${showing}`;
}

/** Appends `text` to `parent` as text nodes, the matched runs wrapped in `<mark>`. Never parses HTML. */
export function appendHighlighted(parent: Node, text: string, ranges: readonly Range[]): void {
  const doc = parent.ownerDocument ?? document;
  for (const { text: run, mark } of segments(text, ranges)) {
    if (mark) {
      const element = doc.createElement('mark');
      element.textContent = run;
      parent.appendChild(element);
    } else {
      parent.appendChild(doc.createTextNode(run));
    }
  }
}
