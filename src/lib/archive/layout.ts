import { basename, dirname, join, resolve } from 'node:path';

/**
 * Where the archive keeps what it holds, relative to the content root (the
 * folder that holds `articles/`). Modelled on OCFL's versioned objects and
 * BagIt's payload manifest:
 *
 * ```
 * content/
 *   articles/<slug>.md                  the current version of each story (what the site builds)
 *   raw/<slug>.txt                      the raw original of version 1
 *   raw/<slug>.v2.txt                   the raw original of a later version, when its bytes changed
 *   versions/<slug>/inventory.json      the story's versions: when each entered the archive, its files
 *   versions/<slug>/v1.md, v2.md, …     every version's Markdown, as it was published here
 *   manifest-sha256.txt                 SHA-256 of every file above: "<hex>  <path>", one a line
 * ```
 *
 * Nothing under raw/ or versions/<slug>/v*.md is ever rewritten; a correction
 * is a new version.
 */
export const ARTICLES = 'articles';
export const RAW = 'raw';
export const VERSIONS = 'versions';
export const MANIFEST = 'manifest-sha256.txt';

/** The folders whose every file the manifest lists. */
export const PAYLOAD_DIRS = [ARTICLES, RAW, VERSIONS] as const;

/**
 * The archive root of an articles folder (`content/articles` → `content`), or
 * undefined when the folder is not named `articles`: content generated for
 * tests or the benchmark is a bare folder of Markdown, with no sources to keep.
 */
export const contentRootOf = (articlesDir: string): string | undefined =>
  basename(resolve(articlesDir)) === ARTICLES ? dirname(resolve(articlesDir)) : undefined;

/** Paths relative to the content root, with forward slashes as the manifest writes them. */
export const articlePath = (slug: string): string => `${ARTICLES}/${slug}.md`;
export const rawPath = (slug: string, version: number): string =>
  version === 1 ? `${RAW}/${slug}.txt` : `${RAW}/${slug}.v${version}.txt`;
export const versionMarkdownPath = (slug: string, version: number): string => `${VERSIONS}/${slug}/v${version}.md`;
export const inventoryPath = (slug: string): string => `${VERSIONS}/${slug}/inventory.json`;

/** A root-relative path as a file system path. */
export const onDisk = (root: string, path: string): string => join(root, ...path.split('/'));
