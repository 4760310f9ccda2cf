/**
 * What a Lighthouse report says costs points, as lines a person can act on:
 * every weighted audit under a full score with the elements, resources or
 * values it names, and the performance metrics with their measured values
 * (so a missed 100 shows whether it was a metric that moves with machine load).
 */
import type { Result as LighthouseResult } from 'lighthouse';

type Lhr = LighthouseResult;
type Details = NonNullable<Lhr['audits'][string]['details']>;

/** How many items of one audit are listed; the report file has them all. */
const MAX_ITEMS = 8;

/** One item of an audit's table or list, in one line: the element or URL it names and why. */
function describeItem(item: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const value of Object.values(item)) {
    if (value === null || value === undefined) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      parts.push(String(value));
    } else if (typeof value === 'object' && 'type' in value) {
      const typed = value as { type: string; selector?: string; snippet?: string; explanation?: string; url?: string };
      if (typed.type === 'node') {
        parts.push([typed.selector, typed.snippet, typed.explanation].filter(Boolean).join(' '));
      } else if (typed.type === 'source-location' && typed.url) {
        parts.push(typed.url);
      } else if (typed.type === 'url' || typed.type === 'link') {
        parts.push(JSON.stringify(value));
      }
    }
  }
  return parts.join(' · ').replace(/\s+/g, ' ').slice(0, 400);
}

/** The rows of an audit's details, whatever its kind (table, opportunity, list of tables). */
function itemsOf(details: Details | undefined): Record<string, unknown>[] {
  if (!details) return [];
  if (details.type === 'table' || details.type === 'opportunity') return details.items as Record<string, unknown>[];
  if (details.type === 'list') return details.items.flatMap((item) => itemsOf(item as Details));
  return [];
}

/** Lines naming each weighted audit under a full score in `lhr`, with what it found. */
export function failingAudits(lhr: Lhr): string[] {
  const lines: string[] = [];
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight === 0 || !audit || audit.score === null || audit.score >= 1) continue;
      const value = audit.displayValue ? ` (${audit.displayValue})` : '';
      lines.push(`${category.id}: ${audit.id}, score ${audit.score}${value}: ${audit.title}`);
      const items = itemsOf(audit.details);
      for (const item of items.slice(0, MAX_ITEMS)) lines.push(`    ${describeItem(item)}`);
      if (items.length > MAX_ITEMS) lines.push(`    … and ${items.length - MAX_ITEMS} more`);
    }
  }
  return lines;
}

/** The performance metrics as measured, e.g. "LCP 1.2 s (0.99)": value and the score it earns. */
export function performanceMetrics(lhr: Lhr): string {
  const metrics = {
    FCP: 'first-contentful-paint',
    LCP: 'largest-contentful-paint',
    TBT: 'total-blocking-time',
    CLS: 'cumulative-layout-shift',
    SI: 'speed-index',
  };
  return Object.entries(metrics)
    .map(([name, id]) => {
      const audit = lhr.audits[id];
      return audit ? `${name} ${audit.displayValue ?? '?'} (${audit.score ?? '?'})` : `${name} n/a`;
    })
    .join(', ');
}
