import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, unescapeMarkdown } from './markdown-escape.ts';

// The site renders with GFM off (astro.config.mjs); GFM on is checked too, so
// that turning it on one day cannot make a copy lose text. (GFM would still
// turn a bare URL or e-mail address into a link, and may take a backslash into it: one reason it is off.)
const GFM_LINKS = /https?:\/\/|www\.|@/;
const processors = await Promise.all(
  [false, true].map((gfm) => createMarkdownProcessor({ gfm, smartypants: false, syntaxHighlight: false })),
);

/** The page text of one escaped paragraph, and how many elements it made. */
async function rendered(line: string, gfm: number) {
  const { code } = await processors[gfm]!.render(escapeMarkdown(line));
  const root = parse(code);
  return { text: root.textContent, elements: root.querySelectorAll('*').map((e) => e.tagName.toLowerCase()) };
}

// Every Markdown or HTML construct one body line can form.
const CONSTRUCTS = [
  '---',
  '***',
  '___',
  '- - -',
  '===',
  '=== underline',
  '--',
  '-30 degrees at night',
  '+ plus',
  '# Not a heading',
  '###### Six',
  '1. Not a list',
  '2) Not a list either',
  '- Not a bullet',
  '* Not a bullet',
  '> Not a quote',
  '<!-- a comment -->',
  '<div>not a block</div>',
  '<script>alert(1)</script>',
  '<https://example.com>',
  '| a | b |',
  '|---|---|',
  'Cell | cell',
  '[^1]: a footnote',
  'A claim[^1] with a footnote mark',
  '[label]: https://example.com',
  '[a link](https://example.com) and ![an image](x.png)',
  '```',
  '~~~',
  '`code`',
  '~~struck~~',
  'Stars *are* not emphasis, _nor_ __this__',
  'Fish & chips &amp; &copy; &#169; &#x2014; entities',
  'A back\\slash, a trailing one\\',
  'https://www.example.com/autolink and www.example.com',
  '2023. The year began',
  'Tab\tinside',
  'Write to tips@example.com',
];

describe('escapeMarkdown', () => {
  for (const [gfm, name] of [
    [0, 'CommonMark'],
    [1, 'GFM'],
  ] as const) {
    it.each(gfm ? CONSTRUCTS.filter((line) => !GFM_LINKS.test(line)) : CONSTRUCTS)(
      `${name}: %j renders as one paragraph of exactly that text`,
      async (line) => {
        const { text, elements } = await rendered(line, gfm);
        expect(text.replace(/\n$/, '')).toBe(line);
        expect(elements).toEqual(['p']);
      },
    );
  }

  it('drops leading indentation, which would be a code block (the importer trims lines)', async () => {
    const { text, elements } = await rendered('    indented four spaces', 0);
    expect(elements).toEqual(['p']);
    expect(text.trim()).toBe('indented four spaces');
  });
});

describe('unescapeMarkdown', () => {
  it.each(CONSTRUCTS)('undoes escapeMarkdown for %j', (line) => {
    expect(unescapeMarkdown(escapeMarkdown(line))).toBe(line);
  });

  it('resolves each escape once', () => {
    expect(unescapeMarkdown('\\\\\\* &amp;amp; \\&amp;')).toBe('\\* &amp; &amp;');
  });
});
