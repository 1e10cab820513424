import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';

/** Notes and articles live one to a file, so saving one costs its own size, not the notebook's. */
export const NOTES_FOLDER = 'notes';
export const ARTICLES_FOLDER = 'articles';

export function recordPath(folder: string, id: string): string {
  return `${folder}/${encodeURIComponent(id)}.json`;
}

export interface DamagedRecord {
  file: string;
  keptAs: string;
}

/** Reads every record in a folder; one that cannot be read is set aside, never overwritten, and reported. */
export function readRecords<T extends { id: string }>(
  dataDir: string,
  folder: string,
  readOnly: boolean,
  overlay?: Map<string, string | null>,
): { records: T[]; damaged: DamagedRecord[] } {
  const path = join(dataDir, folder);
  const names = new Set(existsSync(path) ? readdirSync(path).filter((n) => n.endsWith('.json') && !n.startsWith('.') && !n.includes('.damaged-')) : []);
  for (const rel of overlay?.keys() ?? []) if (rel.startsWith(`${folder}/`)) names.add(rel.slice(folder.length + 1));
  const records: T[] = [];
  const damaged: DamagedRecord[] = [];
  for (const name of names) {
    const rel = `${folder}/${name}`;
    const text = overlay?.has(rel) ? overlay.get(rel) : readFileSync(join(path, name), 'utf8');
    if (text === null || text === undefined) continue;
    try {
      const record = JSON.parse(text) as T;
      if (!record || typeof record.id !== 'string') throw new Error('not a record');
      records.push(record);
    } catch {
      const keptAs = join(path, `${name.slice(0, -5)}.damaged-${Date.now()}.json`);
      if (!readOnly) renameSync(join(path, name), keptAs);
      damaged.push({ file: join(path, name), keptAs: readOnly ? join(path, name) : keptAs });
    }
  }
  return { records, damaged };
}

/** Reads one record back from disk: what the last completed save holds, or null if it has none. */
export function readRecord<T>(dataDir: string, folder: string, id: string): T | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, recordPath(folder, id)), 'utf8')) as T;
  } catch {
    return null;
  }
}

export function ensureFolder(path: string): void {
  mkdirSync(path, { recursive: true });
}
