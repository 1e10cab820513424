import { randomUUID } from 'node:crypto';
import type { EntityQuery, ExportedFile, ImportResult, ImportTextInput, NotebookApi, NotebookInfo } from '../shared/api';
import { DossierError } from '../shared/errors';
import type { Article, ArticleSummary, ArticleView, EntitySummary, Note, NoteSummary } from '../shared/model';
import { mergeExtraction, summarise } from './entities/merge';
import { markdownFileName, markdownToNoteContent, noteToMarkdown } from './export/markdown';
import { extract } from './extract';
import type { NotebookStore } from './store';

const MAX_ARTICLE_CHARS = 5_000_000;

function now(): string {
  return new Date().toISOString();
}

function normaliseForDuplicate(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}

function articleSummary(article: Article): ArticleSummary {
  const { id, title, source, author, publishedAt, url, importedAt } = article;
  return { id, title, source, author, publishedAt, url, importedAt, entityCount: new Set(article.mentions.map((m) => m.entityId)).size };
}

const byNewest = <T extends { updatedAt?: string; importedAt?: string }>(a: T, b: T) =>
  (b.updatedAt ?? b.importedAt ?? '').localeCompare(a.updatedAt ?? a.importedAt ?? '');

/** The one implementation of NotebookApi: plain Node over a NotebookStore. */
export class Notebook implements NotebookApi {
  constructor(
    private readonly store: NotebookStore,
    private readonly dataDir: string,
  ) {}

  private get data() {
    return this.store.data;
  }

  async info(): Promise<NotebookInfo> {
    return { dataDir: this.dataDir, file: this.store.file, notice: this.store.notice };
  }

  async listNotes(): Promise<NoteSummary[]> {
    return this.data.notes.map(({ id, title, createdAt, updatedAt }) => ({ id, title, createdAt, updatedAt })).sort(byNewest);
  }

  async getNote(id: string): Promise<Note> {
    const note = this.data.notes.find((n) => n.id === id);
    if (!note) throw new DossierError('not-found', 'That note no longer exists. It may have been deleted.');
    return note;
  }

  async createNote(input: { title?: string; content?: string; markdown?: string } = {}): Promise<Note> {
    const stamp = now();
    const content = input.markdown !== undefined ? markdownToNoteContent(input.markdown) : (input.content ?? '');
    const note: Note = { id: randomUUID(), title: input.title?.trim() || 'Untitled note', content, createdAt: stamp, updatedAt: stamp };
    this.data.notes.push(note);
    await this.store.save();
    return note;
  }

  async saveNote(id: string, changes: { title?: string; content?: string }): Promise<Note> {
    const note = await this.getNote(id);
    if (typeof changes.title === 'string') note.title = changes.title;
    if (typeof changes.content === 'string') note.content = changes.content;
    note.updatedAt = now();
    await this.store.save();
    return note;
  }

  async deleteNote(id: string): Promise<void> {
    await this.getNote(id);
    this.data.notes = this.data.notes.filter((n) => n.id !== id);
    await this.store.save();
  }

  async listArticles(): Promise<ArticleSummary[]> {
    return this.data.articles.map(articleSummary).sort(byNewest);
  }

  async getArticle(id: string): Promise<ArticleView> {
    const article = this.data.articles.find((a) => a.id === id);
    if (!article) throw new DossierError('not-found', 'That article is no longer in the notebook.');
    return { ...article, entities: summarise(this.data.entities, [article]) };
  }

  async importText(input: ImportTextInput): Promise<ImportResult> {
    const text = (typeof input?.text === 'string' ? input.text : '').replace(/\r\n?/g, '\n').trim();
    if (!text) {
      throw new DossierError('empty-import', "There is no article text to import. Paste the article's text into the Text box, then choose Import.");
    }
    if (text.length > MAX_ARTICLE_CHARS) {
      throw new DossierError(
        'invalid-input',
        `This text is ${(text.length / 1e6).toFixed(1)} million characters long, more than one article can be (5 million). Split it into separate articles.`,
      );
    }
    const fingerprint = normaliseForDuplicate(text);
    const existing = this.data.articles.find((a) => normaliseForDuplicate(a.text) === fingerprint);
    if (existing) return { article: articleSummary(existing), duplicateOf: existing.id };
    const id = randomUUID();
    const extraction = extract(text, { publishedAt: input.publishedAt });
    const { mentions, quotes } = mergeExtraction(this.data.entities, id, extraction);
    const clean = (value?: string) => value?.trim() || undefined;
    const article: Article = {
      id,
      title: clean(input.title) ?? text.split('\n', 1)[0].slice(0, 120),
      text,
      source: clean(input.source),
      author: clean(input.author),
      publishedAt: clean(input.publishedAt),
      url: clean(input.url),
      format: 'paste',
      importedAt: now(),
      mentions,
      quotes,
    };
    this.data.articles.push(article);
    await this.store.save();
    return { article: articleSummary(article) };
  }

  async listEntities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    const articles = query.articleId ? this.data.articles.filter((a) => a.id === query.articleId) : this.data.articles;
    return summarise(this.data.entities, articles);
  }

  async exportNote(id: string, format: 'md'): Promise<ExportedFile> {
    if (format !== 'md') throw new DossierError('invalid-input', `Dossier cannot export to "${format}" yet. Choose Markdown.`);
    const note = await this.getNote(id);
    return { fileName: markdownFileName(note.title), mimeType: 'text/markdown', content: noteToMarkdown(note) };
  }
}
