/** A personal name split the way citation styles need it. */
export interface PersonName {
  /** Everything before the family name: "Julian E." */
  given: string;
  /** "Barnes" */
  family: string;
  /** "Jr.", "III" */
  suffix?: string;
}

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV|V)$/;

/**
 * Splits a byline name: the last word is the family name, an ending "Jr." or
 * "III" is a suffix. "Julian E. Barnes" → given "Julian E.", family "Barnes".
 */
export function splitName(full: string): PersonName {
  const words = full.replace(/,/g, ' ').trim().split(/\s+/);
  const suffix = words.length > 2 && SUFFIX.test(words.at(-1) ?? '') ? words.pop() : undefined;
  const family = words.pop() ?? full;
  return { given: words.join(' '), family, ...(suffix ? { suffix } : {}) };
}

/** "Barnes, Julian E." (and "King, Martin Luther, Jr."): MLA, Chicago, BibTeX and RIS order. */
export function invertedName(full: string): string {
  const { given, family, suffix } = splitName(full);
  return [family, given, suffix].filter(Boolean).join(', ');
}

/**
 * A name as BibTeX reads it: "Barnes, Julian E.", and with a suffix
 * "King, Jr., Martin Luther" (BibTeX's "von Last, Jr, First" form: the
 * "Last, First, Jr." order of the other styles would make "Jr." the given name).
 */
export function bibtexName(full: string): string {
  const { given, family, suffix } = splitName(full);
  return [family, suffix, given].filter(Boolean).join(', ');
}

/** "Barnes, J. E." for APA; hyphenated given names keep the hyphen: "J.-P." */
export function apaName(full: string): string {
  const { given, family, suffix } = splitName(full);
  const initials = given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
  return [family, initials, suffix].filter(Boolean).join(', ');
}
