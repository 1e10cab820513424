import { writeFile } from 'node:fs/promises';
import { BrowserWindow, dialog, ipcMain } from 'electron';
import { type ExportedFile, NOTEBOOK_METHODS, type NotebookApi } from '../../shared/api';
import { isDossierError } from '../../shared/errors';

export const CHANNEL_PREFIX = 'dossier:';

/** Serialisable result of a call: errors travel as data so their code and message survive IPC. */
type Reply = { result: unknown } | { error: { code: string; message: string } };

export function registerNotebookIpc(api: NotebookApi): void {
  for (const method of NOTEBOOK_METHODS) {
    ipcMain.handle(`${CHANNEL_PREFIX}${method}`, async (_event, ...args: unknown[]): Promise<Reply> => {
      try {
        const fn = api[method] as (...a: unknown[]) => Promise<unknown>;
        return { result: await fn.apply(api, args) };
      } catch (error) {
        return { error: { code: isDossierError(error) ? error.code : 'internal', message: (error as Error).message } };
      }
    });
  }
  ipcMain.handle(`${CHANNEL_PREFIX}saveFile`, async (event, file: ExportedFile): Promise<Reply> => {
    const window = BrowserWindow.fromWebContents(event.sender);
    const options = { defaultPath: file.fileName, filters: [{ name: 'Markdown', extensions: ['md'] }] };
    const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { result: false };
    try {
      await writeFile(choice.filePath, file.content);
      return { result: true };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { error: { code: 'export-failed', message: `Could not save ${choice.filePath} (${code}). Choose another folder and try again.` } };
    }
  });
}
