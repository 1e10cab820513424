/** Every failure a user can meet carries a code and a message in plain words saying what to do. */
export type DossierErrorCode =
  | 'not-found'
  | 'invalid-input'
  | 'empty-import'
  | 'duplicate'
  | 'import-failed'
  | 'notebook-locked'
  | 'notebook-damaged'
  | 'export-failed'
  | 'disk-full'
  | 'save-failed'
  | 'internal';

export class DossierError extends Error {
  constructor(
    readonly code: DossierErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DossierError';
  }
}

export function isDossierError(value: unknown): value is DossierError {
  return value instanceof Error && value.name === 'DossierError' && 'code' in value;
}
