import { DossierError, type DossierErrorCode } from '../../shared/errors';

/**
 * A file, paste or address that could not be imported. `file` names what the user gave us,
 * `reason` is a stable machine word (tests and the UI may branch on it), and the message says in
 * plain words what happened and what to do.
 *
 * It extends DossierError, and keeps its name, so the IPC and HTTP transports pass the code and
 * message through to the window unchanged.
 */
export class ImportError extends DossierError {
  constructor(
    public readonly file: string,
    public readonly reason: ImportFailure,
    message: string,
  ) {
    super(codeFor(reason), message);
  }
}

export type ImportFailure =
  | 'empty'
  | 'too-large'
  | 'binary'
  | 'unknown-format'
  | 'unreadable'
  | 'no-text-layer'
  | 'password'
  | 'not-an-article'
  | 'bad-url'
  | 'http-status'
  | 'timeout'
  | 'unreachable'
  | 'private-address'
  | 'not-html';

function codeFor(reason: ImportFailure): DossierErrorCode {
  return reason === 'empty' ? 'empty-import' : 'import-failed';
}

/** Files above this size are refused before they are read: no article is 50 MB of text. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

export function tooLarge(file: string, size: number, limit = MAX_IMPORT_BYTES): ImportError {
  return new ImportError(
    file,
    'too-large',
    `${file} is ${megabytes(size)}, larger than the ${megabytes(limit)} Dossier imports at once. Split it into smaller files, or copy the article's text and paste it instead.`,
  );
}

export function emptyFile(file: string, whitespaceOnly: boolean): ImportError {
  const what = whitespaceOnly ? 'contains only spaces and blank lines' : 'is empty';
  return new ImportError(file, 'empty', `${file} ${what}, so there is no article text to import. Check that you chose the right file, or that it was saved completely.`);
}

export function emptyPaste(whitespaceOnly: boolean): ImportError {
  const what = whitespaceOnly ? 'The pasted text contains only spaces and blank lines' : 'Nothing was pasted';
  return new ImportError('pasted text', 'empty', `${what}, so there is no article text to import. Copy the article's text, paste it into the Text box, then choose Import.`);
}
