import type { EntityType } from './extraction';
import type {
  ArticleMeta,
  ArticleSummary,
  ArticleView,
  Correction,
  Entity,
  EntityCard,
  EntityGraph,
  EntitySummary,
  GraphOptions,
  Note,
  NoteSummary,
  SearchResults,
  Timeline,
  TimelineOptions,
  UiState,
} from './model';

export interface ImportTextInput extends ArticleMeta {
  text: string;
}

/** A file handed over by the window (dialog or drag-and-drop): its name and bytes. */
export interface ImportFileInput {
  name: string;
  dataBase64: string;
}

export interface ImportResult {
  article: ArticleSummary;
  /** Set when the same text was already in the notebook: nothing new was stored. */
  duplicateOf?: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** Text for Markdown and CSV; base64 for PDF (see encoding). */
  content: string;
  encoding?: 'utf8' | 'base64';
  /** Files written beside it, which it links to by name: a Markdown brief's pictures. */
  attachments?: ExportedAttachment[];
}

/** A file that goes beside an export: a plain file name (no folder) and its bytes as base64. */
export interface ExportedAttachment {
  fileName: string;
  mimeType: string;
  content: string;
  encoding: 'base64';
}

export interface ExportOptions {
  format: 'md' | 'pdf';
  /** Markdown: mentions as plain names (default) or as links to an entity appendix. */
  mentionLinks?: boolean;
  /** Citations as footnotes (default) or as a numbered "Sources" list. */
  citations?: 'footnotes' | 'sources';
  /** Add a "Sources" list of every article cited. */
  sourcesList?: boolean;
  /** PDF paper size. */
  paper?: 'A4' | 'Letter';
}

export interface NotebookInfo {
  dataDir: string;
  file: string;
  /** Something the user must hear at start-up, e.g. a damaged file was set aside. */
  notice?: string;
  /** The case this notebook is for, when the app keeps several. */
  notebook?: NotebookCase;
}

/** One notebook per case: its own folder, files, lock and backups. */
export interface NotebookCase {
  id: string;
  name: string;
  createdAt: string;
  lastOpenedAt?: string;
}

export interface MovedItem {
  kind: 'note' | 'article';
  id: string;
}

export interface MoveResult {
  kind: 'note' | 'article';
  /** Its id in the notebook it went to. */
  id: string;
  notebook: NotebookCase;
  /** The article was there already, so nothing new was stored there; it has still left this notebook. */
  alreadyThere?: boolean;
}

export interface MergeOptions {
  /** Remember the merge for later imports (false: only this notebook's articles so far). */
  laterImports?: boolean;
}

/** A post as the user types it: "Foreign Minister", of "Japan", perhaps a former one. */
export interface PostInput {
  title: string;
  organization?: string;
  former?: boolean;
}

/** What changed in the notebook since a revision the window had: apply it, or read everything again. */
export interface ChangeFeed {
  revision: number;
  /** Too far behind (or a change touched everything): read every list again. */
  reset: boolean;
  /** Notes changed since (in the trash or not, by trashedAt), and the ids of those deleted for good. */
  notes: NoteSummary[];
  removedNotes: string[];
  articles: ArticleSummary[];
  removedArticles: string[];
  /** Entities (names, counts) may have changed: lists of them should be asked for again. */
  entities: boolean;
}

export interface EntityQuery {
  articleId?: string;
  noteId?: string;
}

export interface SearchOptions {
  /** Most hits of each kind (20 unless given). */
  limit?: number;
}

/** The one contract between the window and the notebook, over Electron IPC or loopback HTTP. */
export interface NotebookApi {
  info(): Promise<NotebookInfo>;

  // Cases
  /** Every notebook on this computer, most recently opened first. */
  listNotebooks(): Promise<NotebookCase[]>;
  /** Makes an empty notebook and opens it (the one open before is closed, and kept). */
  createNotebook(name: string): Promise<NotebookCase>;
  switchNotebook(id: string): Promise<NotebookInfo>;
  /** Moves a note or an article into another notebook: it is added there, then removed here. */
  moveToNotebook(item: MovedItem, notebookId: string): Promise<MoveResult>;

  /** What changed since `revision` (-1: nothing known yet, which answers with the revision now and reset). */
  changesSince(revision: number): Promise<ChangeFeed>;

  // Notes
  listNotes(): Promise<NoteSummary[]>;
  getNote(id: string): Promise<Note>;
  createNote(input: { title?: string; content?: string; markdown?: string }): Promise<Note>;
  saveNote(id: string, changes: { title?: string; content?: string }): Promise<Note>;
  duplicateNote(id: string): Promise<Note>;
  /** Moves the note to the trash; restoreNote brings it back. */
  deleteNote(id: string): Promise<void>;
  listTrash(): Promise<NoteSummary[]>;
  restoreNote(id: string): Promise<Note>;
  getUiState(): Promise<UiState>;
  setUiState(state: UiState): Promise<void>;

