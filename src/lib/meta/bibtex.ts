import { citedTitle } from './citation.ts';
import { bibtexName } from './names.ts';
import type { StoryFacts } from './story.ts';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Escapes the characters that are markup in a BibTeX field value. */
export function escapeBibtex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => {
    if (char === '\\') return '\\textbackslash{}';
    if (char === '~') return '\\textasciitilde{}';
    if (char === '^') return '\\textasciicircum{}';
    return `\\${char}`;
  });
}

/**
 * A BibTeX `@article` entry for the story, keyed by its permanent slug. The
 * title is double-braced so BibTeX styles keep its capitals.
 */
export function bibtexEntry(story: StoryFacts, url: string, archiveName: string): string {
  const { data } = story;
  const fields: [string, string][] = [
    ['author', `{${data.authors.map((a) => escapeBibtex(bibtexName(a))).join(' and ')}}`],
    ['title', `{{${escapeBibtex(citedTitle(story))}}}`],
    ['journal', `{${escapeBibtex(data.outlet)}}`],
    ['year', `{${data.date.getUTCFullYear()}}`],
    ['month', MONTH_MACROS[data.date.getUTCMonth()] ?? ''],
    ['url', `{${url}}`],
    ['note', `{${escapeBibtex(archiveNote(story, archiveName))}}`],
  ];
  const body = fields.map(([name, value]) => `  ${name} = ${value},`).join('\n');
  return `@article{${story.id},\n${body}\n}\n`;
}

/** "Copy kept by The Wire Archive; headline supplied by the archive": what the url points at. */
export function archiveNote(story: StoryFacts, archiveName: string): string {
  const kept = `Copy kept by ${archiveName}`;
  return story.data.titleByArchive ? `${kept}; headline supplied by the archive` : kept;
}
