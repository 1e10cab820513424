import { type ExportedFile, type MenuCommand, NOTEBOOK_METHODS, type NotebookApi } from '../../../shared/api';

/** An error from the notebook, with the plain message to show the user. */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

// Browser mode: the same NotebookApi over loopback HTTP. The token travels in an HttpOnly cookie.
function httpApi(): NotebookApi {
  const call = async (method: string, args: unknown[]) => {
    let response: Response;
    const body = JSON.stringify(args);
    try {
      response = await fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
        credentials: 'same-origin',
        // A call made as the page goes (a last save, where the user was) still reaches the notebook;
        // the browser lets at most 64 KB travel so.
        keepalive: body.length < 60_000,
      });
    } catch {
      throw new ApiError('offline', 'Dossier’s local server is not answering. Start it again with “npm run web” and reload this page.');
    }
    const answer = await response.json().catch(() => null);
    if (!response.ok || !answer) {
      throw new ApiError(answer?.error?.code ?? 'internal', answer?.error?.message ?? `The notebook answered ${response.status}.`);
    }
    return answer.result;
  };
  return Object.fromEntries(NOTEBOOK_METHODS.map((m) => [m, (...args: unknown[]) => call(m, args)])) as unknown as NotebookApi;
}

function desktopApi(): NotebookApi {
  const api = window.dossier!.api;
  // Wrap so IPC errors become ApiErrors with the same code and message as over HTTP.
  return Object.fromEntries(
    NOTEBOOK_METHODS.map((m) => [
      m,
      async (...args: unknown[]) => {
        try {
          return await (api[m] as (...a: unknown[]) => Promise<unknown>)(...args);
        } catch (error) {
          throw new ApiError((error as { code?: string }).code ?? 'internal', (error as Error).message);
        }
      },
    ]),
  ) as unknown as NotebookApi;
}

export const isDesktop = typeof window !== 'undefined' && window.dossier?.platform === 'electron';
export const api: NotebookApi = isDesktop ? desktopApi() : httpApi();

/** Save an exported file: the native save dialog on the desktop, a download in the browser. */
export async function saveFile(file: ExportedFile): Promise<boolean> {
  if (isDesktop) return window.dossier!.saveFile(file);
  // A Markdown brief's pictures download beside it, under the names it links them by.
  for (const attachment of file.attachments ?? []) download(attachment);
  download(file);
  return true;
}

function download(file: Pick<ExportedFile, 'fileName' | 'mimeType' | 'content' | 'encoding'>): void {
  // A PDF travels as base64 text; the download must be its bytes.
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The native menu's accelerators (src/main/electron/menu.ts), for browser mode, where there is no menu.
const SHORTCUTS: Record<string, MenuCommand | undefined> = {
  n: 'new-note',
  o: 'import',
  'Shift+o': 'import-url',
  e: 'export-markdown',
  'Shift+f': 'focus-search',
  'Shift+e': 'focus-editor',
  'Shift+n': 'new-notebook',
  'Shift+k': 'open-notebook',
};

/** Menu commands: from the native menu on the desktop; from the same shortcuts in the browser. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  if (isDesktop) return window.dossier!.onMenuCommand(listener);
  const onKey = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod || event.altKey) return;
    const command = SHORTCUTS[`${event.shiftKey ? 'Shift+' : ''}${event.key.toLowerCase()}`];
    if (!command) return;
    event.preventDefault();
    listener(command);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
