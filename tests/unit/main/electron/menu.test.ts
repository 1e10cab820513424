import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

// A thin stand-in for Electron: keeps the template the menu was built from.
const built = vi.hoisted(() => ({ template: [] as MenuItemConstructorOptions[] }));
vi.mock('electron', () => ({
  app: { isPackaged: true },
  Menu: {
    buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
      built.template = template;
      return template;
    },
    setApplicationMenu: () => {},
  },
}));

const { installMenu } = await import('../../../../src/main/electron/menu');

const fileMenu = () => built.template.find((m) => m.label === '&File')?.submenu as MenuItemConstructorOptions[];
const recent = () => fileMenu().find((m) => m.label === 'Open Recent')?.submenu as MenuItemConstructorOptions[];

describe('File ▸ Open Recent', () => {
  it('lists the notebooks used last, newest first, with the open one ticked, and opens the one chosen', () => {
    const open = vi.fn();
    installMenu(() => null, {
      notebooks: [
        { id: 'main', name: 'My notebook', createdAt: '', lastOpenedAt: '2026-11-01T10:00:00Z' },
        { id: 'case-a', name: 'Harbour & quay', createdAt: '', lastOpenedAt: '2026-11-20T10:00:00Z' },
        { id: 'case-b', name: 'Never opened', createdAt: '' },
      ],
      currentId: 'main',
      open,
    });
    expect(recent().map((i) => [i.label, i.checked])).toEqual([
      ['Harbour && quay', false], // an ampersand is shown, not taken as a mnemonic
      ['My notebook', true],
      ['Never opened', false],
    ]);
    (recent()[0].click as () => void)();
    expect(open).toHaveBeenCalledWith('case-a');
  });

  it('keeps the ten used last, and says when there are none', () => {
    const notebooks = Array.from({ length: 14 }, (_, i) => ({ id: `case-${i}`, name: `Case ${i}`, createdAt: '', lastOpenedAt: `2026-11-${String(i + 1).padStart(2, '0')}T00:00:00Z` }));
    installMenu(() => null, { notebooks, open: () => {} });
    expect(recent().map((i) => i.label)).toEqual(['Case 13', 'Case 12', 'Case 11', 'Case 10', 'Case 9', 'Case 8', 'Case 7', 'Case 6', 'Case 5', 'Case 4']);
    installMenu(() => null, { notebooks: [], open: () => {} });
    expect(recent()).toEqual([{ label: 'No notebooks yet', enabled: false }]);
  });

  it('keeps the accelerators of the notebook commands', () => {
    installMenu(() => null);
    expect(fileMenu().filter((i) => i.label?.includes('Notebook')).map((i) => [i.label, i.accelerator])).toEqual([
      ['New Notebook…', 'CmdOrCtrl+Shift+N'],
      ['Open Notebook…', 'CmdOrCtrl+Shift+K'],
    ]);
  });
});
