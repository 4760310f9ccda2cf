/**
 * Word forms: the Porter stemmer (`stemmer`, wooorm) groups the vocabulary's
 * terms into classes (`letters`, `letter`; `meeting`, `meet`), built into the
 * index and read back by the browser, which stems the query word the same way.
 *
 * Porter also joins words that are not one word (`Providence`, `provide`;
 * `general`, `generous`). Precision comes first where that bites hardest: a
 * term written with a capital in most of its occurrences is a name
 * (`PROPER_NOUN_SHARE`) and joins no class, so `Providence` finds Providence
 * only. The benchmark measures what is left (bench/real-text.ts).
 */
import { stemmer } from 'stemmer';
import { isAcronymTerm } from './normalize.ts';

/** Whether a term takes part in word forms: letters only (no numbers, no acronym terms), 3 or more. */
export const isStemmable = (term: string): boolean => term.length >= 3 && /^[a-z]+$/.test(term) && !isAcronymTerm(term);

/** The class a term belongs to (`appointment` → `appoint`). */
export const stemOf = (term: string): string => stemmer(term);
