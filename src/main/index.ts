import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { isDossierError } from '../shared/errors';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { guardAllWebContents } from './electron/guards';
import { registerNotebookIpc } from './electron/ipc';
import { installMenu } from './electron/menu';
import { ElectronPdfPrinter } from './electron/print';
import { hardenSession } from './electron/session';
import { createMainWindow } from './electron/window';
import { NotebookService } from './service/notebook-service';

// The Electron shell: lifecycle, one instance, one window, the menu and the IPC transport.
let mainWindow: BrowserWindow | null = null;

// Both must happen before ready: the scheme's privileges, and the guard on every webContents.
registerAppScheme();
guardAllWebContents();

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
  // The notebooks live on their own thread: JSON work, saves and imports never hold up menus, IPC or the window.
  // PDFs are printed here, with Electron's own Chromium, when the service asks.
  const service = await NotebookService.start(dataDir, { printer: new ElectronPdfPrinter() });
  app.on('will-quit', () => void service.close());
  hardenSession(session.defaultSession);
  serveRenderer(session.defaultSession, join(__dirname, '../renderer'));
  registerNotebookIpc(service.transportApi);
  const windowNow = () => BrowserWindow.getFocusedWindow() ?? mainWindow;
  // File ▸ Open Recent lists the notebooks used last; it is rebuilt whenever another one is opened.
  const menu = () =>
    installMenu(windowNow, {
      notebooks: service.shelf.notebooks,
      currentId: service.shelf.currentId,
      open: (id) =>
        void service.api.switchNotebook(id).then(
          () => windowNow()?.webContents.reload(),
          (error) => dialog.showErrorBox('Dossier', isDossierError(error) ? error.message : String(error)),
        ),
    });
  service.onSwitch(menu);
  menu();
  mainWindow = createMainWindow();
  // Once the window is up, read (or build) the search index in small steps, so the first search is instant.
  setTimeout(() => service.warmSearch(), 1000);
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
