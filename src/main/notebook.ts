import { randomUUID } from 'node:crypto';
import type {
  EntityQuery,
  ExportedFile,
  ExportOptions,
  ImportFileInput,
  ImportResult,
  ImportTextInput,
  NotebookApi,
  NotebookInfo,
} from '../shared/api';
import { DossierError } from '../shared/errors';
import type { EntityType } from '../shared/extraction';
import type { ArticleMeta, ArticleSummary, ArticleView, Correction, Entity, EntityCard, EntitySummary, Note, NoteSummary, UiState } from '../shared/model';
import * as workbench from './entities/corrections';
import { summarise } from './entities/merge';
import { listScope } from './entities/scope';
import { entitiesCsv, entityDossier, exportBrief } from './export/brief';
import { ChromiumPdfPrinter } from './export/chromium-printer';
import { markdownToNoteContent, splitFrontMatter } from './export/markdown';
import type { PdfPrinter } from './export/pdf-printer';
import { type ArticleInput, articleSummary, importArticle, importFileInput, importFromUrl } from './articles/import-article';
import type { NotebookStore } from './store';

function now(): string {
  return new Date().toISOString();
}

const summaryOf = ({ id, title, createdAt, updatedAt, trashedAt }: Note): NoteSummary => ({ id, title, createdAt, updatedAt, trashedAt });
const byNewest = <T extends { updatedAt?: string; importedAt?: string }>(a: T, b: T) =>
  (b.updatedAt ?? b.importedAt ?? '').localeCompare(a.updatedAt ?? a.importedAt ?? '');

/** The one implementation of NotebookApi: plain Node over a NotebookStore, composed from the rooms in main/. */
export class Notebook implements NotebookApi {
  constructor(
    private readonly store: NotebookStore,
    private readonly dataDir: string,
    /** Prints briefs to PDF: the system's Chromium unless the desktop app sets its own (setPdfPrinter). */
    private pdfPrinter: PdfPrinter = new ChromiumPdfPrinter(),
  ) {}

  setPdfPrinter(printer: PdfPrinter): void {
    this.pdfPrinter = printer;
  }

  private get data() {
    return this.store.data;
  }

  /** Runs a change and saves it; nothing is saved when the change throws. */
  private async change<T>(fn: () => T | Promise<T>): Promise<T> {
    const result = await fn();
    if (this.batchDepth > 0) this.unsaved = true;
    else await this.store.save();
    return result;
  }

  private batchDepth = 0;
  private unsaved = false;

