import { contextBridge, ipcRenderer } from 'electron';
import { type DesktopBridge, type ExportedFile, type MenuCommand, NOTEBOOK_METHODS, type NotebookApi } from '../shared/api';

// Sandboxed preload: exposes exactly one typed object, window.dossier. No raw ipcRenderer leaves here.
// A result the notebook service wrote as JSON comes as `json`, decoded here rather than in the main process.
type Reply = { result: unknown } | { json: string } | { error: { code: string; message: string } };

async function call(channel: string, ...args: unknown[]): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(`dossier:${channel}`, ...args)) as Reply;
  if ('error' in reply) {
    const error = new Error(reply.error.message) as Error & { code: string };
    error.name = 'DossierError';
    error.code = reply.error.code;
    throw error;
  }
  return 'json' in reply ? JSON.parse(reply.json) : reply.result;
}

const api = Object.fromEntries(NOTEBOOK_METHODS.map((method) => [method, (...args: unknown[]) => call(method, ...args)])) as unknown as NotebookApi;

const bridge: DesktopBridge = {
  platform: 'electron',
  api,
  saveFile: (file: ExportedFile) => call('saveFile', file) as Promise<boolean>,
  onMenuCommand(listener) {
    const handler = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on('dossier:menu', handler);
    return () => ipcRenderer.removeListener('dossier:menu', handler);
  },
};

contextBridge.exposeInMainWorld('dossier', bridge);
