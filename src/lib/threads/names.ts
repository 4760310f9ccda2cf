import { wordKey } from './normalize.ts';
import { splitSentences } from './sentences.ts';

// Capitalized words that name no one: sentence furniture, days and months.
const NOT_NAMES = new Set(
  `the a an and but or in on at of for to by with from as this that these those it its he she they we i his her their
  our mr mrs ms dr monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec`.split(/\s+/),
);

// "I'm", "I've", "I'll", "I'd": capitalized, and no one's name.
const PRONOUN_CONTRACTION = /^[^\p{L}]*I['\u2019]+(?:m|ve|ll|d)\b/u;
// An initial inside a name ("John F. Kirby") does not end it.
const INITIAL = /^\p{Lu}\.$/u;
// A name of one or two letters, all told, is an initial or an abbreviation every paper prints ("J.", "U.S.",
// "St.", "AP"): in the 1961 Brown Corpus press samples "us" is in 23 of 88, "j" in 21, "st" in 19.
const MIN_NAME_LETTERS = 3;

/**
 * The proper names in a story's paragraphs ("Adrienne Watson", "Far Eastern
 * Federal University", "Vladivostok"): runs of capitalized words not at the
 * start of a sentence, as comparison keys, without pronoun contractions
 * ("I'm") and names too short to tell one story from another ("U.S.", a lone
 * initial). Two reports of one event share several; two stories of the same
 * kind about different events rarely do.
 */
export function properNames(paragraphs: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const sentence of splitSentences(paragraph)) {
      let run: string[] = [];
      const flush = () => {
        while (run.length && NOT_NAMES.has(run[0] ?? '')) run.shift();
        if (run.join('').length >= MIN_NAME_LETTERS) names.add(run.join(' '));
        run = [];
      };
      sentence
        .split(/\s+/)
        .filter(Boolean)
        .forEach((word, index) => {
          const key = wordKey(word);
          const capitalized = /^[^\p{L}\p{N}]*\p{Lu}/u.test(word);
          if (
            index === 0 ||
            !capitalized ||
            !key ||
            (run.length === 0 && NOT_NAMES.has(key)) ||
            PRONOUN_CONTRACTION.test(word)
          ) {
            flush();
            return;
          }
          run.push(key);
          // A comma or a closing quote ends a name ("Kim, Putin"); a dotted acronym's periods do not.
          if (
            /[,;:"'\u201D\u2019)]$/.test(word) ||
            (/\.$/.test(word) && !/\p{L}\.\p{L}/u.test(word) && !INITIAL.test(word))
          )
            flush();
        });
      flush();
    }
  }
  return names;
}

/** How many names two sets share. */
export function sharedNameCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const name of a) if (b.has(name)) count++;
  return count;
}
