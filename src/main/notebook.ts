import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import type {
  ChangeFeed,
  EntityQuery,
  ExportedFile,
  ExportOptions,
  ImportFileInput,
  ImportResult,
  ImportTextInput,
  MergeOptions,
  MovedItem,
  MoveResult,
  NotebookApi,
  NotebookCase,
  NotebookInfo,
  PostInput,
  SearchOptions,
} from '../shared/api';
import { DossierError } from '../shared/errors';
import type { EntityType } from '../shared/extraction';
import type { Article, ArticleMeta, ArticleSummary, ArticleView, Correction, Entity, EntityCard, EntitySummary, Note, NoteSummary, SearchResults, UiState } from '../shared/model';
import type { EntityGraph, GraphOptions, Timeline, TimelineOptions } from '../shared/model';
import { GraphPlacements, graphFromIndex, PictureIndex, timelineFromIndex } from './pictures';
import * as workbench from './entities/corrections';
import * as evidence from './entities/evidence';
import { summarise } from './entities/merge';
import { typedArticleDetails } from './articles/article-details';
import { redateArticle } from './articles/redate';
import { NotebookEntityCounts } from './entities/notebook-counts';
import { NotebookSearch } from './search/notebook-search';
import { listNotebook, listScope } from './entities/scope';
import { entitiesCsv, entityDossier, exportBrief } from './export/brief';
import { ChromiumPdfPrinter } from './export/chromium-printer';
import { markdownToNoteContent, splitFrontMatter } from './export/markdown';
import type { PdfPrinter } from './export/pdf-printer';
import { type ArticleInput, articleSummary, importArticle, importFileInput, importFromUrl } from './articles/import-article';
import type { Changes, NotebookStore } from './store';
import { ChangeLog } from './store/change-log';
import { addChanges, everything, isEmpty, noChanges } from './store/changes';

function now(): string {
  return new Date().toISOString();
}

const summaryOf = ({ id, title, createdAt, updatedAt, trashedAt }: Note): NoteSummary => ({ id, title, createdAt, updatedAt, trashedAt });
const byNewest = <T extends { updatedAt?: string; importedAt?: string }>(a: T, b: T) =>
  (b.updatedAt ?? b.importedAt ?? '').localeCompare(a.updatedAt ?? a.importedAt ?? '');

/** An import saves its new article and the catalogue it added entities to; a duplicate saves nothing. */
const imported = (result: ImportResult): Changes => (result.duplicateOf ? {} : { catalogue: true, articles: [result.article.id], entitiesOfArticlesOnly: true });

/** What a correction (or its undo) touched, read from its undo record; everything if it has none. */
function touchedBy(record: { undo?: { articles?: Array<{ id: string }>; notes?: Array<{ id: string }> } } | undefined): Changes {
  const undo = record?.undo;
  if (!undo || !Array.isArray(undo.articles) || !Array.isArray(undo.notes)) return everything;
  return { catalogue: true, articles: undo.articles.map((a) => a.id), notes: undo.notes.map((n) => n.id) };
}

/** The one implementation of NotebookApi: plain Node over a NotebookStore, composed from the rooms in main/. */
export class Notebook implements NotebookApi {
  constructor(
    private readonly store: NotebookStore,
    private readonly dataDir: string,
    /** Prints briefs to PDF: the system's Chromium unless the desktop app sets its own (setPdfPrinter). */
    private pdfPrinter: PdfPrinter = new ChromiumPdfPrinter(),
  ) {
    this.entityCounts = new NotebookEntityCounts(store.data);
    this.pictureIndex = new PictureIndex(store.data);
    this.searchIndex = new NotebookSearch(store.data, dataDir, !store.readOnly);
    store.onClose(() => this.searchIndex.persist());
  }

  setPdfPrinter(printer: PdfPrinter): void {
    this.pdfPrinter = printer;
  }

  private get data() {
    return this.store.data;
  }

