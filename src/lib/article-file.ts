import { escapeMarkdown } from './markdown-escape.ts';
import { lede, type ParsedArticle } from './raw-article.ts';
import { slugWords } from './slug.ts';

// Older readers import the escape from here; it lives in markdown-escape.ts.
export { escapeMarkdown };

/** What the importer writes for one article. */
export interface ArticleFileInput {
  article: ParsedArticle;
  /** The archive's headline, written from the lede (the raw copies have none). */
  title: string;
  /** File name of the raw original under `content/raw/`. */
  source: string;
  /** Day the copy entered the archive, `YYYY-MM-DD`: the first version's day, kept by every later one. */
  archived: string;
  /** Day this version entered the archive, when it is not the first (a correction or update). */
  updated?: string | undefined;
}

const MAX_SLUG_LENGTH = 60;
// A slug cut short should not end on a dangling little word ("…-meet-putin-on").
const TRAILING_STOPWORDS = new Set(['a', 'an', 'and', 'at', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/** `2023-09-04-kim-jong-un-plans-to-travel-to-russia`: the date, then the title's words up to 60 characters. */
export function articleFileName(date: string, title: string): string {
  const words: string[] = [];
  for (const word of slugWords(title).split('-')) {
    if (!word) continue;
    if ([...words, word].join('-').length > MAX_SLUG_LENGTH) break;
    words.push(word);
  }
  while (words.length > 1 && TRAILING_STOPWORDS.has(words.at(-1) ?? '')) words.pop();
  return `${date}-${words.join('-') || 'article'}.md`;
}

/** The Markdown file: frontmatter for the metadata, the body verbatim as paragraphs. */
export function renderArticleFile({ article, title, source, archived, updated }: ArticleFileInput): string {
  const q = (value: string) => JSON.stringify(value);
  const lines = [
    '---',
    `title: ${q(title)}`,
    'titleByArchive: true',
    `description: ${q(lede(article))}`,
    `date: ${article.date}`,
    'authors:',
    ...article.authors.map((author) => `  - ${q(author)}`),
    `outlet: ${q(article.outlet)}`,
    ...(article.dateline ? [`dateline: ${q(article.dateline)}`] : []),
    `source: ${q(source)}`,
    `archived: ${archived}`,
    ...(updated ? [`updated: ${updated}`] : []),
    '---',
    '',
  ];
  return lines.join('\n') + article.paragraphs.map(escapeMarkdown).join('\n\n') + '\n';
}
