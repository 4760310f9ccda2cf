/**
 * `node bench/profile-markdown.ts [contentDir] [--limit 200] [--rounds 5]`: where the
 * Markdown part of the build goes. Renders the same article bodies through
 * Astro's unified pipeline with and without each of our plugins, through a
 * hand-built remark/rehype chain with and without `rehype-raw`, and through
 * Sätteri (Astro 7's default processor) with and without a port of our
 * plugins; prints each variant's best milliseconds per article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import readingTime from 'reading-time';
import { defineHastPlugin, markdownToHtml } from 'satteri';
import { unified } from 'unified';
import { rehypeExternalLinkRel } from '../src/markdown/rehype-external-links.ts';
import { rehypeParagraphAnchors } from '../src/markdown/rehype-paragraph-anchors.ts';
import { remarkReadingTime } from '../src/markdown/remark-reading-time.ts';
import { paragraphHash, paragraphId } from '../src/lib/routes.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { limit: { type: 'string', default: '200' }, rounds: { type: 'string', default: '5' } },
});
const dir = positionals[0] ?? new URL('./.tmp/n1000/content/', import.meta.url).pathname;
const bodies = readdirSync(dir)
  .filter((name) => name.endsWith('.md'))
  .sort()
  .slice(0, Number(values.limit))
  .map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));

const variants: { label: string; render: (body: string) => unknown }[] = [];
const time = async (label: string, render: (body: string) => unknown) => {
  variants.push({ label, render });
};

/**
 * Runs every variant over the same bodies in interleaved rounds and keeps
 * each one's fastest round: on a shared 2-core machine, load from other work
 * only ever slows a round down.
 */
async function runRounds(rounds: number): Promise<void> {
  const best = new Map<string, number>();
  for (const { render } of variants) for (const body of bodies.slice(0, 20)) await render(body);
  for (let round = 0; round < rounds; round++) {
    for (const { label, render } of variants) {
      const start = performance.now();
      for (const body of bodies) await render(body);
      const perArticle = (performance.now() - start) / bodies.length;
      best.set(label, Math.min(best.get(label) ?? Infinity, perArticle));
    }
  }
  for (const { label } of variants) {
    const perArticle = best.get(label) ?? NaN;
    console.log(
      `${label.padEnd(58)} ${perArticle.toFixed(3)} ms/article  (${((perArticle * 10_000) / 1000).toFixed(1)} s per 10,000)`,
    );
  }
}

const astroUnified = async (options: Parameters<typeof createMarkdownProcessor>[0]) => {
  const processor = await createMarkdownProcessor(options);
  return (body: string) => processor.render(body);
};
const ours = {
  remarkPlugins: [remarkReadingTime],
  rehypePlugins: [rehypeParagraphAnchors, rehypeExternalLinkRel],
  smartypants: false,
};

console.log(`${bodies.length} article bodies from ${dir}`);
await time('Astro unified, our plugins (the site config)', await astroUnified(ours));
await time('Astro unified, no plugins', await astroUnified({ smartypants: false }));
await time(
  'Astro unified, our plugins, no syntax highlighting',
  await astroUnified({ ...ours, syntaxHighlight: false }),
);
await time('Astro unified, our plugins, no GFM', await astroUnified({ ...ours, gfm: false }));
await time('Astro unified, without remark-reading-time', await astroUnified({ ...ours, remarkPlugins: [] }));
await time(
  'Astro unified, without rehype-paragraph-anchors',
  await astroUnified({ ...ours, rehypePlugins: [rehypeExternalLinkRel] }),
);
await time(
  'Astro unified, without rehype-external-links',
  await astroUnified({ ...ours, rehypePlugins: [rehypeParagraphAnchors] }),
);

const chain = (raw: boolean) => {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkReadingTime)
    .use(remarkRehype, { allowDangerousHtml: true });
  processor.use(rehypeParagraphAnchors).use(rehypeExternalLinkRel);
  if (raw) processor.use(rehypeRaw);
  processor.use(rehypeStringify, { allowDangerousHtml: true });
  return (body: string) => processor.process(body);
};
await time('remark/rehype chain with rehype-raw (what Astro adds)', chain(true));
await time('remark/rehype chain without rehype-raw', chain(false));

// The same behaviour as our three plugins, written as Sätteri visitors.
const satteriPlugins = defineHastPlugin({
  name: 'archive-paragraphs',
  element: {
    filter: ['p', 'a'],
    visit(node, ctx) {
      if (node.tagName === 'a' && /^https?:/.test(String(node.properties?.['href'] ?? ''))) {
        ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
      }
      if (node.tagName !== 'p' || ctx.parent(node).type !== 'root') return;
      const n = ((ctx.data['paragraphs'] as number | undefined) ?? 0) + 1;
      ctx.data['paragraphs'] = n;
      ctx.setProperty(node, 'id', paragraphId(n));
      ctx.appendChild(node, [
        { type: 'text', value: ' ' },
        {
          type: 'element',
          tagName: 'a',
          properties: { className: ['paragraph-link'], href: paragraphHash(n), ariaLabel: `Link to paragraph ${n}` },
          children: [{ type: 'text', value: '¶' }],
        },
      ]);
    },
  },
});
await time('Sätteri, no plugins', (body) => markdownToHtml(body));
await time('Sätteri, ported paragraph and link plugin', (body) =>
  markdownToHtml(body, { hastPlugins: [satteriPlugins] }),
);
await time('reading-time over the raw body alone', (body) => readingTime(body).minutes);
await runRounds(Number(values.rounds));
