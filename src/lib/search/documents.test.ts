import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../article-file.ts';
import { rehypeParagraphAnchors } from '../../markdown/rehype-paragraph-anchors.ts';
import { markdownParagraphs } from '../markdown-paragraphs.ts';
import { toSearchDocument } from './documents.ts';
import { realDocuments, twoRealStories } from './test/real-documents.ts';

/** The story page's `<p id="pN">` texts, rendered by the archive's paragraph plugin. */
function renderedParagraphs(body: string): Map<string, string> {
  const html = String(
    unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphAnchors).use(rehypeStringify).processSync(body),
  );
  const decode = (text: string) =>
    text.replaceAll('&#x3C;', '<').replaceAll('&#x26;', '&').replaceAll('&amp;', '&').replaceAll('&lt;', '<');
  return new Map(
    [...html.matchAll(/<p id="(p\d+)">([\s\S]*?) <a class="paragraph-link"/g)].map((m) => [
      m[1] ?? '',
      decode(m[2] ?? ''),
    ]),
  );
}

describe('markdownParagraphs, as the index reads bodies', () => {
  test('reads escaped Markdown back into the published text, one entry per paragraph', () => {
    const published = [
      'Prices rose 5*3 [sic] <b> & co_op.',
      '1. Not a list',
      '# Not a heading',
      'Plain | text ~ here \\ back',
    ];
    expect(markdownParagraphs(published.map(escapeMarkdown).join('\n\n'))).toEqual(published);
  });

  test('paragraph i is the story page’s #p{i+1}, for both real stories', () => {
    for (const doc of realDocuments()) {
      const rendered = renderedParagraphs(doc.paragraphs.map(escapeMarkdown).join('\n\n'));
      expect(rendered.size).toBe(doc.paragraphs.length);
      doc.paragraphs.forEach((text, i) => expect(rendered.get(`p${i + 1}`)).toBe(text));
    }
  });
});

describe('toSearchDocument', () => {
  test('carries the fields, the day, and the site’s extra data unread', () => {
    const article = {
      id: 'a',
      body: 'One.\n\nTwo.',
      data: { title: 'T', authors: ['A B'], outlet: 'O', date: new Date('2023-09-04T00:00:00Z') },
    };
    expect(toSearchDocument(article, { url: '/articles/a/' })).toEqual({
      id: 'a',
      url: '/articles/a/',
      title: 'T',
      authors: ['A B'],
      outlet: 'O',
      date: '2023-09-04',
      paragraphs: ['One.', 'Two.'],
    });
    const extra = { thread: { url: '/threads/x/', outlets: 2 } };
    expect(toSearchDocument(article, { url: '/articles/a/', extra }).extra).toBe(extra);
  });

  test('the two real stories have their paragraphs, and every story in content/ has some', () => {
    expect(twoRealStories().map((doc) => doc.paragraphs.length)).toEqual([9, 8]);
    for (const doc of realDocuments()) expect(doc.paragraphs.length, doc.id).toBeGreaterThan(0);
  });
});
