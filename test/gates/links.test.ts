import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

/** Files that list the archive's URLs: the feeds (the site's and each outlet's) and the sitemaps. */
const LISTING_FILE = /(?:^|\/)(?:rss\.xml|feed\.json|sitemap[\w-]*\.xml)$/;

/** The absolute origin the build wrote into canonical links, feeds and the sitemap. */
function builtOrigin(siteDir: string): string {
  const index = readFileSync(join(siteDir, 'sitemap-index.xml'), 'utf8');
  const loc = /<loc>([^<]+)<\/loc>/.exec(index)?.[1];
  if (!loc) throw new Error('sitemap-index.xml names no sitemap');
  return new URL(loc).origin;
}

/**
 * Every URL on `origin` that a feed or sitemap mentions (locations, item
 * links, ids, images, links inside item content), each with the file that
 * first mentions it.
 */
function listedUrls(siteDir: string, origin: string): Map<string, string> {
  const found = new Map<string, string>();
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => LISTING_FILE.test(file));
  const pattern = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}/[^"'<>\\s\\\\]*`, 'g');
  for (const file of files) {
    const raw = readFileSync(join(siteDir, file), 'utf8');
    // The strings of a JSON Feed; the entity-decoded text of XML, HTML inside items included.
    const text = file.endsWith('.json')
      ? JSON.stringify(JSON.parse(raw)).replaceAll('\\"', '"')
      : raw.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
    for (const [url] of text.matchAll(pattern)) if (!found.has(url)) found.set(url, `/${file}`);
  }
  return found;
}

/**
 * Where a crawl starts: the home page, every feed and sitemap file, and every
 * page they list, once each. A feed's items link to each paragraph of a story
 * (`/articles/…/#p3`); as crawl roots those would be fetched and parsed once per
 * paragraph (2,739 roots for 52 stories, past five minutes), so roots drop the
 * fragment and `listedFragments` checks the fragments, once per page.
 */
