import { existsSync, readFileSync } from 'node:fs';
import { inventoryPath, onDisk } from './layout.ts';

/** One version of a story, as its inventory records it. */
export interface VersionEntry {
  /** 1, 2, 3 …: version n has its own page, `/articles/<slug>/v<n>/`. */
  number: number;
  /** The day this version entered the archive, `YYYY-MM-DD`. */
  created: string;
  /** The version's Markdown, relative to the content root. */
  markdown: string;
  /** Its raw original, relative to the content root (an unchanged original is shared with the version before). */
  raw: string;
  /** What the importer was asked to do: "imported" or "updated". */
  message: string;
}

/**
 * A story's version history (`versions/<slug>/inventory.json`), in the manner
 * of an OCFL inventory: an id, the head version and every version with the
 * date it was created. The digests are in the archive's one manifest.
 */
export interface Inventory {
  id: string;
  head: number;
  versions: VersionEntry[];
}

/** The inventory of `slug` under `root`, or undefined when the story has none. */
export function readInventory(root: string, slug: string): Inventory | undefined {
  const file = onDisk(root, inventoryPath(slug));
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Inventory;
}

/** The inventory as the importer writes it: stable key order, two-space indent, a final newline. */
export function serializeInventory(inventory: Inventory): string {
  const versions = inventory.versions.map(({ number, created, markdown, raw, message }) => ({
    number,
    created,
    markdown,
    raw,
    message,
  }));
  return `${JSON.stringify({ id: inventory.id, head: inventory.head, versions }, null, 2)}\n`;
}
