import type { Element, Root } from 'hast';
import { paragraphHash, paragraphId } from '../lib/routes.ts';

/**
 * Gives every top-level paragraph a stable id and a link to itself, so a
 * reader can cite or share one passage.
 *
 * ```md
 * First paragraph.
 * ```
 * becomes
 * ```html
 * <p id="p1">First paragraph. <a class="paragraph-link" href="#p1" aria-label="Link to paragraph 1">¶</a></p>
 * ```
 * Ids count body paragraphs only, in order, so `#p3` names the same passage
 * for as long as the copy is unchanged (and copies are verbatim).
 */
export function rehypeParagraphAnchors() {
  return (tree: Root) => {
    let n = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      n += 1;
      const id = paragraphId(n);
      node.properties = { ...node.properties, id };
      node.children.push({ type: 'text', value: ' ' }, paragraphLink(n));
    }
  };
}

function paragraphLink(n: number): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['paragraph-link'], href: paragraphHash(n), ariaLabel: `Link to paragraph ${n}` },
    children: [{ type: 'text', value: '¶' }],
  };
}
