import { BrowserWindow, dialog, ipcMain } from 'electron';
import { type ExportedFile, NOTEBOOK_METHODS, type NotebookApi } from '../../shared/api';
import { isDossierError } from '../../shared/errors';
import { callNotebook } from '../dispatch/call-notebook';
import { Serialized } from '../service/serialized';
import { writeExport } from '../export/write-export';
import { isTrustedSender, UNTRUSTED_SENDER_MESSAGE } from './sender';

export const CHANNEL_PREFIX = 'dossier:';

const FILE_FILTERS: Record<string, { name: string; extensions: string[] }> = {
  'text/markdown': { name: 'Markdown', extensions: ['md'] },
  'application/pdf': { name: 'PDF', extensions: ['pdf'] },
  'text/csv': { name: 'CSV table', extensions: ['csv'] },
};

/** Serialisable result of a call: errors travel as data so their code and message survive IPC. */
type Reply = { result: unknown } | { json: string } | { error: { code: string; message: string } };

const REFUSED: Reply = { error: { code: 'forbidden', message: UNTRUSTED_SENDER_MESSAGE } };

export function registerNotebookIpc(api: NotebookApi): void {
  for (const method of NOTEBOOK_METHODS) {
    ipcMain.handle(`${CHANNEL_PREFIX}${method}`, async (event, ...args: unknown[]): Promise<Reply> => {
      if (!isTrustedSender(event)) return REFUSED;
      try {
        const result = await callNotebook(api, method, args);
        // A result the notebook service already wrote as JSON is decoded by the window, not here.
        return result instanceof Serialized ? { json: result.json } : { result };
      } catch (error) {
        return { error: { code: isDossierError(error) ? error.code : 'internal', message: (error as Error).message } };
      }
    });
  }
  ipcMain.handle(`${CHANNEL_PREFIX}saveFile`, async (event, file: ExportedFile): Promise<Reply> => {
    if (!isTrustedSender(event)) return REFUSED;
    const window = BrowserWindow.fromWebContents(event.sender);
    const filter = FILE_FILTERS[file.mimeType] ?? { name: 'File', extensions: [file.fileName.split('.').pop() ?? '*'] };
    const options = { defaultPath: file.fileName, filters: [filter] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { result: false };
    try {
      await writeExport(choice.filePath, file);
      return { result: true };
    } catch (error) {
      return { error: { code: 'export-failed', message: (error as Error).message } };
    }
  });
}
