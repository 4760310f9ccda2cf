import { slug as githubSlug } from 'github-slugger';

/** A URL segment for a name: "The New York Times" → "the-new-york-times", accents folded. */
export function slugify(name: string): string {
  return githubSlug(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '')) || 'unnamed';
}
