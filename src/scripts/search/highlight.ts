import type { Range } from '../../lib/search/types.ts';

/** A run of text, marked when it matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Cuts `text` into plain and marked runs. Ranges may come in any order,
 * overlap or run past the end: they are clamped and merged, so every
 * character appears exactly once.
 */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const sorted = ranges
    .map(([start, end]): Range => [Math.max(0, start), Math.min(text.length, end)])
    .filter(([start, end]) => start < end)
    .sort((a, b) => a[0] - b[0]);
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    const last = out.at(-1);
    if (from > at) out.push({ text: text.slice(at, from), mark: false });
    // Touching or overlapping ranges make one mark, not two side by side.
    if (from === at && last?.mark) last.text += text.slice(from, end);
    else out.push({ text: text.slice(from, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/** Appends `text` to `parent` as text nodes, the matched runs wrapped in `<mark>`. Never parses HTML. */
export function appendHighlighted(parent: Node, text: string, ranges: readonly Range[]): void {
  const doc = parent.ownerDocument ?? document;
  for (const { text: run, mark } of segments(text, ranges)) {
    if (mark) {
      const element = doc.createElement('mark');
      element.textContent = run;
      parent.appendChild(element);
    } else {
      parent.appendChild(doc.createTextNode(run));
    }
  }
}
