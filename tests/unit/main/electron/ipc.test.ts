import { describe, expect, it, vi } from 'vitest';
import type { NotebookApi } from '../../../../src/shared/api';

// A thin stand-in for Electron: records the IPC handlers so a test can call them as a frame would.
const handlers = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>());
const showSaveDialog = vi.hoisted(() => vi.fn());
vi.mock('electron', () => ({
  app: { isPackaged: true },
  ipcMain: { handle: (channel: string, fn: (event: unknown, ...args: unknown[]) => Promise<unknown>) => handlers.set(channel, fn) },
  BrowserWindow: { fromWebContents: () => null },
  dialog: { showSaveDialog },
}));

const { registerNotebookIpc } = await import('../../../../src/main/electron/ipc');
const { Serialized } = await import('../../../../src/main/service/serialized');

const listNotes = vi.fn(async () => [{ id: 'n1' }]);
// The notebook service's answers come already written as JSON.
const listArticles = vi.fn(async () => new Serialized('[{"id":"a1"}]'));
registerNotebookIpc({ listNotes, listArticles } as unknown as NotebookApi);
const call = (channel: string, url: string | null, ...args: unknown[]) => handlers.get(`dossier:${channel}`)!({ senderFrame: url === null ? null : { url }, sender: {} }, ...args);

describe('the IPC transport', () => {
  it("answers the app's own page", async () => {
    expect(await call('listNotes', 'app://dossier/index.html')).toEqual({ result: [{ id: 'n1' }] });
  });

  it("passes the service's JSON on for the window to decode, not decoding it here", async () => {
    expect(await call('listArticles', 'app://dossier/index.html')).toEqual({ json: '[{"id":"a1"}]' });
  });

  it('refuses other frames before the notebook is reached', async () => {
    listNotes.mockClear();
    for (const url of ['https://example.org/', 'file:///tmp/index.html', 'app://print/x.html', null]) {
      expect(await call('listNotes', url)).toEqual({ error: { code: 'forbidden', message: expect.stringMatching(/Dossier window/) } });
    }
    expect(listNotes).not.toHaveBeenCalled();
  });

  it('opens no save dialog for another frame', async () => {
    const reply = await call('saveFile', 'https://example.org/', { fileName: 'x.md', mimeType: 'text/markdown', content: 'x' });
    expect(reply).toMatchObject({ error: { code: 'forbidden' } });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });
});
