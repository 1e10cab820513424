import type { DesktopBridge } from '../shared/api';

declare global {
  interface Window {
    /** Present in the Electron window only; browser mode talks HTTP instead. */
    dossier?: DesktopBridge;
  }
}
