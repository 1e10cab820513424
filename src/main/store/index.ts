import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AtomicJsonFile } from './atomic-json-file';
import { makeBackup, newestGoodBackup } from './backups';
import { lockNotebook } from './lock';
import { emptyNotebook, migrate, type NotebookData } from './schema';

export type { NotebookData } from './schema';

export const NOTEBOOK_FILE = 'notebook.json';
const BACKUP_EVERY_MS = 10 * 60 * 1000;

export interface NotebookStore {
  readonly file: string;
  readonly data: NotebookData;
  /** Set when opening had to recover from a damaged file: tell the user. */
  readonly notice?: string;
  save(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Read-only opens take no lock and never write (the CLI's list command). */
  readOnly?: boolean;
}

/** Opens (or creates) the notebook in dataDir, recovering from a damaged file without overwriting it. */
export async function openNotebookStore(dataDir: string, options: OpenOptions = {}): Promise<NotebookStore> {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, NOTEBOOK_FILE);
  const release = options.readOnly ? () => {} : lockNotebook(`${file}.lock`);
  try {
    if (!options.readOnly) removeLeftoverTempFiles(dataDir);
    const adapter = new AtomicJsonFile<NotebookData>(file);
    const db = new Low<NotebookData>(adapter, emptyNotebook());
    const { data, notice, fromDisk } = loadOrRecover(dataDir, file, options.readOnly === true);
    db.data = data;
    if (fromDisk && !options.readOnly) makeBackup(dataDir, file);
    if (notice && !options.readOnly) await db.write(); // the recovered notebook becomes the current file
    let lastBackup = Date.now();
    let closed = false;
    return {
      file,
      get data() {
        return db.data;
      },
      notice,
      async save() {
        if (options.readOnly) throw new Error('This notebook was opened read-only.');
        if (closed) throw new Error('The notebook is closed.');
        await db.write();
        if (Date.now() - lastBackup > BACKUP_EVERY_MS) {
          lastBackup = Date.now();
          makeBackup(dataDir, file);
        }
      },
      async close() {
        closed = true;
        release();
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

function loadOrRecover(dataDir: string, file: string, readOnly: boolean): { data: NotebookData; notice?: string; fromDisk: boolean } {
  if (!existsSync(file)) return { data: emptyNotebook(), fromDisk: false };
  let reason: string;
  try {
    return { data: migrate(JSON.parse(readFileSync(file, 'utf8'))), fromDisk: true };
  } catch (error) {
    reason = error instanceof SyntaxError ? 'it is not valid JSON (it may have been cut short or edited by hand)' : String((error as Error).message);
  }
  const stamp = new Date().toISOString().replace(/[-:.]/g, '');
  const aside = join(dataDir, `notebook.damaged-${stamp}.json`);
  if (!readOnly) renameSync(file, aside);
  const kept = readOnly ? file : aside;
  const backup = newestGoodBackup(dataDir, migrate);
  if (backup) {
    return {
      data: backup.data,
      fromDisk: false,
      notice: `Your notebook file could not be read: ${reason}. It was kept unchanged as ${kept}. Dossier opened the last good backup (${backup.path}); anything saved after that backup is still in the kept file.`,
    };
  }
  return {
    data: emptyNotebook(),
    fromDisk: false,
    notice: `Your notebook file could not be read: ${reason}. It was kept unchanged as ${kept}, and no backup could be read, so Dossier started a fresh notebook. Nothing in the kept file has been changed.`,
  };
}

// A save killed before its rename leaves a temp file; the notebook itself is intact, so drop it.
function removeLeftoverTempFiles(dataDir: string): void {
  for (const name of readdirSync(dataDir)) {
    if (/^\.notebook\.json\.\d+\.tmp$/.test(name)) {
      try {
        unlinkSync(join(dataDir, name));
      } catch {}
    }
  }
}
