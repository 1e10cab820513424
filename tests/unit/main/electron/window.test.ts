import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The Electron binary cannot run here: this thin mock records what the shell asks of Electron.
const created: Array<{
  options: Record<string, unknown>;
  handlers: Record<string, (...a: unknown[]) => unknown>;
  openHandler?: (d: { url: string }) => unknown;
  loaded: string[];
}> = [];
const openExternal = vi.fn();
const electronApp = vi.hoisted(() => ({ isPackaged: false }));

vi.mock('electron', () => {
  class BrowserWindow {
    webContents: Record<string, unknown>;
    loaded: string[];
    constructor(options: Record<string, unknown>) {
      const record: (typeof created)[number] = { options, handlers: {}, loaded: [] };
      created.push(record);
      this.loaded = record.loaded;
      this.webContents = {
        on: (event: string, fn: (...a: unknown[]) => unknown) => {
          record.handlers[event] = fn;
        },
        setWindowOpenHandler: (fn: (d: { url: string }) => unknown) => {
          record.openHandler = fn;
        },
      };
    }
    once() {}
    loadFile(file: string) {
      this.loaded.push(`file:${file}`);
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    app: electronApp,
    BrowserWindow,
    nativeTheme: { themeSource: 'light', shouldUseDarkColors: false },
    shell: { openExternal },
  };
});

describe('the desktop window', () => {
  beforeEach(() => {
    created.length = 0;
    openExternal.mockClear();
  });
  afterEach(() => {
    electronApp.isPackaged = false;
    vi.unstubAllEnvs();
  });

  it('runs the page isolated and sandboxed, without Node, and follows the system theme', async () => {
    const { createMainWindow } = await import('../../../../src/main/electron/window');
    const { nativeTheme } = await import('electron');
    createMainWindow();
    expect(created[0].options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((created[0].options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]index\.cjs$/);
    expect(nativeTheme.themeSource).toBe('system');
  });

  it('blocks navigation and new windows, sending web links to the system browser only', async () => {
    const { createMainWindow } = await import('../../../../src/main/electron/window');
    createMainWindow();
    const { handlers, openHandler } = created[0];
    for (const url of ['https://example.org/a', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>x</script>']) {
      const event = { preventDefault: vi.fn() };
      handlers['will-navigate'](event, url);
      expect(event.preventDefault).toHaveBeenCalled();
      expect(openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal.mock.calls.map((c) => c[0])).toEqual(['https://example.org/a', 'https://example.org/a']);
  });

  it('loads its page from app://dossier/, never file://', async () => {
    const { createMainWindow } = await import('../../../../src/main/electron/window');
    vi.stubEnv('ELECTRON_RENDERER_URL', '');
    createMainWindow();
    expect(created[0].loaded).toEqual(['app://dossier/index.html']);
  });

  it('uses the dev server in development only', async () => {
    const { createMainWindow } = await import('../../../../src/main/electron/window');
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    createMainWindow();
    expect(created[0].loaded).toEqual(['http://localhost:5173']);
  });

  it('ignores ELECTRON_RENDERER_URL once packaged', async () => {
    const { createMainWindow } = await import('../../../../src/main/electron/window');
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    electronApp.isPackaged = true;
    createMainWindow();
    expect(created[0].loaded).toEqual(['app://dossier/index.html']);
  });

  it('ignores an ELECTRON_RENDERER_URL that is not a web address', async () => {
    const { createMainWindow } = await import('../../../../src/main/electron/window');
    vi.stubEnv('ELECTRON_RENDERER_URL', 'file:///tmp/evil.html');
    createMainWindow();
    expect(created[0].loaded).toEqual(['app://dossier/index.html']);
  });
});
