import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session } from 'electron';
import { DossierError } from '../../shared/errors';
import { footerTemplate, headerTemplate, PAGE_MARGINS, type PdfPrinter, type PrintLayout } from '../export/pdf-printer';

const inches = (mm: string) => Number.parseFloat(mm) / 25.4;

/** The desktop app prints briefs with its own Chromium: a hidden, sandboxed window and printToPDF. */
export class ElectronPdfPrinter implements PdfPrinter {
  async print(html: string, layout: PrintLayout): Promise<Uint8Array> {
    // A file rather than a data: URL, which Chromium caps at 2 MB; a long brief can be bigger.
    const file = join(tmpdir(), `dossier-print-${randomUUID()}.html`);
    const printSession = session.fromPartition('dossier-print'); // in memory: nothing of the print is kept
    const allowed = pathToFileURL(file).href;
    // The print document may load nothing but itself.
    printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: details.url !== allowed && !details.url.startsWith('data:') }));
    const window = new BrowserWindow({
      show: false,
      webPreferences: { session: printSession, sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, javascript: true, spellcheck: false },
    });
    try {
      await writeFile(file, html, 'utf8');
      await window.loadFile(file);
      // Wait for the fonts the page uses (CJK faces are large) rather than a fixed pause.
      await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
      const pdf = await window.webContents.printToPDF({
        pageSize: layout.paper,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(layout.runningTitle),
        footerTemplate: footerTemplate(),
        margins: { top: inches(PAGE_MARGINS.top), bottom: inches(PAGE_MARGINS.bottom), left: inches(PAGE_MARGINS.left), right: inches(PAGE_MARGINS.right) },
        generateDocumentOutline: true,
        generateTaggedPDF: true,
      });
      return new Uint8Array(pdf);
    } catch (error) {
      throw new DossierError('export-failed', `The PDF could not be printed (${(error as Error).message}). Try again, or export to Markdown instead.`);
    } finally {
      window.destroy();
      await rm(file, { force: true });
    }
  }
}
