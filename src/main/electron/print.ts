import { randomUUID } from 'node:crypto';
import { BrowserWindow, type Session, session } from 'electron';
import { DossierError } from '../../shared/errors';
import { footerTemplate, headerTemplate, PAGE_MARGINS, type PdfPrinter, type PrintLayout } from '../export/pdf-printer';
import { APP_SCHEME } from './app-origin';
import { appResponse } from './app-files';
import { hardenSession } from './session';

const inches = (mm: string) => Number.parseFloat(mm) / 25.4;

// The print window's own origin, app://print/, in its own in-memory session: it shares nothing
// with the main window, cannot reach IPC (no preload, and not the app's origin), and the HTML
// it prints is served from memory — never a temporary file, never a data: URL (capped at 2 MB).
const PRINT_HOST = 'print';
const documents = new Map<string, string>();
let printSession: Session | null = null;

function documentId(url: string): string | null {
  try {
    const { protocol, host, pathname } = new URL(url);
    const id = pathname.slice(1);
    return protocol === `${APP_SCHEME}:` && host === PRINT_HOST && documents.has(id) ? id : null;
  } catch {
    return null;
  }
}

function preparedSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition('dossier-print'); // no "persist:": nothing of a print is kept
  hardenSession(ses);
  ses.protocol.handle(APP_SCHEME, (request) => {
    const id = documentId(request.url);
    return id ? appResponse(200, documents.get(id)!, 'text/html; charset=utf-8') : appResponse(404, 'Not found', 'text/plain; charset=utf-8');
  });
  // The print document may load nothing but itself (and the data: fonts it embeds).
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: documentId(details.url) === null && !details.url.startsWith('data:') }));
  printSession = ses;
  return ses;
}

/** The desktop app prints briefs with its own Chromium: a hidden, sandboxed window and printToPDF. */
export class ElectronPdfPrinter implements PdfPrinter {
  async print(html: string, layout: PrintLayout): Promise<Uint8Array> {
    const id = `${randomUUID()}.html`;
    documents.set(id, html);
    const window = new BrowserWindow({
      show: false,
      webPreferences: { session: preparedSession(), sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, javascript: true, spellcheck: false },
    });
    try {
      await window.loadURL(`${APP_SCHEME}://${PRINT_HOST}/${id}`);
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
      documents.delete(id);
    }
  }
}
