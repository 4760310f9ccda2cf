import { slug as githubSlug } from 'github-slugger';
import { foldCase } from './text-fold.ts';

/** The words of a name as a URL segment, folded by the archive's one policy (`text-fold.ts`): "Pérez" → "perez". */
export function slugWords(name: string): string {
  return githubSlug(foldCase(name));
}

/** A URL segment for a name: "The New York Times" → "the-new-york-times", accents folded. */
export function slugify(name: string): string {
  return slugWords(name) || 'unnamed';
}