  /**
   * Runs a change and saves what it touched (`touched`, or what it reports touching from its result).
   * All or nothing: if the change throws or its save fails, what it touched is put back from disk,
   * so a change reported as failed never reappears with a later save.
   */
  private async change<T>(fn: () => T | Promise<T>, touched: Changes | ((result: T) => Changes)): Promise<T> {
    let result: T;
    try {
      result = await fn();
    } catch (error) {
      this.putBack(typeof touched === 'function' ? everything : touched);
      throw error;
    }
    const changes = typeof touched === 'function' ? touched(result) : touched;
    this.records = null;
    this.log.record(changes);
    this.entityCounts.update(changes, changes.entitiesOfArticlesOnly === true);
    this.pictureIndex.update(changes);
    this.searchIndex.update(changes);
    if (this.batchDepth > 0) {
      addChanges(this.unsaved, changes);
      return result;
    }
    try {
      await this.store.save(changes);
    } catch (error) {
      this.putBack(changes);
      throw error;
    }
    return result;
  }

  // Entities come back as a new list, so the import's key index (kept per list) starts afresh too.
  private putBack(changes: Changes): void {
    this.records = null;
    this.log.record(changes); // what was put back is sent to the window again as it now is
    this.store.revert(changes);
    this.entityCounts.update(changes);
    this.pictureIndex.update(changes);
    this.searchIndex.update(changes);
  }

  private readonly entityCounts: NotebookEntityCounts;
  private readonly log = new ChangeLog();
  private records: { shape: unknown[]; articles: Map<string, Article>; entities: Map<string, Entity> } | null = null;

  /** Articles and entities by id, kept while the lists are the same objects of the same length. */
  private byId(): { articles: Map<string, Article>; entities: Map<string, Entity> } {
    const { articles, entities } = this.data;
    const shape = [articles, articles.length, entities, entities.length];
    if (!this.records || this.records.shape.some((x, i) => x !== shape[i])) {
      this.records = { shape, articles: new Map(articles.map((a) => [a.id, a])), entities: new Map(entities.map((e) => [e.id, e])) };
    }
    return this.records;
  }
  private readonly pictureIndex: PictureIndex;
  private readonly graphPlacements = new GraphPlacements();
  private readonly searchIndex: NotebookSearch;
  /** The notebook-wide entity list, kept until the next change. */
  private listed: { changes: number; entities: EntitySummary[] } | null = null;

  private batchDepth = 0;
  private unsaved = noChanges();

  /**
   * Runs many changes with one save at the end (and one every `saveEvery` calls of `checkpoint`),
   * so importing a thousand files does not rewrite the notebook a thousand times.
   */
  async inBatch<T>(fn: (checkpoint: () => Promise<void>) => Promise<T>): Promise<T> {
    this.batchDepth++;
    const checkpoint = async () => {
      if (isEmpty(this.unsaved)) return;
      const changes = this.unsaved;
      this.unsaved = noChanges();
      try {
        await this.store.save(changes);
      } catch (error) {
        this.putBack(changes);
        throw error;
      }
    };
    try {
      return await fn(checkpoint);
    } finally {
      this.batchDepth--;
      if (this.batchDepth === 0) await checkpoint();
    }
  }

  async info(): Promise<NotebookInfo> {
    return { dataDir: this.dataDir, file: this.store.file, notice: this.store.notice };
  }

  // Cases: a notebook opened on its own (dossier --data DIR) is the only one there is.

  async listNotebooks(): Promise<NotebookCase[]> {
    return [{ id: 'main', name: basename(this.dataDir) || 'Notebook', createdAt: '' }];
  }

  async createNotebook(): Promise<NotebookCase> {
    throw new DossierError('invalid-input', 'This notebook was opened on its own, so it cannot hold other cases. Start Dossier without --data to keep several notebooks.');
  }

  async switchNotebook(): Promise<NotebookInfo> {
    return this.createNotebook() as never;
  }

  async moveToNotebook(): Promise<MoveResult> {
    return this.createNotebook() as never;
  }

  /** What another notebook needs to take a note or an article in: its words and details, not this notebook's ids. */
  copyOf(item: MovedItem): { note: { title: string; content: string } } | { article: ArticleInput } {
    if (item.kind === 'note') {
      const note = this.data.notes.find((n) => n.id === item.id);
      if (!note) throw new DossierError('not-found', 'That note no longer exists. It may have been deleted for good.');
      return { note: { title: note.title, content: note.content } };
    }
    const { title, source, author, publishedAt, url, text, format } = this.findArticle(item.id);
    return { article: { title, source, author, publishedAt, url, text, format } };
  }

