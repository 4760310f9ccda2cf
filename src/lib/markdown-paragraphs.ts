import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { unescapeMarkdown } from './markdown-escape.ts';

const parser = unified().use(remarkParse);

/**
 * The plain text of a Markdown body's top-level paragraphs, in order: entry
 * i is the paragraph the story page anchors as `#p{i+1}` (see
 * rehype-paragraph-anchors). Escapes are resolved ("\*" → "*"); headings,
 * lists and other blocks are skipped, as the anchors skip them.
 *
 * Bodies the importer wrote (plain paragraphs, every syntax character
 * escaped) are split on blank lines directly, a hundred times faster than
 * parsing; anything else goes through remark (`parseMarkdownParagraphs`).
 */
export function markdownParagraphs(body: string): string[] {
  return isPlainParagraphs(body) ? splitPlainParagraphs(body) : parseMarkdownParagraphs(body);
}

/** `markdownParagraphs` by a full CommonMark parse. */
export function parseMarkdownParagraphs(body: string): string[] {
  const tree = parser.parse(body);
  return tree.children.filter((node) => node.type === 'paragraph').map((node) => collapse(toString(node)));
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// Anything that could make Markdown more than paragraphs of text: an unescaped
// syntax character, a block marker at a line start, an indented block, an entity other than &amp;.
const UNESCAPED_SYNTAX = /(^|[^\\])(\\\\)*[`*_<>[\]|~]/;
const BLOCK_START = /^(?:\s*(?:[#>+*-]|\d+[.)])(?:\s|$)| {4}|\t|\s*[=-]+\s*$|\s*`{3}|\s*~{3})/m;
const ENTITY = /&(?!amp;)[a-zA-Z#][a-zA-Z0-9]*;/;

function isPlainParagraphs(body: string): boolean {
  return !UNESCAPED_SYNTAX.test(body) && !BLOCK_START.test(body) && !ENTITY.test(body) && !/\\\\/.test(body);
}

function splitPlainParagraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((block) => collapse(unescapeMarkdown(block)))
    .filter(Boolean);
}
