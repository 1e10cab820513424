import type { NotebookCase } from '../../shared/api';
import type { DossierErrorCode } from '../../shared/errors';
import type { PrintLayout } from '../export/pdf-printer';

/**
 * The messages between the thread that serves the window (Electron's main process, or browser
 * mode's HTTP server) and the notebook service thread. Everything is structured-cloned data.
 */
export interface ServiceOptions {
  dataDir: string;
  /** PDFs are printed by the host (Electron's own Chromium), asked for with a `print` message. */
  hostPrints?: boolean;
}

export interface WireError {
  code: DossierErrorCode;
  message: string;
}

/** From the host to the service. */
export type ToService =
  | { type: 'call'; id: number; method: string; args: unknown[] }
  | { type: 'warm-search' }
  | { type: 'printed'; id: number; pdf?: Uint8Array; error?: WireError }
  | { type: 'close'; id: number };

/** The open notebook and the others on this computer: for File ▸ Open Recent. */
export interface Shelf {
  notebooks: NotebookCase[];
  currentId: string;
}

/** From the service to the host. */
export type FromService =
  | { type: 'ready'; shelf: Shelf }
  | { type: 'failed'; error: WireError }
  /** `json`: the result as JSON (made on the service thread), or `error`. */
  | { type: 'reply'; id: number; json?: string; error?: WireError }
  | { type: 'switched'; shelf: Shelf }
  | { type: 'print'; id: number; html: string; layout: PrintLayout };