  /** Removes a note or an article for good once it is safe in another notebook (not part of the window's API). */
  async removeForGood(item: MovedItem): Promise<void> {
    const kind = item.kind === 'note' ? 'notes' : 'articles';
    await this.change(
      () => {
        if (item.kind === 'note') this.data.notes = this.data.notes.filter((n) => n.id !== item.id);
        else this.data.articles = this.data.articles.filter((a) => a.id !== item.id);
      },
      { [kind]: [item.id] },
    );
  }

  async changesSince(revision: number): Promise<ChangeFeed> {
    const since = this.log.since(revision);
    const feed: ChangeFeed = { revision: since.revision, reset: since.reset, notes: [], removedNotes: [], articles: [], removedArticles: [], entities: since.entities };
    if (since.reset) return feed;
    const { articles } = this.byId();
    for (const id of since.notes) {
      const note = this.data.notes.find((n) => n.id === id);
      if (note) feed.notes.push(summaryOf(note));
      else feed.removedNotes.push(id);
    }
    for (const id of since.articles) {
      const article = articles.get(id);
      if (article) feed.articles.push(articleSummary(article));
      else feed.removedArticles.push(id);
    }
    return feed;
  }

  // Notes

  async listNotes(): Promise<NoteSummary[]> {
    return this.data.notes.filter((n) => !n.trashedAt).map(summaryOf).sort(byNewest);
  }

  async getNote(id: string): Promise<Note> {
    const note = this.data.notes.find((n) => n.id === id);
    if (!note) throw new DossierError('not-found', 'That note no longer exists. It may have been deleted for good.');
    return note;
  }

  async createNote(input: { title?: string; content?: string; markdown?: string } = {}): Promise<Note> {
    const stamp = now();
    const content = input.markdown !== undefined ? markdownToNoteContent(input.markdown, this.data) : (input.content ?? '');
    // An exported brief's front matter names the note it came from.
    const title = input.title?.trim() || (input.markdown !== undefined ? splitFrontMatter(input.markdown).title : undefined) || 'Untitled note';
    const note: Note = { id: randomUUID(), title, content, createdAt: stamp, updatedAt: stamp };
    return this.change(
      () => {
        this.data.notes.push(note);
        return note;
      },
      { notes: [note.id] },
    );
  }

  async saveNote(id: string, changes: { title?: string; content?: string }): Promise<Note> {
    const note = await this.getNote(id);
    return this.change(
      () => {
        if (typeof changes.title === 'string') note.title = changes.title;
        if (typeof changes.content === 'string') note.content = changes.content;
        note.updatedAt = now();
        return note;
      },
      { notes: [id] },
    );
  }

  async duplicateNote(id: string): Promise<Note> {
    const original = await this.getNote(id);
    return this.createNote({ title: `${original.title} (copy)`, content: original.content });
  }

  async deleteNote(id: string): Promise<void> {
    const note = await this.getNote(id);
    await this.change(
      () => {
        note.trashedAt = now();
      },
      { notes: [id] },
    );
  }

