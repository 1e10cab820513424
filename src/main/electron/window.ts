import { join } from 'node:path';
import { BrowserWindow, nativeTheme, shell } from 'electron';
import { windowUrl } from './app-origin';

function isExternalWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

export function createMainWindow(): BrowserWindow {
  nativeTheme.themeSource = 'system';
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 560,
    show: false,
    title: 'Dossier',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#f6f5f2',
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  // The window shows our own page only; links leave for the system browser.
  window.webContents.on('will-navigate', (event, url) => {
    event.preventDefault();
    if (isExternalWebLink(url)) void shell.openExternal(url);
  });
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  // app://dossier/ (served by app-protocol.ts), or the dev server when not packaged.
  void window.loadURL(windowUrl());
  return window;
}
