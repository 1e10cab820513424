import type { MessagePort } from 'node:worker_threads';
import type { NotebookApi } from '../../shared/api';
import { DossierError, isDossierError } from '../../shared/errors';
import { NotebookShelf } from '../cases/shelf';
import type { PdfPrinter, PrintLayout } from '../export/pdf-printer';
import type { FromService, ServiceOptions, Shelf, ToService, WireError } from './protocol';

export function wireError(error: unknown): WireError {
  return isDossierError(error) ? { code: error.code, message: error.message } : { code: 'internal', message: (error as Error)?.message ?? String(error) };
}

/**
 * The notebook service, on its own thread: it opens the notebooks, answers the host's calls one
 * message at a time, and tells the host when another notebook is opened. JSON work, saves, imports
 * (jsdom, pdf.js) and search all happen here, never on the thread that serves the window.
 */
export async function serveNotebooks(port: MessagePort, options: ServiceOptions): Promise<void> {
  const send = (message: FromService) => port.postMessage(message);
  let shelf: NotebookShelf;
  try {
    shelf = await NotebookShelf.open(options.dataDir);
  } catch (error) {
    send({ type: 'failed', error: wireError(error) });
    return;
  }
  const shelfNow = async (): Promise<Shelf> => ({ notebooks: await shelf.listNotebooks(), currentId: shelf.current.id });
  shelf.onSwitch(() => void shelfNow().then((s) => send({ type: 'switched', shelf: s })));

  const printing = new Map<number, { resolve: (pdf: Uint8Array) => void; reject: (error: Error) => void }>();
  if (options.hostPrints) {
    let next = 1;
    const printer: PdfPrinter = {
      print: (html: string, layout: PrintLayout) =>
        new Promise((resolve, reject) => {
          const id = next++;
          printing.set(id, { resolve, reject });
          send({ type: 'print', id, html, layout });
        }),
    };
    shelf.setPdfPrinter(printer);
  }

  const api: NotebookApi = shelf.api;
  port.on('message', async (message: ToService) => {
    if (message.type === 'call') {
      try {
        const fn = (api as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>)[message.method];
        if (typeof fn !== 'function') throw new DossierError('not-found', `Dossier has no “${message.method}”.`);
        send({ type: 'reply', id: message.id, json: JSON.stringify((await fn(...message.args)) ?? null) });
      } catch (error) {
        send({ type: 'reply', id: message.id, error: wireError(error) });
      }
    } else if (message.type === 'printed') {
      const job = printing.get(message.id);
      printing.delete(message.id);
      if (message.pdf) job?.resolve(message.pdf);
      else job?.reject(new DossierError(message.error?.code ?? 'export-failed', message.error?.message ?? 'The PDF could not be printed.'));
    } else if (message.type === 'warm-search') {
      // The search index, then the pictures' index (a slice at a time, so calls are answered meanwhile).
      void shelf.current.notebook.warmSearch().then(() => shelf.current.notebook.warmPictures()).catch(() => {});
    } else if (message.type === 'close') {
      try {
        await shelf.close();
        send({ type: 'reply', id: message.id, json: 'true' });
      } catch (error) {
        send({ type: 'reply', id: message.id, error: wireError(error) });
      }
      port.close();
    }
  });
  send({ type: 'ready', shelf: await shelfNow() });
}
