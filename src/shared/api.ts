import type { ArticleMeta, ArticleSummary, ArticleView, EntitySummary, Note, NoteSummary } from './model';

export interface ImportTextInput extends ArticleMeta {
  text: string;
}

export interface ImportResult {
  article: ArticleSummary;
  /** Set when the same text was already in the notebook: nothing new was stored. */
  duplicateOf?: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

export interface NotebookInfo {
  dataDir: string;
  file: string;
  /** Something the user must hear at start-up, e.g. a damaged file was set aside. */
  notice?: string;
}

export interface EntityQuery {
  articleId?: string;
}

/** The one contract between the window and the notebook, over Electron IPC or loopback HTTP. */
export interface NotebookApi {
  info(): Promise<NotebookInfo>;
  listNotes(): Promise<NoteSummary[]>;
  getNote(id: string): Promise<Note>;
  createNote(input: { title?: string; content?: string; markdown?: string }): Promise<Note>;
  saveNote(id: string, changes: { title?: string; content?: string }): Promise<Note>;
  deleteNote(id: string): Promise<void>;
  listArticles(): Promise<ArticleSummary[]>;
  getArticle(id: string): Promise<ArticleView>;
  importText(input: ImportTextInput): Promise<ImportResult>;
  listEntities(query?: EntityQuery): Promise<EntitySummary[]>;
  exportNote(id: string, format: 'md'): Promise<ExportedFile>;
}

export type NotebookMethod = keyof NotebookApi;

/** The method names, so both transports can build and check calls from one list. */
export const NOTEBOOK_METHODS = [
  'info',
  'listNotes',
  'getNote',
  'createNote',
  'saveNote',
  'deleteNote',
  'listArticles',
  'getArticle',
  'importText',
  'listEntities',
  'exportNote',
] as const satisfies readonly NotebookMethod[];

/** Desktop-only extras the window may use; browser mode provides its own versions. */
export interface DesktopBridge {
  platform: 'electron';
  api: NotebookApi;
  /** Ask the user where to save and write the file; false when they cancel. */
  saveFile(file: ExportedFile): Promise<boolean>;
  /** Menu commands (accelerators live in the native menu). Returns the unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}

export type MenuCommand = 'new-note' | 'import' | 'export-markdown' | 'focus-search' | 'focus-editor';
