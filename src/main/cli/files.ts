import { readFileSync } from 'node:fs';
import { DossierError } from '../../shared/errors';

/** A plain message for a file the CLI cannot read: missing, a folder, or not allowed. */
export function unreadable(path: string, error: unknown): DossierError {
  const code = (error as NodeJS.ErrnoException).code;
  return new DossierError('invalid-input', code === 'ENOENT' ? `${path}: no such file.` : `${path}: cannot be read (${code}).`);
}

export function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw unreadable(path, error);
  }
}

