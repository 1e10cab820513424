import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * Dossier needs no camera, microphone, location, notifications, clipboard reads, HID, USB or
 * anything else a page may ask for: every request and every check is answered no.
 */
export function denyAllPermissions(ses: Session): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
}

/** No permissions, and the CSP on every response, so even a page we did not write could not run inline script. */
export function hardenSession(ses: Session): void {
  denyAllPermissions(ses);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}
