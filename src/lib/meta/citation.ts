import { apaName, invertedName } from './names.ts';
import type { StoryFacts } from './story.ts';

/** One run of citation text; `italic` marks a container title. */
export interface CitationPart {
  text: string;
  italic?: true;
}

/** A formatted citation: plain runs and italic runs, in order. */
export type Citation = CitationPart[];

/** The citation as plain text, italics dropped (what a reader pastes). */
export const citationText = (citation: Citation): string => citation.map((part) => part.text).join('');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// MLA abbreviates every month of more than four letters, and spells September "Sept."
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const day = (date: Date) => ({ y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() });

/**
 * The title a citation gives the story. Headlines written by the archive are
 * not the outlet's, so they go in square brackets: the APA and Chicago
 * convention for a description supplied in place of a work's own title.
 */
export function citedTitle(story: StoryFacts): string {
  return story.data.titleByArchive ? `[${story.data.title}]` : story.data.title;
}

/** Appends a full stop unless the text already ends a sentence. */
const closed = (text: string): string => (/[.?!]$/.test(text) ? text : `${text}.`);

/** A quoted title with the closing punctuation inside the quotes, as MLA and Chicago want. */
const quotedTitle = (title: string): string => `“${closed(title)}”`;

/** A bracketed description stands bare; a real title is quoted. */
const mlaChicagoTitle = (story: StoryFacts): string =>
  story.data.titleByArchive ? closed(citedTitle(story)) : quotedTitle(story.data.title);

function apaAuthors(authors: readonly string[]): string {
  const names = authors.map(apaName);
  if (names.length === 1) return names[0] ?? '';
  if (names.length <= 20) return `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
  return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
}

/**
 * APA 7 reference for a newspaper article read online:
 * `Wong, E., & Barnes, J. E. (2023, September 4). [Headline]. *The New York Times*. URL`
 */
export function apaCitation(story: StoryFacts, url: string): Citation {
  const { y, m, d } = day(story.data.date);
  return [
    { text: `${closed(apaAuthors(story.data.authors))} (${y}, ${MONTHS[m]} ${d}). ${closed(citedTitle(story))} ` },
    { text: story.data.outlet, italic: true },
    { text: `. ${url}` },
  ];
}

function mlaAuthors(authors: readonly string[]): string {
  const [first, second] = authors;
  if (authors.length === 1 || second === undefined) return invertedName(first ?? '');
  if (authors.length === 2) return `${invertedName(first ?? '')}, and ${second}`;
  return `${invertedName(first ?? '')}, et al`;
}

/**
 * MLA 9 works-cited entry: the outlet is the first container, the archive
 * (where the copy was read) the second, with the permalink.
 * `Wong, Edward, and Julian E. Barnes. [Headline]. *The New York Times*, 4 Sept. 2023. *Archive*, URL.`
 */
export function mlaCitation(story: StoryFacts, url: string, archiveName: string): Citation {
  const { y, m, d } = day(story.data.date);
  return [
    { text: `${closed(mlaAuthors(story.data.authors))} ${mlaChicagoTitle(story)} ` },
    { text: story.data.outlet, italic: true },
    { text: `, ${d} ${MLA_MONTHS[m]} ${y}. ` },
    { text: archiveName, italic: true },
    { text: `, ${url}.` },
  ];
}

function chicagoAuthors(authors: readonly string[]): string {
  const [first, ...rest] = authors;
  const lead = invertedName(first ?? '');
  if (rest.length === 0) return lead;
  // Chicago lists up to ten authors in a bibliography; beyond that, seven and "et al."
  if (authors.length > 10) return `${[lead, ...rest.slice(0, 6)].join(', ')}, et al`;
  if (rest.length === 1) return `${lead}, and ${rest[0]}`;
  return `${[lead, ...rest.slice(0, -1)].join(', ')}, and ${rest.at(-1)}`;
}

/**
 * Chicago 17 bibliography entry for a newspaper article read online. Chicago
 * drops an initial "The" from a newspaper's name.
 * `Wong, Edward, and Julian E. Barnes. [Headline]. *New York Times*, September 4, 2023. URL.`
 */
export function chicagoCitation(story: StoryFacts, url: string): Citation {
  const { y, m, d } = day(story.data.date);
  return [
    { text: `${closed(chicagoAuthors(story.data.authors))} ${mlaChicagoTitle(story)} ` },
    { text: story.data.outlet.replace(/^The\s+/, ''), italic: true },
    { text: `, ${MONTHS[m]} ${d}, ${y}. ${url}.` },
  ];
}
