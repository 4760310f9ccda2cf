/**
 * The one escape/unescape pair for the archive's Markdown bodies. The importer
 * writes every paragraph through `escapeMarkdown`, so that it renders as
 * exactly the text that was published; everything that reads a body back as
 * text goes through `unescapeMarkdown`. `unescapeMarkdown(escapeMarkdown(t))`
 * is `t` for every single line of text without leading whitespace (the
 * importer trims lines; HTML would not show the indentation anyway).
 */

// Characters that open or close an inline construct (code, emphasis, links,
// images, footnotes, raw HTML, autolinks, tables, strikethrough) or escape one.
const INLINE = /[\\`*_[\]<>|~]/g;
// A character that can start a block when it opens the line: a heading (#),
// a list (+ -), a thematic break (--- ***  ___), a setext underline (=== ---).
// It is escaped whatever follows: "\-30 degrees" renders as "-30 degrees".
const BLOCK_START = /^([#+=-])/;
// "1." or "2)" at the start: an ordered list.
const ORDERED_LIST = /^(\d+)([.)])/;
// A character reference (&amp; &#169; &#x2014;) would be decoded: keep it as written.
const ENTITY = /&(?=#?[a-zA-Z0-9]+;)/g;
// Leading whitespace would be indentation (four spaces make a code block). The
// importer trims lines already; this keeps the function total for other callers.
const LEADING_SPACE = /^[ \t]+/;

/** One paragraph of verbatim text → Markdown that renders as exactly that text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(LEADING_SPACE, '')
    .replace(INLINE, '\\$&')
    .replace(ENTITY, '&amp;')
    .replace(BLOCK_START, '\\$1')
    .replace(ORDERED_LIST, '$1\\$2');
}

/** The text of Markdown that `escapeMarkdown` wrote: escapes and `&amp;` resolved. */
export function unescapeMarkdown(markdown: string): string {
  // A backslash before any ASCII punctuation is a CommonMark escape. One pass, so that "\&amp;" and "&amp;amp;" resolve exactly once.
  return markdown.replace(/\\([!-/:-@[-`{-~])|&amp;/g, (_match, escaped: string | undefined) => escaped ?? '&');
}
