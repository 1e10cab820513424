import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Note, UiState } from '../../shared/model';
import { makeBackup, newestGoodBackup } from './backups';
import { type Changes, everything, writesFor } from './changes';
import { commitFiles, replayJournal } from './journal';
import { lockNotebook } from './lock';
import { ARTICLES_FOLDER, type DamagedRecord, ensureFolder, NOTES_FOLDER, readRecord, readRecords } from './records';
import { emptyNotebook, isSingleFile, migrate, type NotebookData } from './schema';

export type { Changes } from './changes';
export type { NotebookData } from './schema';

export const NOTEBOOK_FILE = 'notebook.json';
export const UI_FILE = 'ui.json';
const BACKUP_EVERY_MS = 10 * 60 * 1000;

export interface NotebookStore {
  readonly file: string;
  readonly data: NotebookData;
  /** Set when opening had to recover from a damaged file: tell the user. */
  readonly notice?: string;
  /** Writes what changed (everything when not told), all or nothing. */
  save(changes?: Changes): Promise<void>;
  /** Puts back, from disk, what a failed change touched: what was reported failed never appears later. */
  revert(changes: Changes): void;
  readonly readOnly: boolean;
  /** Runs `fn` as the notebook closes, before its lock is released (things kept beside it, like the search index). */
  onClose(fn: () => void): void;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Read-only opens take no lock and never write (the CLI's list command). */
  readOnly?: boolean;
}

/** Opens (or creates) the notebook folder in dataDir, recovering from a damaged file without overwriting it. */
export async function openNotebookStore(dataDir: string, options: OpenOptions = {}): Promise<NotebookStore> {
  mkdirSync(dataDir, { recursive: true });
  const readOnly = options.readOnly === true;
  const file = join(dataDir, NOTEBOOK_FILE);
  const release = readOnly ? () => {} : lockNotebook(`${file}.lock`);
  try {
    if (!readOnly) removeLeftoverTempFiles(dataDir);
    const overlay = replayJournal(dataDir, readOnly, ensureFolder) ?? undefined;
    const loaded = load(dataDir, readOnly, overlay);
    const data = loaded.data;
    const backupProblem = loaded.fromDisk && !readOnly ? tryBackup(dataDir, file) : undefined;
    let lastBackup = Date.now();
    let closed = false;
    const closing: Array<() => void> = [];
    const save = async (changes: Changes = everything) => {
      if (readOnly) throw new Error('This notebook was opened read-only.');
      if (closed) throw new Error('The notebook is closed.');
      commitFiles(dataDir, writesFor(dataDir, data, changes), ensureFolder);
      if (Date.now() - lastBackup > BACKUP_EVERY_MS && existsSync(file)) {
        lastBackup = Date.now();
        tryBackup(dataDir, file); // the save itself is done; a backup that fails waits for the next
      }
    };
    // A one-file notebook becomes a folder; a new or recovered one gets its catalogue written now.
    if (!readOnly && loaded.singleFile) await save(everything);
    else if (!readOnly && (loaded.notice || !existsSync(file))) await save({ catalogue: true, ui: true });
    return {
      file,
      data,
      notice: [loaded.notice, backupProblem].filter(Boolean).join(' ') || undefined,
      save,
      revert: (changes) => revert(dataDir, data, changes),
      readOnly,
      onClose: (fn) => closing.push(fn),
      async close() {
        if (closed) return;
        closed = true;
        for (const fn of closing) {
          try {
            fn();
          } catch {}
        }
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** A backup that cannot be made (a full disk) must not keep the notebook from opening: say so instead. */
function tryBackup(dataDir: string, file: string): string | undefined {
  try {
    makeBackup(dataDir, file);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full' : `the backups folder cannot be written (${code ?? (error as Error).message})`;
    return `Dossier could not make its usual backup of the notebook as it opened: ${why}. Your notebook opened as saved; free some space (or fix the folder), or new changes may fail to save.`;
  }
}

interface Loaded {
  data: NotebookData;
  notice?: string;
  fromDisk: boolean;
  singleFile: boolean;
}

function load(dataDir: string, readOnly: boolean, overlay?: Map<string, string | null>): Loaded {
  const catalogue = loadCatalogue(dataDir, readOnly, overlay);
  const data = catalogue.data;
  const notes = readRecords<Note>(dataDir, NOTES_FOLDER, readOnly, overlay);
  const articles = readRecords<Article>(dataDir, ARTICLES_FOLDER, readOnly, overlay);
  // Records on disk win over those a one-file notebook (or an old backup) still carries.
  data.notes = unite(data.notes, notes.records);
  data.articles = unite(data.articles, articles.records).sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.id.localeCompare(b.id));
  const ui = readUi(dataDir, overlay);
  if (ui) data.ui = ui;
  const damaged = [...notes.damaged, ...articles.damaged];
  const notice = [catalogue.notice, damagedNotice(damaged)].filter(Boolean).join(' ') || undefined;
  return { data, notice, fromDisk: catalogue.fromDisk, singleFile: catalogue.singleFile };
}

function unite<T extends { id: string }>(carried: T[], onDisk: T[]): T[] {
  if (carried.length === 0) return onDisk;
  const ids = new Set(onDisk.map((r) => r.id));
  return [...onDisk, ...carried.filter((r) => !ids.has(r.id))];
}

function loadCatalogue(dataDir: string, readOnly: boolean, overlay?: Map<string, string | null>): Omit<Loaded, 'notice'> & { notice?: string } {
  const file = join(dataDir, NOTEBOOK_FILE);
  const text = overlay?.get(NOTEBOOK_FILE) ?? (existsSync(file) ? readFileSync(file, 'utf8') : null);
  if (text === null) return { data: emptyNotebook(), fromDisk: false, singleFile: false };
  let reason: string;
  try {
    const raw = JSON.parse(text);
    return { data: migrate(raw), fromDisk: true, singleFile: isSingleFile(raw) };
  } catch (error) {
    reason = error instanceof SyntaxError ? 'it is not valid JSON (it may have been cut short or edited by hand)' : String((error as Error).message);
  }
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const aside = join(dataDir, `notebook.damaged-${stamp}.json`);
  if (!readOnly) renameSync(file, aside);
  const kept = readOnly ? file : aside;
  const backup = newestGoodBackup(dataDir, (raw) => ({ data: migrate(raw), singleFile: isSingleFile(raw) }));
  if (backup) {
    return {
      data: backup.data.data,
      fromDisk: false,
      singleFile: backup.data.singleFile,
      notice: `Your notebook file could not be read: ${reason}. It was kept unchanged as ${kept}. Dossier opened the last good backup (${backup.path}); anything saved after that backup is still in the kept file.`,
    };
  }
  return {
    data: emptyNotebook(),
    fromDisk: false,
    singleFile: false,
    notice: `Your notebook file could not be read: ${reason}. It was kept unchanged as ${kept}, and no backup could be read, so Dossier started a fresh notebook (your notes and articles, kept in their own files, are still there). Nothing in the kept file has been changed.`,
  };
}

function damagedNotice(damaged: DamagedRecord[]): string | undefined {
  if (damaged.length === 0) return undefined;
  const list = damaged.map((d) => d.keptAs).join(', ');
  return `${damaged.length === 1 ? 'One note or article file' : `${damaged.length} note or article files`} could not be read and ${damaged.length === 1 ? 'was' : 'were'} kept unchanged: ${list}. Everything else opened as saved; re-import an article that is missing.`;
}

function readUi(dataDir: string, overlay?: Map<string, string | null>): UiState | null {
  try {
    const text = overlay?.get(UI_FILE) ?? readFileSync(join(dataDir, UI_FILE), 'utf8');
    const ui = JSON.parse(text);
    return ui && typeof ui === 'object' && !Array.isArray(ui) ? ui : null;
  } catch {
    return null; // what the window last showed is a convenience: without it the window opens as new
  }
}

function revert(dataDir: string, data: NotebookData, changes: Changes): void {
  if (changes.all) {
    Object.assign(data, load(dataDir, true).data);
    return;
  }
  if (changes.catalogue) {
    const { entities, corrections, rules } = loadCatalogue(dataDir, true).data;
    Object.assign(data, { entities, corrections, rules });
  }
  if (changes.ui) data.ui = readUi(dataDir) ?? {};
  for (const id of changes.notes ?? []) putBack(data.notes, id, readRecord<Note>(dataDir, NOTES_FOLDER, id));
  for (const id of changes.articles ?? []) putBack(data.articles, id, readRecord<Article>(dataDir, ARTICLES_FOLDER, id));
}

function putBack<T extends { id: string }>(list: T[], id: string, saved: T | null): void {
  const index = list.findIndex((r) => r.id === id);
  if (saved && index >= 0) list[index] = saved;
  else if (saved) list.push(saved);
  else if (index >= 0) list.splice(index, 1);
}

// A save killed before its rename leaves a temp file, and one killed mid-journal the hidden links to
// the files it replaced; the journal (replayed above) or the files themselves are whole, so drop them.
function removeLeftoverTempFiles(dataDir: string): void {
  for (const folder of [dataDir, join(dataDir, NOTES_FOLDER), join(dataDir, ARTICLES_FOLDER)]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      if (/^\..+\.(\d+\.tmp|prev)$/.test(name)) {
        try {
          unlinkSync(join(folder, name));
        } catch {}
      }
    }
  }
}
