/**
 * Where the static JSON API's files live, root-relative. Every API URL is
 * built here, so the files, the links between them and the schemas agree.
 */

/** The API's entry point: what it holds and where. */
export const apiRootPath = (): string => '/api/index.json';

/** Page `n` (1-based) of every story, newest first. */
export const storiesPagePath = (n: number): string => `/api/stories/page-${n}.json`;

/** One story's file: metadata, paragraphs, thread. */
export const storyApiPath = (id: string): string => `/api/stories/${id}.json`;

/** The kinds of group the API indexes stories by. */
export type GroupKind = 'outlets' | 'authors';

/** Page `n` of the outlets or authors themselves, by name. */
export const groupListPath = (kind: GroupKind, n: number): string => `/api/${kind}/page-${n}.json`;

/** Page `n` of one outlet's or author's stories, newest first; `slug` as in the site's own URLs. */
export const groupPagePath = (kind: GroupKind, slug: string, n: number): string =>
  `/api/${kind}/${slug}/page-${n}.json`;

/** The JSON Schema of one file shape. */
export const schemaPath = (name: string): string => `/api/schemas/${name}.schema.json`;

/** The site's own listing page of one outlet or author (`/outlets/<slug>/`). */
export const groupWebPath = (kind: GroupKind, slug: string): string => `/${kind}/${slug}/`;
