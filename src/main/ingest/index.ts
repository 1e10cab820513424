/**
 * The import room: a file, a web address or pasted text → clean article text and its details.
 * Plain Node; the Electron shell, browser mode and the CLI all call these functions.
 */
export type { ImportedDocument, ImportFormat } from './document';
export { normalizeForDuplicate } from './duplicate';
export { type ImportFailure, ImportError, MAX_IMPORT_BYTES } from './errors';
export { readDocument, readDocumentFile, SUPPORTED_EXTENSIONS } from './read-document';
export { type FetchOptions, fetchArticle } from './url';
export { readPastedText } from './text';
export { detailLine, tidyDocument, webAddress } from './tidy';
export { normalizeLineEndings } from './paragraphs';
