import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { toString } from 'hast-util-to-string';
import { articleFileName } from './article-file.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import { NYT_SLUG } from '../../test/helpers/real-stories.ts';

/** The text a reader sees once the Markdown is rendered. */
const renderedText = (md: string) => {
  const processor = unified().use(remarkParse).use(remarkRehype);
  return toString(processor.runSync(processor.parse(md)));
};

describe('articleFileName', () => {
  it('is the date then the title words, cut at 60 characters without a dangling small word', () => {
    expect(
      articleFileName('2023-09-04', 'Kim Jong Un Plans to Travel to Russia to Meet Putin on Arms, U.S. Officials Say'),
    ).toBe(`${NYT_SLUG}.md`);
    expect(articleFileName('2024-01-01', 'Café Owners Meet in Zürich')).toBe(
      '2024-01-01-cafe-owners-meet-in-zurich.md',
    );
  });
});

describe('escapeMarkdown', () => {
  it.each([
    '1. Not a list',
    '- Not a bullet',
    '# Not a heading',
    'Stars *are* not emphasis, _nor_ this',
    'A [bracket](not-a-link) and <b>not html</b>',
    'Fish & chips &amp; entities',
    'A back\\slash and `ticks`',
  ])('renders %j as exactly that text', (text) => {
    expect(renderedText(escapeMarkdown(text))).toBe(text);
  });
});
