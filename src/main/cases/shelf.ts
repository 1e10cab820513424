import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MovedItem, type MoveResult, NOTEBOOK_METHODS, type NotebookApi, type NotebookCase, type NotebookInfo } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import type { PdfPrinter } from '../export/pdf-printer';
import { stopExtractionWorker } from '../extract/worker-pool';
import type { Notebook } from '../notebook';
import { openNotebook } from '../open-notebook';
import type { NotebookStore } from '../store';
import { writeFileAtomically } from '../store/atomic-json-file';

/** The methods the shelf answers itself; every other call goes to the notebook open now. */
const SHELF_METHODS = new Set(['info', 'listNotebooks', 'createNotebook', 'switchNotebook', 'moveToNotebook']);

const SHELF_FILE = 'notebooks.json';
const CASES_FOLDER = 'cases';
const FIRST = 'main';
const MAX_NAME = 200;

interface ShelfFile {
  notebooks: NotebookCase[];
  current: string;
}

/**
 * One notebook per case. The data folder is the first notebook (as it always was); each new one is
 * a folder of its own under cases/, with its own files, lock and backups. notebooks.json names them
 * and remembers which was open last. Switching closes one notebook (releasing its lock) before
 * opening the next, so nothing of one case ever lands in another.
 */
export class NotebookShelf {
  private open!: { notebook: Notebook; store: NotebookStore; id: string };
  private printer?: PdfPrinter;
  private readonly switched: Array<() => void> = [];
  private shelf: ShelfFile;

  private constructor(private readonly root: string) {
    this.shelf = readShelf(root);
  }

  static async open(root: string): Promise<NotebookShelf> {
    mkdirSync(root, { recursive: true });
    const shelf = new NotebookShelf(root);
    const last = shelf.shelf.notebooks.some((n) => n.id === shelf.shelf.current) ? shelf.shelf.current : FIRST;
    await shelf.load(last);
    return shelf;
  }

  /** The API the transports serve: the open notebook's, plus the shelf's own. */
  get api(): NotebookApi {
    const forward = Object.fromEntries(
      NOTEBOOK_METHODS.filter((m) => !SHELF_METHODS.has(m)).map((m) => [m, (...args: unknown[]) => (this.open.notebook[m] as (...a: unknown[]) => unknown).apply(this.open.notebook, args)]),
    );
    return {
      ...forward,
      info: () => this.info(),
      listNotebooks: () => this.listNotebooks(),
      createNotebook: (name: string) => this.createNotebook(name),
      switchNotebook: (id: string) => this.switchNotebook(id),
      moveToNotebook: (item: MovedItem, notebookId: string) => this.moveToNotebook(item, notebookId),
    } as NotebookApi;
  }

  get current(): { notebook: Notebook; store: NotebookStore; id: string } {
    return this.open;
  }

  /** Called after another notebook is opened (a switch or a new one), e.g. to rebuild Open Recent. */
  onSwitch(listener: () => void): void {
    this.switched.push(listener);
  }

  setPdfPrinter(printer: PdfPrinter): void {
    this.printer = printer;
    this.open.notebook.setPdfPrinter(printer);
  }

  async info(): Promise<NotebookInfo> {
    const info = await this.open.notebook.info();
    const here = this.shelf.notebooks.find((n) => n.id === this.open.id);
    return { ...info, notebook: here };
  }

  async listNotebooks(): Promise<NotebookCase[]> {
    return [...this.shelf.notebooks].sort((a, b) => (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? ''));
  }

