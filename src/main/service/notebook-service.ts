import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { NOTEBOOK_METHODS, type NotebookApi } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import type { PdfPrinter } from '../export/pdf-printer';
import type { FromService, ServiceOptions, Shelf, ToService, WireError } from './protocol';
import { wireError } from './serve';
import { Serialized } from './serialized';

// The built service thread, out/main/notebook-service.js (this module may be bundled into out/main/chunks/).
const SERVICE_FILE = [join(__dirname, 'notebook-service.js'), join(__dirname, '..', 'notebook-service.js')].find((f) => existsSync(f)) ?? '';

const toError = (error: WireError) => (error.code === 'internal' ? new Error(error.message) : new DossierError(error.code, error.message));

export interface StartOptions {
  /** Prints PDFs on this thread (Electron's own Chromium); by default the service prints with the system's Chromium. */
  printer?: PdfPrinter;
  /** The service thread's script; the built one by default. */
  file?: string;
}

/**
 * The notebooks, served from their own thread. The host (Electron's main process, browser mode's
 * HTTP server) keeps only this handle: its `api` is the same NotebookApi, each call a message, so
 * a save, an import or a search never holds up menus, IPC or the window.
 */
export class NotebookService {
  /** The notebook API, each result decoded on this thread: for tests and hosts that use the values. */
  readonly api: NotebookApi;
  /**
   * The same calls for a transport (HTTP, IPC): each result comes as `Serialized` JSON, passed on
   * without being decoded here. Typed as the API because the transports only pass results on.
   */
  readonly transportApi: NotebookApi;
  private readonly pending = new Map<number, { resolve: (json: string) => void; reject: (error: Error) => void }>();
  private readonly switched: Array<(shelf: Shelf) => void> = [];
  private next = 1;
  private stopped: Error | null = null;

  private constructor(
    private readonly worker: Worker,
    private shelfNow: Shelf,
    private readonly printer?: PdfPrinter,
  ) {
    this.api = Object.fromEntries(NOTEBOOK_METHODS.map((m) => [m, async (...args: unknown[]) => JSON.parse(await this.call(m, args))])) as unknown as NotebookApi;
    this.transportApi = Object.fromEntries(NOTEBOOK_METHODS.map((m) => [m, async (...args: unknown[]) => new Serialized(await this.call(m, args))])) as unknown as NotebookApi;
    worker.on('message', (message: FromService) => this.receive(message));
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => this.stop(new Error(`it exited with code ${code}`)));
  }

  static start(dataDir: string, options: StartOptions = {}): Promise<NotebookService> {
    const file = options.file ?? SERVICE_FILE;
    if (!file) return Promise.reject(new Error('The notebook service (notebook-service.js) is missing from this build. Build Dossier again.'));
    const workerData: ServiceOptions = { dataDir, hostPrints: !!options.printer };
    const worker = new Worker(file, { workerData });
    return new Promise((resolve, reject) => {
      const early = (error: Error) => reject(error);
      worker.once('error', early);
      worker.once('message', (message: FromService) => {
        worker.off('error', early);
        if (message.type === 'ready') resolve(new NotebookService(worker, message.shelf, options.printer));
        else if (message.type === 'failed') {
          void worker.terminate();
          reject(toError(message.error));
        } else reject(new Error(`The notebook service said “${message.type}” before it was ready.`));
      });
    });
  }

  /** The notebooks on this computer and the open one, as the service last said. */
  get shelf(): Shelf {
    return this.shelfNow;
  }

  /** Called after another notebook is opened (a switch or a new one). */
  onSwitch(listener: (shelf: Shelf) => void): void {
    this.switched.push(listener);
  }

  /** Reads (or builds) the search index in the background, so the first search is instant. */
  warmSearch(): void {
    this.post({ type: 'warm-search' });
  }

  /** Closes the notebook (releasing its lock) and ends the thread. */
  async close(): Promise<void> {
    if (this.stopped) return;
    try {
      await this.request({ type: 'close', id: this.next++ });
    } finally {
      await this.worker.terminate();
    }
  }

  private call(method: string, args: unknown[]): Promise<string> {
    return this.request({ type: 'call', id: this.next++, method, args });
  }

  private request(message: ToService & { id: number }): Promise<string> {
    if (this.stopped) return Promise.reject(this.stopped);
    return new Promise((resolve, reject) => {
      this.pending.set(message.id, { resolve, reject });
      this.post(message);
    });
  }

  private post(message: ToService): void {
    if (!this.stopped) this.worker.postMessage(message);
  }

  private receive(message: FromService): void {
    if (message.type === 'reply') {
      const call = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error) call?.reject(toError(message.error));
      else call?.resolve(message.json ?? 'null');
    } else if (message.type === 'switched') {
      this.shelfNow = message.shelf;
      for (const listener of this.switched) listener(message.shelf);
    } else if (message.type === 'print') {
      const printer = this.printer;
      if (!printer) {
        this.post({ type: 'printed', id: message.id, error: { code: 'export-failed', message: 'No PDF printer is set up.' } });
        return;
      }
      printer.print(message.html, message.layout).then(
        (pdf) => this.post({ type: 'printed', id: message.id, pdf }),
        (error) => this.post({ type: 'printed', id: message.id, error: wireError(error) }),
      );
    }
  }

  /** The thread ended: every call waiting, and every call after, gets a plain message. */
  private stop(cause: Error): void {
    if (this.stopped) return;
    this.stopped = new DossierError('internal', `The notebook service stopped unexpectedly (${cause.message}). What was saved is on disk; restart Dossier to go on.`);
    for (const call of this.pending.values()) call.reject(this.stopped);
    this.pending.clear();
  }
}
