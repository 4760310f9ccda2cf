/**
 * Makes the links in a rendered story body absolute against the story's own
 * URL, so that paragraph links (`href="#p3"`) and site links (`href="/…"`)
 * still work when the HTML is read inside a feed reader. Expects the
 * double-quoted attributes that the archive's Markdown pipeline writes.
 */
export function absolutizeLinks(html: string, pageUrl: string): string {
  return html.replace(/\b(href|src)="([^"]*)"/g, (whole, attribute: string, value: string) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return whole;
    return `${attribute}="${new URL(value.replaceAll('&amp;', '&'), pageUrl).href.replaceAll('&', '&amp;')}"`;
  });
}

/** Escapes text for an XML element's content or attribute. */
export const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
