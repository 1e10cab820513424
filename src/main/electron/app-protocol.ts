import { protocol, type Session } from 'electron';
import { APP_SCHEME } from './app-origin';
import { serveAppFile } from './app-files';

/**
 * Declares app:// a standard, secure scheme (relative URLs, a real origin, a secure context).
 * It is deliberately not CORS-enabled: no other origin may read from it. Must run before ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

/** Serves the built renderer folder as app://dossier/ in this session. */
export function serveRenderer(ses: Session, rendererDir: string): void {
  ses.protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererDir, request.url));
}
