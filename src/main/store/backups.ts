import { copyFileSync, mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';

const KEEP = 5;

/** Rolling copies of the last good notebook, newest last by name (timestamps sort). */
export function backupFolder(dataDir: string): string {
  return join(dataDir, 'backups');
}

export function listBackups(dataDir: string): string[] {
  try {
    return readdirSync(backupFolder(dataDir))
      .filter((n) => /^notebook-\d{8}T\d{9}Z?\.json$/.test(n))
      .sort()
      .map((n) => join(backupFolder(dataDir), n));
  } catch {
    return [];
  }
}

export function makeBackup(dataDir: string, file: string): void {
  mkdirSync(backupFolder(dataDir), { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  copyFileSync(file, join(backupFolder(dataDir), `notebook-${stamp}.json`));
  const all = listBackups(dataDir);
  for (const old of all.slice(0, Math.max(0, all.length - KEEP))) {
    try {
      unlinkSync(old);
    } catch {}
  }
}

/** Newest backup that still parses, with its data. */
export function newestGoodBackup<T>(dataDir: string, accept: (raw: unknown) => T): { path: string; data: T } | null {
  for (const path of listBackups(dataDir).reverse()) {
    try {
      return { path, data: accept(JSON.parse(readFileSync(path, 'utf8'))) };
    } catch {}
  }
  return null;
}
