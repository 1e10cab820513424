import { afterEach, describe, expect, it, vi } from 'vitest';

// A thin stand-in for Electron (its binary cannot run here): only app.isPackaged is read.
const electronApp = vi.hoisted(() => ({ isPackaged: false }));
vi.mock('electron', () => ({ app: electronApp }));

const { isTrustedSender } = await import('../../../../src/main/electron/sender');

const from = (url: string | null) => ({ senderFrame: url === null ? null : ({ url } as Electron.WebFrameMain) });

describe('which frames may call the notebook', () => {
  afterEach(() => {
    electronApp.isPackaged = false;
    vi.unstubAllEnvs();
  });

  it("accepts the app's own page", () => {
    expect(isTrustedSender(from('app://dossier/index.html'))).toBe(true);
    expect(isTrustedSender(from('app://dossier/'))).toBe(true);
  });

  it.each([
    ['a web page', 'https://example.org/'],
    ['a look-alike host', 'app://dossier.example.org/index.html'],
    ['another app:// host (the print window)', 'app://print/x.html'],
    ['a local file', 'file:///home/me/index.html'],
    ['a data: page', 'data:text/html,<script>1</script>'],
    ['about:blank', 'about:blank'],
    ['an unparseable address', 'not a url'],
    ['the dev server when none is running', 'http://localhost:5173/'],
  ])('refuses %s', (_name, url) => {
    expect(isTrustedSender(from(url))).toBe(false);
  });

  it('refuses a frame that has gone (navigated away or destroyed)', () => {
    expect(isTrustedSender(from(null))).toBe(false);
  });

  it("trusts the dev server's origin in development only", () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect(isTrustedSender(from('http://localhost:5173/index.html'))).toBe(true);
    expect(isTrustedSender(from('http://localhost:5174/'))).toBe(false);
    electronApp.isPackaged = true;
    expect(isTrustedSender(from('http://localhost:5173/index.html'))).toBe(false);
  });
});
