import type { SearchHit, SearchResponse } from '../../lib/search/types.ts';
import { count } from '../../lib/english.ts';
import { threadOfExtra } from '../../lib/search/story-extra.ts';
import { resultMarkup, type MarkupNode } from './result-markup.ts';

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
 * One result as a list item (`resultMarkup`, the markup the search page's
 * recent stories are built with): the headline linking to the story at its
 * best paragraph, the byline, the thread when other outlets covered the event,
 * and the snippet. Built from text nodes only.
 */
export function renderHit(hit: SearchHit): HTMLLIElement {
  const thread = threadOfExtra(hit.extra);
  const threadHref = thread && sameOriginHref(thread.url, location.href);
  const markup = resultMarkup({
    href: sameOriginHref(hit.href, location.href) ?? sameOriginHref(hit.url, location.href) ?? '#',
    title: hit.title,
    titleMatches: hit.titleMatches,
    authors: hit.authors,
    outlet: hit.outlet,
    date: hit.date,
    ...(thread && threadHref ? { thread: { href: threadHref, outlets: thread.outlets } } : {}),
    snippet: hit.snippet.text,
    snippetMatches: hit.snippet.matches,
  });
  return toDom(markup, document) as HTMLLIElement;
}

/** A markup node as DOM nodes: text as text nodes, never parsed. */
export function toDom(node: MarkupNode, doc: Document): Node {
  if (typeof node === 'string') return doc.createTextNode(node);
  const element = doc.createElement(node.tag);
  if (node.class) element.className = node.class;
  for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value);
  element.append(...node.children.map((child) => toDom(child, doc)));
  return element;
}

const stories = (n: number) => count(n, 'story', 'stories');

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
