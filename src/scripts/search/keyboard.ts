/** Whether `event` is the `/` shortcut to the search box: not while the reader types somewhere. */
export function isSlashShortcut(event: KeyboardEvent): boolean {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return false;
  const target = event.target;
  return !(target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select')));
}

/**
 * Where a key moves focus among the box and the results: ArrowDown from the
 * box enters the results; ArrowUp/ArrowDown step through them (up from the
 * first returns to the box); Escape returns to the box. Undefined: the key is
 * not ours.
 */
export function resultKeyTarget(
  event: KeyboardEvent,
  input: HTMLInputElement,
  results: HTMLElement,
): HTMLElement | undefined {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return undefined;
  const links = [...results.querySelectorAll<HTMLAnchorElement>('a.search-result__link')];
  const target = event.target;
  if (target === input) return event.key === 'ArrowDown' ? links[0] : undefined;
  if (!(target instanceof Element)) return undefined;
  const item = target.closest('li.search-result');
  if (!item || !results.contains(item)) return undefined;
  const index = links.findIndex((link) => item.contains(link));
  if (event.key === 'ArrowDown') return links[index + 1];
  if (event.key === 'ArrowUp') return links[index - 1] ?? input;
  return event.key === 'Escape' ? input : undefined;
}
