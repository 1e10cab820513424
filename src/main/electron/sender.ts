import type { IpcMainInvokeEvent } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Only the app's own page may call the notebook: a frame from anywhere else (a page that got
 * loaded by mistake, a frame that has gone) is refused before its arguments are read.
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): boolean {
  const frame = event.senderFrame;
  return frame !== null && isAppUrl(frame.url);
}

export const UNTRUSTED_SENDER_MESSAGE = 'Only the Dossier window can use the notebook.';
