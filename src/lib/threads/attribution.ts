import { KNOWN_OUTLETS } from '../outlets.ts';
import { WEEKDAYS } from '../dates.ts';
import { foldQuotes } from '../text-fold.ts';

/** A place where a story credits another outlet with its reporting. */
export interface AttributionMention {
  /** The credited outlet's canonical name. */
  outlet: string;
  /** The words that credit it, as printed ("the New York Times reported Monday"). */
  phrase: string;
  /** The paragraph it is in, 1-based: the story page's anchor `#p<n>`. */
  paragraph: number;
  /** The weekday the phrase names ("monday"), when it names one. */
  weekday?: string;
}

/** One way of writing an outlet's name in running text. */
export interface OutletAlias {
  /** Lowercase, without a leading "the". */
  alias: string;
  outlet: string;
}

/**
 * The names stories use for outlets: each outlet's own name and the aliases in
 * `KNOWN_OUTLETS` ("NYT"). A bare "the Times" is deliberately not one: half a
 * dozen papers are called that.
 */
export function outletAliases(outlets: Iterable<string>): OutletAlias[] {
  const byAlias = new Map<string, string>();
  const add = (alias: string, outlet: string) => {
    const key = alias
      .toLowerCase()
      .replace(/^the\s+/, '')
      .trim();
    if (key.length >= 3 && !byAlias.has(key)) byAlias.set(key, outlet);
  };
  for (const known of KNOWN_OUTLETS) {
    add(known.name, known.name);
    for (const alias of known.aliases) add(alias, known.name);
  }
  for (const outlet of outlets) add(outlet, outlet);
  return [...byAlias].map(([alias, outlet]) => ({ alias, outlet })).sort((a, b) => b.alias.length - a.alias.length);
}

const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const DAY_QUALIFIER = `(?:(?:on|late|early|earlier|last)\\s+)?`;
// Words that, just before an outlet's name, credit it: "according to", "told", "a statement to".
const CUE_BEFORE = new RegExp(
  '(?:according to|told|(?:in\\s+)?(?:a|an)\\s+(?:statement|interview|email|remarks?|comments?)\\s+(?:to|with)|' +
    '(?:first\\s+|previously\\s+|originally\\s+)?reported\\s+by|reporting\\s+by|citing|per|' +
    '(?:a|an)\\s+(?:report|article|story|investigation|analysis)\\s+(?:by|in|from)|spoke\\s+(?:to|with)|' +
    'confirmed\\s+to|obtained\\s+by|reviewed\\s+by|seen\\s+by|published\\s+(?:by|in)|first\\s+reported\\s+in)(?:\\s+an?)?\\s+$',
  'i',
);
// Words that, just after an outlet's name, credit it: "reported Monday", "'s report".
const CUE_AFTER = new RegExp(
  `^(?:'s?\\s+(?:report|reporting|story|article)|,?\\s+(?:first\\s+|previously\\s+|originally\\s+|also\\s+|earlier\\s+)?` +
    `(?:reported|reports|revealed|wrote|published|disclosed|said|found))` +
    `(?:\\s+${DAY_QUALIFIER}${WEEKDAY}\\b)?`,
  'i',
);
const DAY_AFTER_NAME = new RegExp(`^(?:\\s+(?:report|article|story))?\\s+${DAY_QUALIFIER}${WEEKDAY}\\b`, 'i');
const DAY_BEFORE_PHRASE = new RegExp(`\\b(?:on|late|early|earlier)\\s+${WEEKDAY},?\\s+$`, 'i');

/**
 * Every place in `paragraphs` that credits an outlet named in `aliases`:
 * "the New York Times reported Monday", "according to the NYT", "told the
 * NYT", "in a statement to the NYT", "citing the NYT", "the NYT's report".
 * A name counts only when printed with a capital ("the nyt reported" is not
 * a citation) and only next to such a cue, so a story that merely mentions
 * an outlet does not cite it.
 */
export function findAttributions(paragraphs: readonly string[], aliases: readonly OutletAlias[]): AttributionMention[] {
  if (aliases.length === 0) return [];
  const escaped = aliases.map(({ alias }) => alias.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  const name = new RegExp(`(?<![\\p{L}\\p{N}])((?:the\\s+)?)(${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const outletOf = new Map(aliases.map(({ alias, outlet }) => [alias, outlet]));
  const mentions: AttributionMention[] = [];

  paragraphs.forEach((raw, index) => {
    const text = foldQuotes(raw);
    for (const match of text.matchAll(name)) {
      const [whole, , printed = ''] = match;
      if (!/^\p{Lu}/u.test(printed)) continue;
      const outlet = outletOf.get(printed.toLowerCase().replace(/\s+/g, ' '));
      if (!outlet) continue;
      const start = match.index;
      const end = start + whole.length;
      const before = text.slice(Math.max(0, start - 80), start);
      const after = text.slice(end, end + 80);
      const cueBefore = CUE_BEFORE.exec(before);
      const cueAfter = CUE_AFTER.exec(after);
      if (!cueBefore && !cueAfter) continue;
      const dayAfter = cueAfter ? undefined : DAY_AFTER_NAME.exec(after);
      const dayBefore = DAY_BEFORE_PHRASE.exec(before.slice(0, cueBefore ? cueBefore.index : undefined));
      const phraseStart = cueBefore ? start - (before.length - cueBefore.index) : start;
      const phraseEnd = end + (cueAfter?.[0].length ?? dayAfter?.[0].length ?? 0);
      const weekday = (cueAfter?.[1] ?? dayAfter?.[1] ?? dayBefore?.[1])?.toLowerCase();
      mentions.push({
        outlet,
        phrase: raw.slice(phraseStart, phraseEnd),
        paragraph: index + 1,
        ...(weekday ? { weekday } : {}),
      });
    }
  });
  return mentions;
}
