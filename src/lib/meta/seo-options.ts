import type { JsonLd } from './json-ld.ts';
import type { StoryFacts } from './story.ts';

/** What a page may add to the metadata every page gets from `SeoHead`. */
export interface SeoOptions {
  /** On a story page: article share tags, citation tags, NewsArticle and breadcrumb JSON-LD, the outlet's feeds. */
  story?: StoryFacts;
  /** The outlet a listing belongs to: its feeds are advertised beside the archive's. */
  outlet?: string;
  /** More structured data, e.g. a listing's BreadcrumbList. */
  jsonLd?: JsonLd[];
}
