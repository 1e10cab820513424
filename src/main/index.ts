import { app, BrowserWindow, dialog } from 'electron';
import { isDossierError } from '../shared/errors';
import { registerNotebookIpc } from './electron/ipc';
import { ElectronPdfPrinter } from './electron/print';
import { installMenu } from './electron/menu';
import { createMainWindow, hardenSession } from './electron/window';
import { openNotebook } from './open-notebook';

// The Electron shell: lifecycle, one instance, one window, the menu and the IPC transport.
let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, fail);
}

async function start(): Promise<void> {
  const dataDir = process.env.DOSSIER_DATA_DIR ?? app.getPath('userData');
  const { notebook, store } = await openNotebook(dataDir);
  app.on('will-quit', () => void store.close());
  hardenSession();
  notebook.setPdfPrinter(new ElectronPdfPrinter());
  registerNotebookIpc(notebook);
  installMenu(() => BrowserWindow.getFocusedWindow() ?? mainWindow);
  mainWindow = createMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('activate', () => {
    if (!mainWindow) mainWindow = createMainWindow();
  });
}

function fail(error: unknown): void {
  const message = isDossierError(error) ? error.message : `Dossier could not start: ${(error as Error).message}`;
  dialog.showErrorBox('Dossier', message);
  app.exit(1);
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