  async listTrash(): Promise<NoteSummary[]> {
    return this.data.notes
      .filter((n) => n.trashedAt)
      .map(summaryOf)
      .sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''));
  }

  async restoreNote(id: string): Promise<Note> {
    const note = await this.getNote(id);
    return this.change(
      () => {
        delete note.trashedAt;
        return note;
      },
      { notes: [id] },
    );
  }

  async getUiState(): Promise<UiState> {
    return this.data.ui ?? {};
  }

  async setUiState(state: UiState): Promise<void> {
    await this.change(
      () => {
        this.data.ui = { ...state };
      },
      { ui: true },
    );
  }

  // Articles

  async listArticles(): Promise<ArticleSummary[]> {
    return this.data.articles
      .filter((a) => !a.trashedAt)
      .map(articleSummary)
      .sort(byNewest);
  }

  async trashArticle(id: string): Promise<ArticleSummary> {
    const article = this.findArticle(id);
    return this.change(
      () => {
        article.trashedAt = now();
        return articleSummary(article);
      },
      { articles: [id] },
    );
  }

  async restoreArticle(id: string): Promise<ArticleSummary> {
    const article = this.findArticle(id);
    return this.change(
      () => {
        delete article.trashedAt;
        return articleSummary(article);
      },
      { articles: [id] },
    );
  }

  async listTrashedArticles(): Promise<ArticleSummary[]> {
    return this.data.articles
      .filter((a) => a.trashedAt)
      .map(articleSummary)
      .sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''));
  }

  /** Deletes for good every note and article in the trash; citations to them keep the details they carry. */
  async emptyTrash(): Promise<{ notes: number; articles: number }> {
    const notes = this.data.notes.filter((n) => n.trashedAt).map((n) => n.id);
    const articles = this.data.articles.filter((a) => a.trashedAt).map((a) => a.id);
    return this.change(
      () => {
        this.data.notes = this.data.notes.filter((n) => !n.trashedAt);
        this.data.articles = this.data.articles.filter((a) => !a.trashedAt);
        return { notes: notes.length, articles: articles.length };
      },
      { notes, articles },
    );
  }

  private findArticle(id: string) {
    const article = this.data.articles.find((a) => a.id === id);
    if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook.');
    return article;
  }

  async getArticle(id: string): Promise<ArticleView> {
    const article = this.data.articles.find((a) => a.id === id);
    if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook.');
    return { ...article, entities: summarise(this.data.entities, [article]) };
  }

  async importText(input: ImportTextInput): Promise<ImportResult> {
    return this.change(() => importArticle(this.data, { ...input, format: 'paste' }), imported);
  }

  /** An article already read from a file, an address or the CLI (not part of the window's API). */
  async importDocument(document: ArticleInput): Promise<ImportResult> {
    return this.change(() => importArticle(this.data, document), imported);
  }

  async importFile(file: ImportFileInput): Promise<ImportResult> {
    const document = await importFileInput(file);
    return this.change(() => importArticle(this.data, document), imported);
  }

  async importUrl(url: string): Promise<ImportResult> {
    const document = await importFromUrl(url);
    return this.change(() => importArticle(this.data, document), imported);
  }

  async updateArticle(id: string, changes: Partial<ArticleMeta>): Promise<ArticleSummary> {
    // Both transports check this already; callers that reach the notebook directly (the CLI) are held to it too.
    const meta = typedArticleDetails(changes);
    const article = this.data.articles.find((a) => a.id === id);
    if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook.');
    const dated = article.publishedAt;
    const redate = typeof meta.publishedAt === 'string' && (meta.publishedAt.trim() || undefined) !== dated;
    return this.change(
      async () => {
        if (typeof meta.title === 'string' && meta.title.trim()) article.title = meta.title.trim();
        for (const key of ['source', 'author', 'publishedAt', 'url'] as const) {
          const value = meta[key];
          if (typeof value === 'string') article[key] = value.trim() || undefined;
        }
        // Dates such as "Oct. 10" were read against the old date (or left unread without one).
        if (redate) await redateArticle(this.data, article);
        return articleSummary(article);
      },
      redate ? { catalogue: true, articles: [id] } : { articles: [id] },
    );
  }

  // Entities and corrections

  async listEntities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    if (query?.articleId || query?.noteId) return listScope(this.data, query);
    // The whole notebook: from the counts kept up to date, and the same list again until something changes.
    if (this.listed?.changes !== this.entityCounts.changes) {
      this.listed = { changes: this.entityCounts.changes, entities: listNotebook(this.data, this.entityCounts, this.listed?.entities) };
    }
    return this.listed.entities;
  }

  async getEntityCard(id: string): Promise<EntityCard> {
    // Read from the counts' index of which articles name (or quote) the entity, not by a scan of every article.
    const { articles, entities } = this.byId();
    return workbench.entityCard(this.data, id, {
      articlesOf: (entityId) => [...this.entityCounts.articlesOf(entityId)].map((a) => articles.get(a)).filter((a): a is Article => !!a),
      entityById: (entityId) => entities.get(entityId),
    });
  }

  async renameEntity(id: string, name: string): Promise<Entity> {
    return this.correction(() => workbench.renameEntity(this.data, id, name));
  }

  async mergeEntities(intoId: string, otherIds: string[], options: MergeOptions = {}): Promise<Entity> {
    return this.correction(() => workbench.mergeEntities(this.data, intoId, otherIds, options ?? {}));
  }

  async splitAlias(id: string, alias: string): Promise<Entity> {
    return this.correction(() => workbench.splitAlias(this.data, id, alias));
  }

  async retypeEntity(id: string, type: EntityType): Promise<Entity> {
    return this.correction(() => workbench.retypeEntity(this.data, id, type));
  }

  async deleteEntity(id: string): Promise<void> {
    await this.correction(() => workbench.deleteEntity(this.data, id));
  }

  async ignoreEntity(id: string): Promise<void> {
    await this.correction(() => workbench.ignoreEntity(this.data, id));
  }

  async setQuoteSpeaker(articleId: string, quoteStart: number, speakerId: string | null): Promise<void> {
    await this.correction(() => evidence.setQuoteSpeaker(this.data, articleId, quoteStart, speakerId));
  }

  async dismissQuote(articleId: string, quoteStart: number): Promise<void> {
    await this.correction(() => evidence.dismissQuote(this.data, articleId, quoteStart));
  }

  async editPost(entityId: string, from: string | null, to: PostInput | null): Promise<Entity> {
    return this.correction(() => evidence.editPost(this.data, entityId, from, to));
  }

  async markEntity(articleId: string, start: number, end: number, type: EntityType): Promise<Entity> {
    return this.correction(() => evidence.markEntity(this.data, articleId, start, end, type));
  }

  async listCorrections(): Promise<Correction[]> {
    return this.data.corrections.map(({ id, kind, at, label }) => ({ id, kind, at, label }));
  }

  async undoCorrection(): Promise<Correction | null> {
    const last = this.data.corrections.at(-1);
    return this.change(
      () => workbench.undoLastCorrection(this.data),
      () => touchedBy(last),
    );
  }

  /** A correction saves the catalogue and the articles and notes its undo record says it touched. */
  private correction<T>(fn: () => T): Promise<T> {
    return this.change(fn, () => touchedBy(this.data.corrections.at(-1)));
  }

  async exportEntityDossier(id: string): Promise<ExportedFile> {
    return entityDossier(this.data, id);
  }

  async exportEntitiesCsv(): Promise<ExportedFile> {
    return entitiesCsv(this.data);
  }

  // Find

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    return this.searchIndex.search(query, options?.limit ?? 20);
  }

  /** Loads or builds the search index in the background, so the first search is instant. */
  warmSearch(): Promise<void> {
    return this.searchIndex.warm();
  }

  // Pictures

  /** Builds the pictures' index in the background, so the first timeline or graph is drawn at once. */
  warmPictures(): Promise<void> {
    return this.pictureIndex.warm();
  }

  async getTimeline(options: TimelineOptions = {}): Promise<Timeline> {
    return this.picture(`timeline ${JSON.stringify(options ?? {})}`, () => timelineFromIndex(this.picturesOf(options?.articleId), options ?? {}));
  }

  async getGraph(options: GraphOptions = {}): Promise<EntityGraph> {
    // Laid out here when asked (options.aspect), so the window only draws.
    return this.picture(`graph ${JSON.stringify(options ?? {})}`, () => this.graphPlacements.place(graphFromIndex(this.picturesOf(options?.articleId), options ?? {}), options ?? {}));
  }

  /** The notebook's picture index, or one over a single article (cheap to make, and kept with its drawing). */
  private picturesOf(articleId?: string): PictureIndex {
    return articleId ? PictureIndex.ofArticle(this.data, articleId) : this.pictureIndex;
  }

  /** The pictures last drawn, kept until an article or an entity changes (a note save changes neither). */
  private pictures: { changes: number; drawn: Map<string, unknown> } = { changes: -1, drawn: new Map() };

  private picture<T>(key: string, draw: () => T): T {
    if (this.pictures.changes !== this.pictureIndex.changes) this.pictures = { changes: this.pictureIndex.changes, drawn: new Map() };
    const drawn = this.pictures.drawn;
    if (!drawn.has(key)) {
      if (drawn.size >= 8) drawn.delete(drawn.keys().next().value as string);
      drawn.set(key, draw());
    }
    return drawn.get(key) as T;
  }

  // Briefs out

  async exportNote(id: string, format: 'md'): Promise<ExportedFile> {
    if (format !== 'md') throw new DossierError('invalid-input', `Dossier cannot export to "${format}" here. Choose Markdown.`);
    return exportBrief(this.data, [id], { format: 'md' });
  }

  async exportNotes(ids: string[], options: ExportOptions): Promise<ExportedFile> {
    return exportBrief(this.data, ids, options, this.pdfPrinter);
  }
}