function crawlRoots(siteDir: string, serverUrl: string): string[] {
  const origin = builtOrigin(siteDir);
  const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' }).filter((file) => LISTING_FILE.test(file));
  const listed = [...listedUrls(siteDir, origin).keys()].map(
    (url) => serverUrl + url.slice(origin.length).replace(/#.*$/, ''),
  );
  return [...new Set([`${serverUrl}/`, ...files.map((file) => `${serverUrl}/${file}`), ...listed])];
}

/** The fragments the feeds and sitemaps link to, by page path, each with the file that first mentions it. */
function listedFragments(siteDir: string): Map<string, Map<string, string>> {
  const origin = builtOrigin(siteDir);
  const byPage = new Map<string, Map<string, string>>();
  for (const [url, file] of listedUrls(siteDir, origin)) {
    const { pathname, hash } = new URL(url);
    if (!hash) continue;
    const fragments = byPage.get(pathname) ?? new Map<string, string>();
    if (!fragments.has(hash.slice(1))) fragments.set(hash.slice(1), file);
    byPage.set(pathname, fragments);
  }
  return byPage;
}

/** Each listed fragment that names no element of its page, as `path#fragment (in file)`; one request a page. */
async function brokenListedFragments(
  siteDir: string,
  serverUrl: string,
): Promise<{ checked: number; broken: string[] }> {
  let checked = 0;
  const broken: string[] = [];
  for (const [path, fragments] of listedFragments(siteDir)) {
    const response = await fetch(serverUrl + path);
    const ids = new Set(
      parse(await response.text())
        .querySelectorAll('[id], a[name]')
        .map((element) => element.id || element.getAttribute('name')),
    );
    for (const [fragment, file] of fragments) {
      checked++;
      if (!response.ok || !ids.has(decodeURIComponent(fragment))) broken.push(`${path}#${fragment} (in ${file})`);
    }
  }
  return { checked, broken };
}

/**
 * Crawls the served `siteDir` with linkinator from `crawlRoots`,
 * following every internal link and checking every `#fragment`; absolute
 * links on the built origin are pointed at the local server, and links to
 * any other origin are skipped (the archive must work offline). Returns the
 * results and every fragment that was checked.
 */
async function crawl(siteDir: string, serverUrl: string) {
  const origin = builtOrigin(siteDir);
  const fragments = new Set<string>();
  const result = await new LinkChecker().check({
    path: crawlRoots(siteDir, serverUrl),
    recurse: true,
    checkFragments: true,
    concurrency: 20,
    timeout: 20_000,
    urlRewriteExpressions: [
      { pattern: new RegExp(`^${origin.replace(/[.]/g, '\\.')}(?=/|$)`), replacement: serverUrl },
    ],
    linksToSkip: (link) => Promise.resolve(new URL(link).origin !== serverUrl),
    // Linkinator reports only broken fragments; this records which ones it looked at.
    fragmentsToSkip: (fragment) => {
      fragments.add(fragment);
      return Promise.resolve(false);
    },
  });
  const listed = await brokenListedFragments(siteDir, serverUrl);
  return { links: result.links, fragments, listed };
}

const describeBroken = (link: LinkResult) =>
  `${link.url} (${link.status ?? 'no response'}) on ${link.parent ?? 'the start list'}${
    link.failureDetails?.length
      ? `: ${link.failureDetails.map((detail) => (detail instanceof Error ? detail.message : detail.status)).join('; ')}`
      : ''
  }`;

describe('every internal link and fragment', () => {
  let fixture: StaticServer;
  let fixtureDir: string;
  beforeAll(async () => {
    fixtureDir = inject('paginatedDir');
    fixture = await serveStatic(fixtureDir);
  });
  afterAll(() => fixture?.close());

  it.each([
    ['the archive', () => inject('siteDir'), () => inject('siteUrl')],
    ['the paginated fixture', () => fixtureDir, () => fixture.url],
  ] as const)(
    'resolves in %s, pages, feeds and sitemap alike',
    async (name, dir, url) => {
      expect(listedUrls(dir(), builtOrigin(dir())).size).toBeGreaterThan(0);
      const { links, fragments, listed } = await crawl(dir(), url());

      const checked = links.filter((link) => link.state === LinkState.OK).map((link) => new URL(link.url).pathname);
      // The crawl really went everywhere: listings, stories, feeds, sitemap-listed pages, a paragraph anchor.
      expect(checked).toEqual(expect.arrayContaining(['/', '/archive/', '/outlets/', '/authors/', '/search/']));
      expect(checked.some((path) => path.startsWith('/articles/'))).toBe(true);
      expect(fragments).toContain('main');
      expect([...fragments].some((fragment) => /^p\d+$/.test(fragment))).toBe(true);
      const broken = links.filter((link) => link.state === LinkState.BROKEN);
      console.log(
        `linkinator, ${name}: ${checked.length} URLs and ${fragments.size} fragments checked, ${broken.length} broken; ` +
          `${listed.checked} fragments the feeds and sitemaps link to, ${listed.broken.length} broken`,
      );
      expect(broken.map(describeBroken)).toEqual([]);
      expect(listed.broken).toEqual([]);
    },
    300_000,
  );

  it('reports a missing page, a missing fragment, a dead feed link and a dead sitemap entry (the check is live)', async () => {
    const broken = join(mkdtempSync(join(tmpdir(), 'gates-links-')), 'dist');
    cpSync(inject('siteDir'), broken, { recursive: true });
    const origin = builtOrigin(broken);
    const home = join(broken, 'index.html');
    writeFileSync(
      home,
      readFileSync(home, 'utf8').replace(
        '</main>',
        '<a href="/no-such-page/">x</a><a href="/archive/#no-such-id">y</a></main>',
      ),
    );
    const rss = join(broken, 'rss.xml');
    writeFileSync(
      rss,
      readFileSync(rss, 'utf8').replace(
        '</channel>',
        `<item><link>${origin}/gone/</link><description>&lt;a href="${origin}/archive/#no-listed-id"&gt;x&lt;/a&gt;</description></item></channel>`,
      ),
    );
    const sitemap = join(broken, 'sitemap-0.xml');
    writeFileSync(
      sitemap,
      readFileSync(sitemap, 'utf8').replace('</urlset>', `<url><loc>${origin}/unlisted/</loc></url></urlset>`),
    );
    const server = await serveStatic(broken);
    try {
      const { links, listed } = await crawl(broken, server.url);
      const reported = links.filter((link) => link.state === LinkState.BROKEN).map((link) => new URL(link.url));
      expect([...new Set(reported.map((url) => `${url.pathname}${url.hash}`))].sort()).toEqual([
        '/archive/#no-such-id',
        '/gone/',
        '/no-such-page/',
        '/unlisted/',
      ]);
      expect(listed.broken).toEqual(['/archive/#no-listed-id (in /rss.xml)']);
    } finally {
      await server.close();
      rmSync(dirname(broken), { recursive: true, force: true });
    }
  }, 300_000);
});
