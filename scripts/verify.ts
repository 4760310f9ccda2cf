/**
 * Checks the archive's fixity and dates: recomputes the SHA-256 of every raw
 * original, version and article and compares them with content/manifest-sha256.txt,
 * and checks every day in every article's frontmatter.
 *
 *   npm run verify              (the archive the build would publish: ARCHIVE_CONTENT_DIR or content/articles)
 *   npm run verify -- other/    (the content root of another copy)
 *
 * Names every file that changed, is missing or is not listed, and exits 1; the
 * build fails with the same message (src/lib/archive/integration.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentRootOf } from '../src/lib/archive/layout.ts';
import { archiveCheckMessage, checkArchive } from '../src/lib/archive/verify.ts';
import { CONTENT_DIR } from '../src/lib/content-dir.ts';

const given = process.argv[2];
const articlesDir = given === undefined ? CONTENT_DIR : join(given, 'articles');
// A mistyped folder must not read as an archive with nothing wrong in it.
if (!existsSync(articlesDir)) {
  console.error(`verify: ${given ?? articlesDir}: no such archive (expected a content root with an articles/ folder)`);
  process.exit(1);
}
const root = contentRootOf(articlesDir);
const problems = checkArchive(root, articlesDir);
if (problems.length > 0) {
  console.error(archiveCheckMessage(problems));
  process.exitCode = 1;
} else {
  console.log(
    `verify: ${root ?? articlesDir}: every file matches its SHA-256 in the manifest; every date is a real day`,
  );
}