  // Articles
  listArticles(): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<ArticleView>;
  importText(input: ImportTextInput): Promise<ImportResult>;
  importFile(file: ImportFileInput): Promise<ImportResult>;
  importUrl(url: string): Promise<ImportResult>;
  updateArticle(id: string, meta: Partial<ArticleMeta>): Promise<ArticleSummary>;
  /** Moves the article to the trash: its mentions, quotes and posts leave the entities until restoreArticle. */
  trashArticle(id: string): Promise<ArticleSummary>;
  restoreArticle(id: string): Promise<ArticleSummary>;
  listTrashedArticles(): Promise<ArticleSummary[]>;
  /** Deletes every trashed note and article for good. */
  emptyTrash(): Promise<{ notes: number; articles: number }>;

  // Entities and corrections
  listEntities(query?: EntityQuery): Promise<EntitySummary[]>;
  getEntityCard(id: string): Promise<EntityCard>;
  renameEntity(id: string, name: string): Promise<Entity>;
  /**
   * The others become aliases of `intoId`; their mentions, posts and quotes follow. Later imports
   * join those names into it too only when asked (laterImports); by default the articles so far.
   */
  mergeEntities(intoId: string, otherIds: string[], options?: MergeOptions): Promise<Entity>;
  splitAlias(id: string, alias: string): Promise<Entity>;
  retypeEntity(id: string, type: EntityType): Promise<Entity>;
  deleteEntity(id: string): Promise<void>;
  /** Deletes the entity and remembers the name as "not an entity" for later imports. */
  ignoreEntity(id: string): Promise<void>;
  // Evidence corrections: each is undoable with undoCorrection, like those above.
  /** Who said the quote at `quoteStart` of the article: a person or organisation, or null for nobody known. */
  setQuoteSpeaker(articleId: string, quoteStart: number, speakerId: string | null): Promise<void>;
  /** The quote is not a statement: it leaves the article's quotes and the speaker's card. */
  dismissQuote(articleId: string, quoteStart: number): Promise<void>;
  /** Changes a post (`from`, as the card shows it) to `to`, adds one (`from` null) or removes one (`to` null). */
  editPost(entityId: string, from: string | null, to: PostInput | null): Promise<Entity>;
  /** The words from start to end of the article name an entity of `type`: it gains a mention there (made if new). */
  markEntity(articleId: string, start: number, end: number, type: EntityType): Promise<Entity>;
  listCorrections(): Promise<Correction[]>;
  /** Undoes the most recent correction; null when there is none. */
  undoCorrection(): Promise<Correction | null>;
  exportEntityDossier(id: string): Promise<ExportedFile>;
  exportEntitiesCsv(): Promise<ExportedFile>;

  // Find
  /** Ranked hits over article bodies and details, notes' words and entity names, grouped by kind. */
  search(query: string, options?: SearchOptions): Promise<SearchResults>;

  // Pictures
  /** Every dated statement in scope, oldest first: the sentence, its date, its article and who is named in it. */
  getTimeline(options?: TimelineOptions): Promise<Timeline>;
  /** Who appears with whom: entities as nodes, shared sentences as weighted edges with their evidence. */
  getGraph(options?: GraphOptions): Promise<EntityGraph>;

  // Briefs out
  exportNote(id: string, format: 'md'): Promise<ExportedFile>;
  exportNotes(ids: string[], options: ExportOptions): Promise<ExportedFile>;
}

export type NotebookMethod = keyof NotebookApi;

/** The method names, so both transports can build and check calls from one list. */
export const NOTEBOOK_METHODS = [
  'info',
  'listNotebooks',
  'createNotebook',
  'switchNotebook',
  'moveToNotebook',
  'changesSince',
  'listNotes',
  'getNote',
  'createNote',
  'saveNote',
  'duplicateNote',
  'deleteNote',
  'listTrash',
  'restoreNote',
  'getUiState',
  'setUiState',
  'listArticles',
  'getArticle',
  'importText',
  'importFile',
  'importUrl',
  'updateArticle',
  'trashArticle',
  'restoreArticle',
  'listTrashedArticles',
  'emptyTrash',
  'listEntities',
  'getEntityCard',
  'renameEntity',
  'mergeEntities',
  'splitAlias',
  'retypeEntity',
  'deleteEntity',
  'ignoreEntity',
  'setQuoteSpeaker',
  'dismissQuote',
  'editPost',
  'markEntity',
  'listCorrections',
  'undoCorrection',
  'exportEntityDossier',
  'exportEntitiesCsv',
  'search',
  'getTimeline',
  'getGraph',
  'exportNote',
  'exportNotes',
] as const satisfies readonly NotebookMethod[];

// Fails to compile when a method of NotebookApi is missing from the list above.
type Missing = Exclude<NotebookMethod, (typeof NOTEBOOK_METHODS)[number]>;
export const _allMethodsListed: Missing extends never ? true : Missing = true;

/** Desktop-only extras the window may use; browser mode provides its own versions. */
export interface DesktopBridge {
  platform: 'electron';
  api: NotebookApi;
  /** Ask the user where to save and write the file; false when they cancel. */
  saveFile(file: ExportedFile): Promise<boolean>;
  /** Menu commands (accelerators live in the native menu). Returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type MenuCommand =
  | 'new-note'
  | 'new-notebook'
  | 'open-notebook'
  | 'import'
  | 'import-url'
  | 'import-brief'
  | 'export-markdown'
  | 'export-pdf'
  | 'focus-search'
  | 'focus-editor'
  | 'find-in-note'
  | 'insert-link';