  async createNotebook(name: string): Promise<NotebookCase> {
    const clean = name.trim().replace(/\s+/g, ' ');
    if (!clean) throw new DossierError('invalid-input', 'Give the new notebook a name, such as the case it is for.');
    if (clean.length > MAX_NAME) throw new DossierError('invalid-input', `A notebook's name can be at most ${MAX_NAME} characters long.`);
    if (this.shelf.notebooks.some((n) => n.name.toLocaleLowerCase() === clean.toLocaleLowerCase())) {
      throw new DossierError('invalid-input', `There is already a notebook called “${clean}”. Choose another name, or open that one.`);
    }
    const id = `case-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;
    const entry: NotebookCase = { id, name: clean, createdAt: new Date().toISOString() };
    this.shelf.notebooks.push(entry);
    await this.switchNotebook(id);
    return entry;
  }

  async switchNotebook(id: string): Promise<NotebookInfo> {
    if (!this.shelf.notebooks.some((n) => n.id === id)) throw new DossierError('not-found', 'That notebook is no longer on this computer. Choose another.');
    if (id !== this.open?.id) {
      const previous = this.open;
      await previous.store.close();
      try {
        await this.load(id);
      } catch (error) {
        await this.load(previous.id); // the one that was open stays open
        throw error;
      }
    }
    return this.info();
  }

  /**
   * Moves a note or an article into another notebook. The other notebook is opened beside this one
   * (taking its lock, so a Dossier that has it open refuses), the item is saved there first and only
   * then removed here: a crash in between leaves it in both, never in neither. An article is
   * extracted again there, so that notebook's own corrections apply to it.
   */
  async moveToNotebook(item: MovedItem, notebookId: string): Promise<MoveResult> {
    const target = this.shelf.notebooks.find((n) => n.id === notebookId);
    if (!target) throw new DossierError('not-found', 'That notebook is no longer on this computer. Choose another.');
    if (notebookId === this.open.id) throw new DossierError('invalid-input', `It is already in “${target.name}”. Choose another notebook to move it to.`);
    const copy = this.open.notebook.copyOf(item);
    const there = await openNotebook(this.folderOf(notebookId));
    let result: MoveResult;
    try {
      if ('note' in copy) {
        const note = await there.notebook.createNote(copy.note);
        result = { kind: 'note', id: note.id, notebook: target };
      } else {
        const imported = await there.notebook.importDocument(copy.article);
        result = { kind: 'article', id: imported.article.id, notebook: target, ...(imported.duplicateOf ? { alreadyThere: true } : {}) };
      }
    } finally {
      await there.store.close();
    }
    await this.open.notebook.removeForGood(item);
    return result;
  }

  /** Closes the open notebook and stops the extraction thread, so the process can end. */
  async close(): Promise<void> {
    await this.open?.store.close();
    await stopExtractionWorker();
  }

  private folderOf(id: string): string {
    return id === FIRST ? this.root : join(this.root, CASES_FOLDER, id);
  }

  private async load(id: string): Promise<void> {
    const { notebook, store } = await openNotebook(this.folderOf(id));
    if (this.printer) notebook.setPdfPrinter(this.printer);
    this.open = { notebook, store, id };
    const entry = this.shelf.notebooks.find((n) => n.id === id);
    if (entry) entry.lastOpenedAt = new Date().toISOString();
    this.shelf.current = id;
    writeShelf(this.root, this.shelf);
    for (const listener of this.switched) listener();
  }
}

function readShelf(root: string): ShelfFile {
  const first: NotebookCase = { id: FIRST, name: 'My notebook', createdAt: new Date().toISOString() };
  const path = join(root, SHELF_FILE);
  if (!existsSync(path)) return { notebooks: withFolders(root, [first]), current: FIRST };
  try {
    const saved = JSON.parse(readFileSync(path, 'utf8')) as Partial<ShelfFile>;
    const notebooks = (Array.isArray(saved.notebooks) ? saved.notebooks : []).filter(
      (n): n is NotebookCase => !!n && typeof n.id === 'string' && /^[a-z0-9-]+$/.test(n.id) && typeof n.name === 'string',
    );
    if (!notebooks.some((n) => n.id === FIRST)) notebooks.unshift(first);
    return { notebooks: withFolders(root, notebooks), current: typeof saved.current === 'string' ? saved.current : FIRST };
  } catch {
    // The list is an index of folders that are still there: a damaged one is rebuilt from them.
    return { notebooks: withFolders(root, [first]), current: FIRST };
  }
}

/** A case folder the list does not name (a damaged or older list) is listed under its folder's name. */
function withFolders(root: string, notebooks: NotebookCase[]): NotebookCase[] {
  const folder = join(root, CASES_FOLDER);
  if (!existsSync(folder)) return notebooks;
  for (const id of readdirSync(folder)) {
    if (/^[a-z0-9-]+$/.test(id) && !notebooks.some((n) => n.id === id)) notebooks.push({ id, name: id, createdAt: '' });
  }
  return notebooks;
}

function writeShelf(root: string, shelf: ShelfFile): void {
  try {
    writeFileAtomically(join(root, SHELF_FILE), JSON.stringify(shelf, null, 2));
  } catch {
    // Which notebook was open last is a convenience; the notebooks themselves are saved on their own.
  }
}
