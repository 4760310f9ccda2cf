/**
 * The coverage timeline above the results: the query's matches per day,
 * week or month, stacked by outlet (`src/lib/coverage`), every bar a button.
 * Clicking or pressing a bar, or dragging across bars, picks its dates;
 * arrow keys move between bars (one tab stop for the whole chart).
 */
import { binCoverage, type Coverage } from '../../lib/coverage/bins.ts';
import { coverageFigure } from '../../lib/coverage/svg.ts';
import type { FacetStory } from '../../lib/facets/facets.ts';

/** Dates picked on the timeline, inclusive `YYYY-MM-DD`. */
export interface DateRange {
  from: string;
  to: string;
}

/** Draws the timeline of `stories` into `container`; `onPick` receives the dates a reader picks. */
export function drawTimeline(
  container: HTMLElement,
  stories: readonly FacetStory[],
  palette: readonly string[],
  selected: { from: string; to: string },
  onPick: (range: DateRange) => void,
): Coverage {
  const coverage = binCoverage(
    stories.map((story) => ({ date: story.date, series: story.outlet })),
    { seriesOrder: palette },
  );
  container.hidden = coverage.total === 0;
  container.dataset['granularity'] = coverage.granularity;
  const heading = document.createElement('h2');
  heading.className = 'coverage__heading';
  heading.id = 'search-timeline-heading';
  heading.textContent = `Matching stories by ${coverage.granularity}`;
  const figure = document.createElement('div');
  // Markup from our own escaping renderer (src/lib/coverage/svg.ts), the same the static charts use.
  figure.innerHTML = coverageFigure(coverage, {
    id: 'search-timeline',
    title: `Matching stories by ${coverage.granularity}; pick a bar to search those dates`,
    interactive: true,
    selected,
    palette,
  });
  container.replaceChildren(heading, ...figure.childNodes);
  wire(container, onPick);
  return coverage;
}

function wire(container: HTMLElement, onPick: (range: DateRange) => void): void {
  const bars = [...container.querySelectorAll<SVGGElement>('g.coverage-bar')];
  const range = (a: SVGGElement, b: SVGGElement): DateRange => {
    const [first, last] = Number(a.dataset['index']) <= Number(b.dataset['index']) ? [a, b] : [b, a];
    return { from: first.dataset['from'] ?? '', to: last.dataset['to'] ?? '' };
  };
  let anchor: SVGGElement | undefined;
  const barAt = (event: Event) =>
    event.target instanceof Element ? event.target.closest<SVGGElement>('g.coverage-bar') : null;
  const svg = container.querySelector('svg');
  svg?.addEventListener('pointerdown', (event) => {
    anchor = barAt(event) ?? undefined;
    if (anchor) svg.setPointerCapture?.(event.pointerId);
  });
  svg?.addEventListener('pointerup', (event) => {
    // With the pointer captured, the bar under it is found by position.
    const under = document.elementFromPoint(event.clientX, event.clientY);
    const end = (under?.closest<SVGGElement>('g.coverage-bar') ?? anchor) || undefined;
    if (anchor && end) onPick(range(anchor, end));
    anchor = undefined;
  });
  container.addEventListener('keydown', (event) => {
    const bar = barAt(event);
    if (!bar) return;
    const index = bars.indexOf(bar);
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: bars.length - 1 - index };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onPick(range(bar, bar));
    } else if (event.key in step) {
      event.preventDefault();
      const next = bars[Math.min(bars.length - 1, Math.max(0, index + (step[event.key] ?? 0)))];
      if (!next) return;
      bar.setAttribute('tabindex', '-1');
      next.setAttribute('tabindex', '0');
      next.focus();
    }
  });
}
