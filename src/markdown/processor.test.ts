import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { processorOptions, syntaxHighlight } from './processor-options.ts';

// The site's own processor, made as Astro makes it from astro.config.mjs's `markdown` settings.
const renderer = await unified(processorOptions).createRenderer({ syntaxHighlight });

/** A Markdown body rendered as the site renders a story: its HTML and the frontmatter the plugins add. */
async function render(markdown: string): Promise<{ html: string; frontmatter: Record<string, unknown> }> {
  const { code, metadata } = await renderer.render(markdown);
  return { html: code, frontmatter: metadata.frontmatter };
}

describe('rehypeParagraphAnchors', () => {
  it('numbers body paragraphs p1…pN and gives each a link to itself', async () => {
    const { html } = await render('First.\n\nSecond.\n\nThird.');
    expect(html).toBe(
      [1, 2, 3]
        .map(
          (n) =>
            `<p id="p${n}">${['First.', 'Second.', 'Third.'][n - 1]} <a class="paragraph-link" href="#p${n}" aria-label="Link to paragraph ${n}">¶</a></p>`,
        )
        .join('\n'),
    );
  });

  it('counts only top-level paragraphs, so a quote inside a list does not shift the numbers', async () => {
    const { html } = await render('One.\n\n- item\n\n> quoted\n\nTwo.');
    expect(html).toContain('<p id="p1">One.');
    expect(html).toContain('<p id="p2">Two.');
    expect(html).not.toContain('id="p3"');
  });
});

describe('remarkReadingTime', () => {
  it('puts whole minutes, at least one, into the frontmatter', async () => {
    expect((await render('A few words.')).frontmatter['readingMinutes']).toBe(1);
    const long = Array.from({ length: 1000 }, () => 'word').join(' ');
    expect((await render(long)).frontmatter['readingMinutes']).toBe(5);
  });
});

describe('rehypeExternalLinkRel', () => {
  it('marks links that leave the archive noopener noreferrer and leaves internal ones alone', async () => {
    const { html } = await render('[out](https://example.com/) [in](/articles/x/) [here](#p2)');
    expect(html).toContain('<a href="https://example.com/" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="/articles/x/">in</a>');
    expect(html).toContain('<a href="#p2">here</a>');
  });
});

describe('the pipeline options', () => {
  it('keeps the copies’ punctuation and bare addresses as printed (no SmartyPants, no GFM autolinks)', async () => {
    const { html } = await render('"Quoted" -- it\'s at www.example.com...');
    expect(html).toContain('"Quoted" -- it\'s at www.example.com...');
    expect(html).not.toContain('<a href="http');
  });
});