  /**
   * Runs many changes with one save at the end (and one every `saveEvery` calls of `checkpoint`),
   * so importing a thousand files does not rewrite the notebook a thousand times.
   */
  async inBatch<T>(fn: (checkpoint: () => Promise<void>) => Promise<T>): Promise<T> {
    this.batchDepth++;
    const checkpoint = async () => {
      if (!this.unsaved) return;
      this.unsaved = false;
      await this.store.save();
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
    const content = input.markdown !== undefined ? markdownToNoteContent(input.markdown) : (input.content ?? '');
    // An exported brief's front matter names the note it came from.
    const title = input.title?.trim() || (input.markdown !== undefined ? splitFrontMatter(input.markdown).title : undefined) || 'Untitled note';
    const note: Note = { id: randomUUID(), title, content, createdAt: stamp, updatedAt: stamp };
    return this.change(() => {
      this.data.notes.push(note);
      return note;
    });
  }

  async saveNote(id: string, changes: { title?: string; content?: string }): Promise<Note> {
    const note = await this.getNote(id);
    return this.change(() => {
      if (typeof changes.title === 'string') note.title = changes.title;
      if (typeof changes.content === 'string') note.content = changes.content;
      note.updatedAt = now();
      return note;
    });
  }

  async duplicateNote(id: string): Promise<Note> {
    const original = await this.getNote(id);
    return this.createNote({ title: `${original.title} (copy)`, content: original.content });
  }

  async deleteNote(id: string): Promise<void> {
    const note = await this.getNote(id);
    await this.change(() => {
      note.trashedAt = now();
    });
  }

  async listTrash(): Promise<NoteSummary[]> {
    return this.data.notes
      .filter((n) => n.trashedAt)
      .map(summaryOf)
      .sort((a, b) => (b.trashedAt ?? '').localeCompare(a.trashedAt ?? ''));
  }

  async restoreNote(id: string): Promise<Note> {
    const note = await this.getNote(id);
    return this.change(() => {
      delete note.trashedAt;
      return note;
    });
  }

  async getUiState(): Promise<UiState> {
    return this.data.ui ?? {};
  }

  async setUiState(state: UiState): Promise<void> {
    await this.change(() => {
      this.data.ui = { ...state };
    });
  }

  // Articles

  async listArticles(): Promise<ArticleSummary[]> {
    return this.data.articles.map(articleSummary).sort(byNewest);
  }

  async getArticle(id: string): Promise<ArticleView> {
    const article = this.data.articles.find((a) => a.id === id);
    if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook.');
    return { ...article, entities: summarise(this.data.entities, [article]) };
  }

  async importText(input: ImportTextInput): Promise<ImportResult> {
    return this.change(() => importArticle(this.data, { ...input, format: 'paste' }));
  }

  /** An article already read from a file, an address or the CLI (not part of the window's API). */
  async importDocument(document: ArticleInput): Promise<ImportResult> {
    return this.change(() => importArticle(this.data, document));
  }

  async importFile(file: ImportFileInput): Promise<ImportResult> {
    const document = await importFileInput(file);
    return this.change(() => importArticle(this.data, document));
  }

  async importUrl(url: string): Promise<ImportResult> {
    const document = await importFromUrl(url);
    return this.change(() => importArticle(this.data, document));
  }

  async updateArticle(id: string, meta: Partial<ArticleMeta>): Promise<ArticleSummary> {
    const article = this.data.articles.find((a) => a.id === id);
    if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook.');
    return this.change(() => {
      if (typeof meta.title === 'string' && meta.title.trim()) article.title = meta.title.trim();
      for (const key of ['source', 'author', 'publishedAt', 'url'] as const) {
        const value = meta[key];
        if (typeof value === 'string') article[key] = value.trim() || undefined;
      }
      return articleSummary(article);
    });
  }

  // Entities and corrections

  async listEntities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    return listScope(this.data, query ?? {});
  }

  async getEntityCard(id: string): Promise<EntityCard> {
    return workbench.entityCard(this.data, id);
  }

  async renameEntity(id: string, name: string): Promise<Entity> {
    return this.change(() => workbench.renameEntity(this.data, id, name));
  }

  async mergeEntities(intoId: string, otherIds: string[]): Promise<Entity> {
    return this.change(() => workbench.mergeEntities(this.data, intoId, otherIds));
  }

  async splitAlias(id: string, alias: string): Promise<Entity> {
    return this.change(() => workbench.splitAlias(this.data, id, alias));
  }

  async retypeEntity(id: string, type: EntityType): Promise<Entity> {
    return this.change(() => workbench.retypeEntity(this.data, id, type));
  }

  async deleteEntity(id: string): Promise<void> {
    await this.change(() => workbench.deleteEntity(this.data, id));
  }

  async ignoreEntity(id: string): Promise<void> {
    await this.change(() => workbench.ignoreEntity(this.data, id));
  }

  async listCorrections(): Promise<Correction[]> {
    return this.data.corrections.map(({ id, kind, at, label }) => ({ id, kind, at, label }));
  }

  async undoCorrection(): Promise<Correction | null> {
    return this.change(() => workbench.undoLastCorrection(this.data));
  }

  async exportEntityDossier(id: string): Promise<ExportedFile> {
    return entityDossier(this.data, id);
  }

  async exportEntitiesCsv(): Promise<ExportedFile> {
    return entitiesCsv(this.data);
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
