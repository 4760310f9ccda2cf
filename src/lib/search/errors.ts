/** Every message the search engine shows or throws, in one place. */

export const ERRORS = {
  fetchFailed: (url: string, status: number | string) => `Could not load the search index (${url}: ${status}).`,
  badManifest: (url: string) => `The search index at ${url} is not one this page can read.`,
  duplicateId: (id: string) => `Two stories share the id "${id}": ids must be unique.`,
  badDate: (id: string, date: string) => `Story "${id}" has the date "${date}", not YYYY-MM-DD.`,
} as const;

/** The index could not be loaded or read: the page shows the message as is. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}
