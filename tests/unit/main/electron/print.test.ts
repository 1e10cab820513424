import { describe, expect, it, vi } from 'vitest';

// A thin stand-in for Electron: one print session and hidden windows whose page is fetched
// through the scheme handler the printer installed, as Chromium would.
const fake = vi.hoisted(() => {
  const state = {
    partitions: [] as string[],
    handler: undefined as ((request: { url: string }) => Promise<Response> | Response) | undefined,
    beforeRequest: undefined as ((details: { url: string }, callback: (r: { cancel: boolean }) => void) => void) | undefined,
    permissionRequest: undefined as ((wc: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
    permissionCheck: undefined as (() => boolean) | undefined,
    loaded: [] as Array<{ url: string; body: string; csp: string | null }>,
    destroyed: 0,
    webPreferences: [] as Array<Record<string, unknown>>,
  };
  const ses = {
    protocol: { handle: (_scheme: string, fn: typeof state.handler) => (state.handler = fn) },
    webRequest: {
      onBeforeRequest: (fn: typeof state.beforeRequest) => (state.beforeRequest = fn),
      onHeadersReceived: () => {},
    },
    setPermissionRequestHandler: (fn: typeof state.permissionRequest) => (state.permissionRequest = fn),
    setPermissionCheckHandler: (fn: typeof state.permissionCheck) => (state.permissionCheck = fn),
  };
  class BrowserWindow {
    webContents = {
      executeJavaScript: async () => true,
      printToPDF: async () => Buffer.from('%PDF-1.7 fake'),
    };
    constructor(options: { webPreferences: Record<string, unknown> }) {
      state.webPreferences.push(options.webPreferences);
    }
    async loadURL(url: string) {
      const response = await state.handler!({ url });
      state.loaded.push({ url, body: await response.text(), csp: response.headers.get('content-security-policy') });
    }
    destroy() {
      state.destroyed++;
    }
  }
  return { state, ses, BrowserWindow };
});
vi.mock('electron', () => ({
  app: { isPackaged: true },
  BrowserWindow: fake.BrowserWindow,
  session: {
    fromPartition: (name: string) => {
      fake.state.partitions.push(name);
      return fake.ses;
    },
  },
}));

const { ElectronPdfPrinter } = await import('../../../../src/main/electron/print');
const layout = { paper: 'A4' as const, runningTitle: 'Brief' };

describe('printing a brief in the desktop app', () => {
  it('loads the brief from app://print/ in its own in-memory session and returns the PDF', async () => {
    const pdf = await new ElectronPdfPrinter().print('<!doctype html><p>Brief text</p>', layout);
    expect(Buffer.from(pdf).subarray(0, 4).toString()).toBe('%PDF');
    const [page] = fake.state.loaded;
    expect(page.url).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(page.body).toContain('Brief text');
    expect(page.csp).toContain("script-src 'self'");
    expect(fake.state.partitions.every((p) => p === 'dossier-print')).toBe(true);
    expect(fake.state.webPreferences[0]).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(fake.state.webPreferences[0].preload).toBeUndefined();
    expect(fake.state.destroyed).toBe(1);
  });

  it('keeps nothing once printed: the document is no longer served', async () => {
    await new ElectronPdfPrinter().print('<p>Second</p>', layout);
    const url = fake.state.loaded.at(-1)!.url;
    expect((await fake.state.handler!({ url })).status).toBe(404);
  });

  it('lets the print page load nothing but itself and data: URLs', async () => {
    let seen: boolean | undefined;
    const original = fake.BrowserWindow.prototype.loadURL;
    fake.BrowserWindow.prototype.loadURL = async (url: string) => {
      fake.state.beforeRequest!({ url }, ({ cancel }) => {
        seen = cancel;
      });
      for (const other of ['https://example.org/track.png', 'file:///etc/passwd', 'app://dossier/index.html', 'app://print/not-this-one.html']) {
        fake.state.beforeRequest!({ url: other }, ({ cancel }) => expect(cancel).toBe(true));
      }
      fake.state.beforeRequest!({ url: 'data:font/woff2;base64,AAAA' }, ({ cancel }) => expect(cancel).toBe(false));
    };
    await new ElectronPdfPrinter().print('<p>Third</p>', layout);
    fake.BrowserWindow.prototype.loadURL = original;
    expect(seen).toBe(false);
  });

  it('denies every permission in the print session', () => {
    const callback = vi.fn();
    fake.state.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(fake.state.permissionCheck!()).toBe(false);
  });
});
