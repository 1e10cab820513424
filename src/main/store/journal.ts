import { existsSync, linkSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { writeFileAtomically } from './atomic-json-file';

/** What one save changes: a file's new text, or null to remove it. Paths are relative to the notebook folder. */
export type FileWrites = Map<string, string | null>;

export const JOURNAL_FILE = 'journal.json';

/**
 * Makes a save that touches several files all-or-nothing. The whole change is first written as one
 * atomic journal file; only then are the files written; the journal goes last. A crash before the
 * journal is whole leaves every file as it was; a crash after it is replayed at the next open.
 * A save of one file needs no journal: its own atomic write is enough.
 */
export function commitFiles(dataDir: string, writes: FileWrites, ensureFolder: (path: string) => void): void {
  if (writes.size === 0) return;
  if (writes.size === 1) {
    const [[path, text]] = writes;
    applyWrite(dataDir, path, text, ensureFolder);
    return;
  }
  const journal = join(dataDir, JOURNAL_FILE);
  writeFileAtomically(journal, JSON.stringify({ writes: [...writes] }));
  // Each replaced file stays hard-linked under a hidden name (no extra space) until all are written,
  // so a failure part-way (a disk that fills up) puts every file back and drops the journal.
  const applied: Array<{ target: string; previous: string | null }> = [];
  try {
    for (const [path, text] of writes) {
      const target = join(dataDir, path);
      const previous = keepPrevious(target);
      applied.push({ target, previous });
      applyWrite(dataDir, path, text, ensureFolder);
    }
  } catch (error) {
    for (const { target, previous } of applied.reverse()) {
      try {
        if (previous) renameSync(previous, target);
        else unlinkSync(target);
      } catch {}
    }
    try {
      unlinkSync(journal);
    } catch {}
    throw error;
  }
  unlinkSync(journal);
  for (const { previous } of applied) {
    if (!previous) continue;
    try {
      unlinkSync(previous);
    } catch {}
  }
}

function keepPrevious(target: string): string | null {
  if (!existsSync(target)) return null;
  const previous = join(dirname(target), `.${basename(target)}.prev`);
  try {
    unlinkSync(previous);
  } catch {}
  linkSync(target, previous);
  return previous;
}

function applyWrite(dataDir: string, path: string, text: string | null, ensureFolder: (path: string) => void): void {
  const target = join(dataDir, path);
  if (text === null) {
    try {
      unlinkSync(target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return;
  }
  ensureFolder(dirname(target));
  writeFileAtomically(target, text);
}

/**
 * A journal left by a crash holds a whole save: finish it (or, read-only, return it to be laid over
 * what is read). A journal that cannot be read was never committed and is set aside.
 */
export function replayJournal(dataDir: string, readOnly: boolean, ensureFolder: (path: string) => void): FileWrites | null {
  const journal = join(dataDir, JOURNAL_FILE);
  if (!existsSync(journal)) return null;
  let writes: FileWrites;
  try {
    const parsed = JSON.parse(readFileSync(journal, 'utf8')) as { writes: Array<[string, string | null]> };
    writes = new Map(parsed.writes.filter(([path]) => isInside(path)));
  } catch {
    if (!readOnly) renameSync(journal, join(dataDir, `journal.unreadable-${Date.now()}.json`));
    return null;
  }
  if (readOnly) return writes;
  for (const [path, text] of writes) applyWrite(dataDir, path, text, ensureFolder);
  unlinkSync(journal);
  return null;
}

// A journal is our own file, but a hand-edited one must not write outside the notebook folder.
function isInside(path: string): boolean {
  return !path.startsWith('/') && !path.split(/[\\/]/).includes('..');
}
