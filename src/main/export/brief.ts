import type { ExportedFile, ExportOptions } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import type { Note } from '../../shared/model';
import type { NotebookData } from '../store/schema';
import { briefAuthor } from './author';
import { type BriefMeta, briefMarkdown } from './brief-markdown';
import { FigureFiles } from './figure';
import { notePages } from './contents-pages';
import { exportFileName } from './markdown';
import type { PdfPrinter } from './pdf-printer';
import { briefPrintHtml } from './print-html';

export { entitiesCsv } from './entities-csv';
export { entityDossier } from './entity-dossier';

function briefMeta(notes: Note[]): BriefMeta {
  const date = notes.map((n) => n.updatedAt).sort().at(-1)?.slice(0, 10) ?? new Date().toISOString().slice(0, 10);
  const title = notes.length === 1 ? notes[0].title || 'Untitled note' : 'Briefs';
  return { title, author: briefAuthor(), date };
}

/**
 * One or several notes as one Markdown or PDF brief. Export only reads the notebook: the notes are
 * never changed, whatever happens while printing.
 */
export async function exportBrief(data: NotebookData, ids: string[], options: ExportOptions, printer?: PdfPrinter): Promise<ExportedFile> {
  if (ids.length === 0) throw new DossierError('invalid-input', 'Choose at least one note to export.');
  const notes = ids.map((id) => {
    const note = data.notes.find((n) => n.id === id);
    if (!note) throw new DossierError('not-found', `The note ${id} no longer exists in this notebook. List the notes with “dossier list notes” and pick one.`);
    return note;
  });
  const meta = briefMeta(notes);
  if (options.format === 'md') {
    const fileName = exportFileName(meta.title, 'md');
    // Pictures are written beside the brief as image files it links to.
    const figures = new FigureFiles(fileName.replace(/\.md$/, ''));
    const content = briefMarkdown(data, notes, meta, options, figures);
    const file: ExportedFile = { fileName, mimeType: 'text/markdown', content, encoding: 'utf8' };
    if (figures.attachments.length > 0) file.attachments = figures.attachments;
    return file;
  }
  if (options.format !== 'pdf') throw new DossierError('invalid-input', `Dossier cannot export to “${String(options.format)}”. Choose Markdown (md) or PDF (pdf).`);
  if (!printer) throw new DossierError('export-failed', 'PDF export is not set up in this window. Export to Markdown instead.');
  const layout = { paper: options.paper === 'Letter' ? 'Letter' : 'A4', runningTitle: meta.title } as const;
  let bytes = await printer.print(briefPrintHtml(data, notes, meta, options), layout);
  if (notes.length > 1) {
    // A collection's contents list gets its page numbers from a first printing (see notePages).
    const pages = await notePages(bytes, notes.map((n) => n.title || 'Untitled note'));
    if (pages) bytes = await printer.print(briefPrintHtml(data, notes, meta, options, pages), layout);
  }
  return { fileName: exportFileName(meta.title, 'pdf'), mimeType: 'application/pdf', content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}
