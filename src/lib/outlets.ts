/**
 * The outlets the archive knows by name. A raw copy may spell an outlet
 * loosely ("New York Times", "NYT"); the archive always stores the canonical
 * name so that listings, feeds and citations group one outlet under one name.
 */
export const KNOWN_OUTLETS: readonly { name: string; aliases: readonly string[] }[] = [
  { name: 'The New York Times', aliases: ['the new york times', 'new york times', 'nyt', 'the nyt'] },
  {
    name: 'Daily Caller News Foundation',
    aliases: ['daily caller news foundation', 'the daily caller news foundation', 'dcnf'],
  },
  // The wire services, whose names most often end a byline.
  { name: 'Reuters', aliases: ['reuters'] },
  { name: 'The Associated Press', aliases: ['the associated press', 'associated press', 'ap'] },
  { name: 'Agence France-Presse', aliases: ['agence france-presse', 'agence france presse', 'afp'] },
  { name: 'Bloomberg News', aliases: ['bloomberg news', 'bloomberg'] },
];

/** The canonical name of a known outlet, or undefined. */
export function canonicalOutlet(raw: string): string | undefined {
  const key = raw.trim().replace(/\s+/g, ' ').toLowerCase();
  return KNOWN_OUTLETS.find((o) => o.aliases.includes(key))?.name;
}

/**
 * Splits a known outlet's name off the end of a byline, as in
 * "Edward Wong and Julian E. Barnes New York Times".
 */
export function splitTrailingOutlet(byline: string): { byline: string; outlet?: string } {
  const lower = byline.toLowerCase();
  for (const outlet of KNOWN_OUTLETS) {
    for (const alias of [...outlet.aliases].sort((a, b) => b.length - a.length)) {
      if (alias.length > 4 && lower.endsWith(' ' + alias)) {
        return { byline: byline.slice(0, byline.length - alias.length).trim(), outlet: outlet.name };
      }
    }
  }
  return { byline };
}
