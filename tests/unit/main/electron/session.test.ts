import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src/shared/csp';

vi.mock('electron', () => ({}));

const { hardenSession } = await import('../../../../src/main/electron/session');

// A stand-in session that keeps the handlers the shell installs, so a test can ask them.
function fakeSession() {
  const installed: {
    request?: (wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
    check?: (wc: unknown, permission: string, origin: string, details: unknown) => boolean;
    headers?: (details: { responseHeaders?: Record<string, string[]> }, callback: (r: { responseHeaders: Record<string, string[]> }) => void) => void;
  } = {};
  const ses = {
    setPermissionRequestHandler: (fn: typeof installed.request) => {
      installed.request = fn;
    },
    setPermissionCheckHandler: (fn: typeof installed.check) => {
      installed.check = fn;
    },
    webRequest: {
      onHeadersReceived: (fn: typeof installed.headers) => {
        installed.headers = fn;
      },
    },
  };
  return { ses: ses as unknown as Electron.Session, installed };
}

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'hid', 'usb', 'serial', 'fullscreen', 'openExternal', 'unknown'];

describe('a hardened session', () => {
  it.each(PERMISSIONS)('denies a request for %s', (permission) => {
    const { ses, installed } = fakeSession();
    hardenSession(ses);
    const callback = vi.fn();
    installed.request!({}, permission, callback, { requestingUrl: 'app://dossier/index.html' });
    expect(callback).toHaveBeenCalledWith(false);
  });

  it.each(PERMISSIONS)('answers no to a check for %s, even from the app itself', (permission) => {
    const { ses, installed } = fakeSession();
    hardenSession(ses);
    expect(installed.check!({}, permission, 'app://dossier', {})).toBe(false);
    expect(installed.check!(null, permission, 'https://example.org', {})).toBe(false);
  });

  it('puts the CSP on every response, replacing any the server sent', () => {
    const { ses, installed } = fakeSession();
    hardenSession(ses);
    const callback = vi.fn();
    installed.headers!({ responseHeaders: { 'Content-Security-Policy': ["script-src 'unsafe-inline'"], 'X-Other': ['1'] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Other': ['1'] } });
  });
});
