/**
 * The Content-Security-Policy sent as a header. Astro writes the policy into
 * each page's `<meta>` (hashing the scripts and styles it emits); a meta
 * policy cannot carry `frame-ancestors`, so the header repeats the pages'
 * policy and adds the header-only directives.
 */
import { HEADER_ONLY_DIRECTIVES } from './policy.ts';

const META_CSP = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

/** A page's meta policy, or `undefined` when it has none. */
export function metaPolicyOf(html: string): string | undefined {
  const content = META_CSP.exec(html)?.[1];
  return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** A policy's directives in order, each with its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const directive of policy.split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/**
 * One policy every page can be sent: the pages' policies merged (each
 * directive's sources united, in first-seen order; pages of one build share
 * Astro's hashes, so this is normally the one policy they all carry) plus
 * `frame-ancestors 'none'`.
 */
export function headerPolicy(pagePolicies: Iterable<string>): string {
  const merged = new Map<string, string[]>();
  for (const policy of [...pagePolicies, ...HEADER_ONLY_DIRECTIVES]) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      merged.set(name, [...known, ...sources.filter((source) => !known.includes(source))]);
    }
  }
  if (!merged.has('default-src')) throw new Error('the built pages carry no Content-Security-Policy with default-src');
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
