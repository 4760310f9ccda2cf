import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from './markdown-escape.ts';
import { markdownParagraphs, parseMarkdownParagraphs } from './markdown-paragraphs.ts';

describe('markdownParagraphs', () => {
  it('returns top-level paragraphs as plain text, escapes resolved, other blocks skipped', () => {
    expect(markdownParagraphs('First \\*starred\\* line\nwrapped.\n\n# Heading\n\nSecond &amp; last.\n')).toEqual([
      'First *starred* line wrapped.',
      'Second & last.',
    ]);
  });

  it('reads what the importer writes exactly as a full Markdown parse does', () => {
    const tricky = [
      'Price: 5 * 3 = 15, a_b_c and [brackets] <b>not bold</b> | pipes ~ tildes \\ backslash.',
      '# Not a heading, a hashtag',
      '1. Not a list',
      '- not a bullet',
      'R&D &copy; AT&T — “quotes” and ‘apostrophes’.',
    ];
    const body = tricky.map(escapeMarkdown).join('\n\n') + '\n';
    expect(markdownParagraphs(body)).toEqual(parseMarkdownParagraphs(body));
    expect(markdownParagraphs(body)).toEqual(tricky.map((p) => p.replace(/\s+/g, ' ').trim()));
  });

  it('falls back to the parser for real Markdown', () => {
    const body = 'Some *emphasis* here.\n\n> a quote\n\n- a list\n\nLast [link](https://example.com).';
    expect(markdownParagraphs(body)).toEqual(['Some emphasis here.', 'Last link.']);
  });
});
