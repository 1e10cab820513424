import type { Article, Correction, Entity, Note, UiState } from '../../shared/model';
import type { CorrectionRecord, EntityRule } from '../entities/rules';

export const SCHEMA_VERSION = 2;

export interface NotebookData {
  schemaVersion: number;
  notes: Note[];
  articles: Article[];
  entities: Entity[];
  /** What the user corrected, newest last: undo reads it, later imports obey its rules. */
  corrections: Array<Correction & CorrectionRecord>;
  rules: EntityRule[];
  ui: UiState;
}

export function emptyNotebook(): NotebookData {
  return { schemaVersion: SCHEMA_VERSION, notes: [], articles: [], entities: [], corrections: [], rules: [], ui: {} };
}

/** Thrown when the file parses but is not a notebook we can read. */
export class NotebookShapeError extends Error {}

type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

// Index i upgrades version i to i+1. Version 0 is the unversioned shape of early builds.
const MIGRATIONS: Migration[] = [
  (data) => ({ ...data, schemaVersion: 1, entities: data.entities ?? [] }),
  (data) => ({ ...data, schemaVersion: 2, corrections: [], rules: [], ui: {} }),
];

/** Brings any older notebook up to SCHEMA_VERSION; refuses one written by a newer Dossier. */
export function migrate(raw: unknown): NotebookData {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new NotebookShapeError('not a JSON object');
  let data = raw as Record<string, unknown>;
  let version = typeof data.schemaVersion === 'number' ? data.schemaVersion : 0;
  if (version > SCHEMA_VERSION) {
    throw new NotebookShapeError(`written by a newer Dossier (schema ${version}; this one reads up to ${SCHEMA_VERSION})`);
  }
  while (version < SCHEMA_VERSION) {
    data = MIGRATIONS[version](data);
    version++;
  }
  for (const list of ['notes', 'articles', 'entities', 'corrections', 'rules'] as const) {
    if (!Array.isArray(data[list])) throw new NotebookShapeError(`"${list}" is missing or not a list`);
  }
  return data as unknown as NotebookData;
}
