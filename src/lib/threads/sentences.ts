// Words that end in a period without ending a sentence ("Sept. 13", "Mr. Kim").
const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen rep gov gen lt col sgt capt adm maj st jr sr prof rev pres ft mt jan feb mar apr jun jul aug sep
  sept oct nov dec no vs etc inc corp co ltd ave approx dept`.split(/\s+/),
);

/**
 * Splits a paragraph into sentences. A period ends a sentence only when a
 * capital, a digit or an opening quote follows and the word before it is not
 * an initial ("John F. Kirby"), a dotted acronym ("the D.P.R.K. to") or a
 * common abbreviation ("Sept. 13"): news copy is full of all three.
 */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(/([.!?])[)"'\u2019\u201D\]]*\s+(?=[\p{Lu}\p{N}"'\u2018\u201C(])/gu)) {
    const end = match.index + match[0].length;
    if (match[1] === '.') {
      const word = /(\S+)$/.exec(paragraph.slice(start, match.index))?.[1] ?? '';
      const bare = word.replace(/^[("'\u2018\u201C[]+/, '');
      if (/^\p{L}$/u.test(bare) || /\p{L}\.\p{L}/u.test(bare) || ABBREVIATIONS.has(bare.toLowerCase())) continue;
    }
    sentences.push(paragraph.slice(start, end).trim());
    start = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}
