import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeExternalLinkRel } from './rehype-external-links.ts';
import { rehypeParagraphAnchors } from './rehype-paragraph-anchors.ts';
import { remarkReadingTime } from './remark-reading-time.ts';

function render(markdown: string, plugins: { remark?: unknown[]; rehype?: unknown[] }) {
  const processor = unified()
    .use(remarkParse)
    .use((plugins.remark ?? []) as [])
    .use(remarkRehype)
    .use((plugins.rehype ?? []) as [])
    .use(rehypeStringify);
  const file = new VFile(markdown);
  return {
    html: String(processor.processSync(file)),
    data: file.data as { astro?: { frontmatter?: Record<string, unknown> } },
  };
}

describe('rehypeParagraphAnchors', () => {
  it('numbers body paragraphs p1…pN and gives each a link to itself', () => {
    const { html } = render('First.\n\nSecond.\n\nThird.', { rehype: [rehypeParagraphAnchors] });
    expect(html).toBe(
      [1, 2, 3]
        .map(
          (n) =>
            `<p id="p${n}">${['First.', 'Second.', 'Third.'][n - 1]} <a class="paragraph-link" href="#p${n}" aria-label="Link to paragraph ${n}">¶</a></p>`,
        )
        .join('\n'),
    );
  });

  it('counts only top-level paragraphs, so a quote inside a list does not shift the numbers', () => {
    const { html } = render('One.\n\n- item\n\n> quoted\n\nTwo.', { rehype: [rehypeParagraphAnchors] });
    expect(html).toContain('<p id="p1">One.');
    expect(html).toContain('<p id="p2">Two.');
    expect(html).not.toContain('id="p3"');
  });
});

describe('remarkReadingTime', () => {
  it('puts whole minutes, at least one, into the frontmatter', () => {
    expect(render('A few words.', { remark: [remarkReadingTime] }).data.astro?.frontmatter?.['readingMinutes']).toBe(1);
    const long = Array.from({ length: 1000 }, () => 'word').join(' ');
    expect(render(long, { remark: [remarkReadingTime] }).data.astro?.frontmatter?.['readingMinutes']).toBe(5);
  });
});

describe('rehypeExternalLinkRel', () => {
  it('marks links that leave the archive noopener noreferrer and leaves internal ones alone', () => {
    const { html } = render('[out](https://example.com/) [in](/articles/x/) [here](#p2)', {
      rehype: [rehypeExternalLinkRel],
    });
    expect(html).toContain('<a href="https://example.com/" rel="noopener noreferrer">out</a>');
    expect(html).toContain('<a href="/articles/x/">in</a>');
    expect(html).toContain('<a href="#p2">here</a>');
  });
});
