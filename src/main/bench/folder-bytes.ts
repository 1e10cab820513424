import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** How much a notebook folder (or any folder) takes on disk, every file below it counted. */
export function folderBytes(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    const full = join(path, entry.name);
    total += entry.isDirectory() ? folderBytes(full) : statSync(full).size;
  }
  return total;
}
