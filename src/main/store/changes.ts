import { existsSync, readdirSync } from 'node:fs';
import type { Article } from '../../shared/model';
import { join } from 'node:path';
import type { FileWrites } from './journal';
import { ARTICLES_FOLDER, NOTES_FOLDER, recordPath } from './records';
import { catalogueOf, type NotebookData } from './schema';

/** What a change touched, so a save writes only that: the cost of a save is the size of the change. */
export interface Changes {
  /** Everything (a migration, a recovery, a caller that cannot say). */
  all?: boolean;
  /** notebook.json: entities, corrections, rules. */
  catalogue?: boolean;
  ui?: boolean;
  /** Notes and articles by id; one no longer in the notebook has its file removed. */
  notes?: Iterable<string>;
  articles?: Iterable<string>;
  /** The catalogue changed only in entities the touched articles mention (an import): lists of them can be patched. */
  entitiesOfArticlesOnly?: boolean;
}

export const everything: Changes = { all: true };

/** Adds `more` into `into` (a batch of changes saved together). */
export function addChanges(into: ReturnType<typeof noChanges>, more: Changes): void {
  into.all ||= more.all === true;
  into.catalogue ||= more.catalogue === true;
  into.ui ||= more.ui === true;
  for (const id of more.notes ?? []) into.notes.add(id);
  for (const id of more.articles ?? []) into.articles.add(id);
}

/** Takes out what each touched article gave an index, then puts in what it gives now (nothing if it is gone). */
export function reindexArticles(data: NotebookData, ids: ReadonlySet<string>, remove: (id: string) => void, add: (article: Article) => void): void {
  const current = new Map<string, Article>();
  for (const article of data.articles) if (ids.has(article.id)) current.set(article.id, article);
  for (const id of ids) {
    remove(id);
    const article = current.get(id);
    if (article) add(article);
  }
}

export function noChanges() {
  return { all: false, catalogue: false, ui: false, notes: new Set<string>(), articles: new Set<string>() };
}

export function isEmpty(changes: ReturnType<typeof noChanges>): boolean {
  return !changes.all && !changes.catalogue && !changes.ui && changes.notes.size === 0 && changes.articles.size === 0;
}

/** The files a save must write (serialising here, so a value that cannot be saved fails before any write). */
export function writesFor(dataDir: string, data: NotebookData, changes: Changes): FileWrites {
  const writes: FileWrites = new Map();
  const all = changes.all === true;
  if (all || changes.catalogue) writes.set('notebook.json', JSON.stringify(catalogueOf(data)));
  if (all || changes.ui) writes.set('ui.json', JSON.stringify(data.ui ?? {}));
  recordWrites(writes, NOTES_FOLDER, data.notes, all ? undefined : (changes.notes ?? []), dataDir);
  recordWrites(writes, ARTICLES_FOLDER, data.articles, all ? undefined : (changes.articles ?? []), dataDir);
  return writes;
}

function recordWrites(writes: FileWrites, folder: string, records: Array<{ id: string }>, ids: Iterable<string> | undefined, dataDir: string): void {
  if (ids === undefined) {
    // Everything: every record, and the removal of files whose record is gone.
    const present = new Set<string>();
    for (const record of records) {
      const path = recordPath(folder, record.id);
      present.add(path);
      writes.set(path, JSON.stringify(record));
    }
    const onDisk = existsSync(join(dataDir, folder)) ? readdirSync(join(dataDir, folder)) : [];
    for (const name of onDisk) {
      const path = `${folder}/${name}`;
      if (name.endsWith('.json') && !name.startsWith('.') && !name.includes('.damaged-') && !present.has(path)) writes.set(path, null);
    }
    return;
  }
  const wanted = new Set(ids);
  if (wanted.size === 0) return;
  const byId = new Map<string, { id: string }>();
  for (const record of records) if (wanted.has(record.id)) byId.set(record.id, record);
  for (const id of wanted) {
    const record = byId.get(id);
    writes.set(recordPath(folder, id), record ? JSON.stringify(record) : null);
  }
}
