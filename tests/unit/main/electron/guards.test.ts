import { describe, expect, it, vi } from 'vitest';

// A thin stand-in for Electron: app.on records the web-contents-created listener.
const appListeners = vi.hoisted(() => new Map<string, (...args: unknown[]) => void>());
vi.mock('electron', () => ({
  app: { isPackaged: true, on: (event: string, fn: (...args: unknown[]) => void) => appListeners.set(event, fn) },
}));

const { guardAllWebContents } = await import('../../../../src/main/electron/guards');

// A stand-in webContents that keeps what the guard installs.
function fakeContents() {
  const on: Record<string, (event: { preventDefault: () => void }, ...args: unknown[]) => void> = {};
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: (event: string, fn: (typeof on)[string]) => {
      on[event] = fn;
    },
    setWindowOpenHandler: (fn: typeof openHandler) => {
      openHandler = fn;
    },
  };
  const fire = (event: string, ...args: unknown[]) => {
    const e = { preventDefault: vi.fn() };
    on[event](e, ...args);
    return e.preventDefault.mock.calls.length > 0;
  };
  return { contents, fire, open: (url: string) => openHandler!({ url }) };
}

function created() {
  guardAllWebContents();
  const fake = fakeContents();
  appListeners.get('web-contents-created')!({}, fake.contents);
  return fake;
}

describe('every webContents the app creates', () => {
  it('opens no windows', () => {
    const { open } = created();
    for (const url of ['https://example.org/', 'app://dossier/index.html', 'about:blank', 'file:///etc/passwd']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
  });

  it("stays on the app's own page", () => {
    const { fire } = created();
    expect(fire('will-navigate', 'app://dossier/index.html')).toBe(false);
    for (const url of ['https://example.org/', 'file:///etc/passwd', 'app://print/x.html', 'javascript:alert(1)', 'http://localhost:5173/']) {
      expect(fire('will-navigate', url)).toBe(true);
      expect(fire('will-redirect', url)).toBe(true);
    }
  });

  it('attaches no <webview>', () => {
    const { fire } = created();
    expect(fire('will-attach-webview', {}, { src: 'app://dossier/index.html' })).toBe(true);
  });
});
