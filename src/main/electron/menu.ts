import { app, type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand, NotebookCase } from '../../shared/api';
import { CHANNEL_PREFIX } from './ipc';

/** The notebooks File ▸ Open Recent offers, and how to open one. */
export interface RecentNotebooks {
  notebooks: NotebookCase[];
  currentId?: string;
  open: (id: string) => void;
}

const MOST_RECENT = 10;

/** The notebooks used last, newest first, the open one ticked; a notebook's name is shown as it is, never as a mnemonic. */
export function recentSubmenu(recent: RecentNotebooks): MenuItemConstructorOptions[] {
  const items = [...recent.notebooks]
    .sort((a, b) => (b.lastOpenedAt ?? '').localeCompare(a.lastOpenedAt ?? ''))
    .slice(0, MOST_RECENT)
    .map(
      (n): MenuItemConstructorOptions => ({
        label: n.name.replace(/&/g, '&&'),
        type: 'checkbox',
        checked: n.id === recent.currentId,
        click: () => recent.open(n.id),
      }),
    );
  return items.length > 0 ? items : [{ label: 'No notebooks yet', enabled: false }];
}

/** The native menu: every common action with its accelerator; commands go to the focused window. */
export function installMenu(getWindow: () => BrowserWindow | null, recent?: RecentNotebooks): void {
  const send = (command: MenuCommand) => () => getWindow()?.webContents.send(`${CHANNEL_PREFIX}menu`, command);
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Note', accelerator: 'CmdOrCtrl+N', click: send('new-note') },
        { label: 'New Notebook…', accelerator: 'CmdOrCtrl+Shift+N', click: send('new-notebook') },
        { label: 'Open Notebook…', accelerator: 'CmdOrCtrl+Shift+K', click: send('open-notebook') },
        ...(recent ? [{ label: 'Open Recent', submenu: recentSubmenu(recent) }] : []),
        { label: 'Import Article…', accelerator: 'CmdOrCtrl+O', click: send('import') },
        { label: 'Import from Web Address…', accelerator: 'CmdOrCtrl+Shift+O', click: send('import-url') },
        { label: 'Import Brief from Markdown…', click: send('import-brief') },
        { type: 'separator' },
        { label: 'Export Note as Markdown…', accelerator: 'CmdOrCtrl+E', click: send('export-markdown') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Search Library', accelerator: 'CmdOrCtrl+Shift+F', click: send('focus-search') },
        { label: 'Focus Editor', accelerator: 'CmdOrCtrl+Shift+E', click: send('focus-editor') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
