/**
 * Where the article collection is read from. `ARCHIVE_CONTENT_DIR` lets the
 * benchmark and the test fixtures build the same site over other content.
 */
export const CONTENT_DIR = process.env['ARCHIVE_CONTENT_DIR'] ?? './content/articles';
