import { app, type WebContents } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Every webContents Electron ever creates — windows, the print window, anything added later —
 * opens no windows, navigates nowhere but the app's own page, and attaches no <webview>.
 * Windows may add their own, stricter rules (the main window sends web links to the browser).
 */
export function guardWebContents(contents: WebContents): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const stayHome = (event: { preventDefault(): void }, url: string) => {
    if (!isAppUrl(url)) event.preventDefault();
  };
  contents.on('will-navigate', stayHome);
  contents.on('will-redirect', stayHome);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Guards every future webContents; call before the first window is created. */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
