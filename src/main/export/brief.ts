import type { ExportedFile, ExportOptions } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import type { NotebookData } from '../store/schema';
import { markdownFileName, noteToMarkdown } from './markdown';

/** Several notes into one Markdown or PDF brief (issue 7 completes this). */
export async function exportBrief(data: NotebookData, ids: string[], options: ExportOptions): Promise<ExportedFile> {
  const notes = ids.map((id) => {
    const note = data.notes.find((n) => n.id === id);
    if (!note) throw new DossierError('not-found', 'One of the notes to export no longer exists.');
    return note;
  });
  if (notes.length === 0) throw new DossierError('invalid-input', 'Choose at least one note to export.');
  if (options.format !== 'md') throw new DossierError('export-failed', 'PDF export is not available in this build yet. Export to Markdown instead.');
  return {
    fileName: markdownFileName(notes.length === 1 ? notes[0].title : 'Briefs'),
    mimeType: 'text/markdown',
    content: notes.map((n) => noteToMarkdown(n)).join('\n'),
  };
}

export function entityDossier(_data: NotebookData, _id: string): ExportedFile {
  throw new DossierError('export-failed', 'Entity dossiers are not available in this build yet.');
}

export function entitiesCsv(_data: NotebookData): ExportedFile {
  throw new DossierError('export-failed', 'The entity table export is not available in this build yet.');
}
