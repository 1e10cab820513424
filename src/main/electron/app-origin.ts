import { app } from 'electron';

/**
 * Where the window's own page lives: app://dossier/, a privileged scheme of our own rather than
 * file://, so the page has a real origin that IPC, navigation and CSP checks can name.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'dossier';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** electron-vite's dev server, honoured only in development: a packaged app serves its own files. */
export function devServerUrl(): string | null {
  const url = process.env.ELECTRON_RENDERER_URL;
  if (app.isPackaged || !url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The address the main window loads. */
export function windowUrl(): string {
  return devServerUrl() ?? APP_ENTRY_URL;
}

/** Whether a URL belongs to the app's own page (or the dev server in development). */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Node cannot name the origin of a scheme it does not know (it says "null"), so compare parts.
  if (parsed.protocol === `${APP_SCHEME}:`) return parsed.host === APP_HOST;
  const dev = devServerUrl();
  return dev !== null && parsed.origin === new URL(dev).origin;
}
