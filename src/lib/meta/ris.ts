import { archiveNote } from './bibtex.ts';
import { citedTitle } from './citation.ts';
import { invertedName } from './names.ts';
import type { StoryFacts } from './story.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * An RIS record (type NEWS) for the story, one tag per line, CRLF line ends
 * as the RIS specification asks, ending with the `ER` tag. `notes` are
 * further `N1` lines (RIS has no file header: an export of search results
 * notes its query on each record).
 */
export function risRecord(story: StoryFacts, url: string, archiveName: string, notes: readonly string[] = []): string {
  const { data } = story;
  const date = data.date;
  // A tag's value is one line: fold any line break a field might carry.
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`;
  const lines = [
    line('TY', 'NEWS'),
    ...data.authors.map((author) => line('AU', invertedName(author))),
    line('TI', citedTitle(story)),
    line('T2', data.outlet),
    line('PY', String(date.getUTCFullYear())),
    line('DA', `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/`),
    line('AB', data.description),
    line('UR', url),
    line('N1', archiveNote(story, archiveName)),
    ...notes.map((note) => line('N1', note)),
    line('LA', 'en'),
    'ER  - ',
  ];
  return lines.join('\r\n') + '\r\n';
}
