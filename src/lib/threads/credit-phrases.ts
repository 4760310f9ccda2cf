import type { Citation } from './types.ts';

/** One wording of a credit ("according to the NYT") and every paragraph that uses it, in reading order. */
export interface CreditPhrase {
  phrase: string;
  paragraphs: number[];
}

/**
 * A citation's credits, one entry per distinct wording: a story that says
 * "according to the NYT" three times lists the phrase once, with its three
 * paragraphs. Wordings keep the order they first appear in.
 */
export function creditPhrases(citation: Pick<Citation, 'mentions'>): CreditPhrase[] {
  const byPhrase = new Map<string, CreditPhrase>();
  for (const { phrase, paragraph } of citation.mentions) {
    const entry = byPhrase.get(phrase) ?? { phrase, paragraphs: [] };
    if (!entry.paragraphs.includes(paragraph)) entry.paragraphs.push(paragraph);
    byPhrase.set(phrase, entry);
  }
  return [...byPhrase.values()];
}
