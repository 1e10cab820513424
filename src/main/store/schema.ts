import type { Article, Correction, Entity, Note, UiState } from '../../shared/model';
import type { CorrectionRecord, EntityRule } from '../entities/rules';

/**
 * 3: the notebook is a folder. notebook.json holds the catalogue (entities, corrections, rules),
 * ui.json what the window last showed, notes/ and articles/ one file a record. 0–2 were one file.
 */
export const SCHEMA_VERSION = 3;

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
  // The store splits a one-file notebook into the folder layout when it next saves.
  (data) => ({ ...data, schemaVersion: 3 }),
];

/** A notebook file from before the folder layout: it holds the notes and articles itself. */
export function isSingleFile(raw: unknown): boolean {
  return !!raw && typeof raw === 'object' && Array.isArray((raw as { notes?: unknown }).notes);
}

/** What notebook.json holds in the folder layout. */
export function catalogueOf(data: NotebookData): Pick<NotebookData, 'schemaVersion' | 'entities' | 'corrections' | 'rules'> {
  return { schemaVersion: SCHEMA_VERSION, entities: data.entities, corrections: data.corrections, rules: data.rules };
}

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
  // A catalogue (the folder layout) has its notes and articles beside it, read by the store.
  const lists = 'notes' in data || 'articles' in data ? (['notes', 'articles', 'entities', 'corrections', 'rules'] as const) : (['entities', 'corrections', 'rules'] as const);
  for (const list of lists) {
    if (!Array.isArray(data[list])) throw new NotebookShapeError(`"${list}" is missing or not a list`);
  }
  return { notes: [], articles: [], ui: {}, ...data } as unknown as NotebookData;
}
