import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type ElectronApplication, _electron as electron, expect, type Page, test } from '@playwright/test';
import { NOTEBOOK_METHODS } from '../../../src/shared/api';
import { DossierWindow, SAMPLE_ARTICLE } from '../models/DossierWindow';
import { freshDataDir, OUT } from '../models/server';

// Reads where the electron package put its binary without require('electron'), which would try
// to download one when it is missing.
function electronBinary(): string | null {
  try {
    const pkg = dirname(createRequire(__filename).resolve('electron/package.json'));
    const path = join(pkg, 'dist', readFileSync(join(pkg, 'path.txt'), 'utf8').trim());
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = !binary
  ? 'no Electron binary on this machine (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1)'
  : noDisplay
    ? 'no display for Electron: run them under xvfb-run, as CI does'
    : null;
if (skipReason) console.log(`Skipping the Electron tests: ${skipReason}.`);
test.skip(skipReason !== null, skipReason ?? '');

// One desktop app for the whole file, on a fresh notebook; each test picks up where the last stopped.
test.describe.configure({ mode: 'serial' });
let app: ElectronApplication;
let page: Page;
let window: DossierWindow;

type Bridge = { dossier: { api: Record<string, (...args: unknown[]) => Promise<unknown>> } };
const noteTitles = (p: Page) =>
  p.evaluate(async () => ((await (globalThis as unknown as Bridge).dossier.api.listNotes()) as Array<{ title: string }>).map((n) => n.title));

test.beforeAll(async () => {
  const env = { ...process.env, DOSSIER_DATA_DIR: freshDataDir() } as Record<string, string>;
  delete env.ELECTRON_RENDERER_URL; // the built window, never a dev server
  app = await electron.launch({ executablePath: binary!, args: [join(OUT, 'main/index.js')], env });
  page = await app.firstWindow();
  window = new DossierWindow(page);
  await expect(window.library).toBeVisible();
});

test.afterAll(async () => {
  await app?.close();
});

test('the window is served from app://, not file://', async () => {
  expect(page.url()).toBe('app://dossier/index.html');
  expect(await page.evaluate(() => location.protocol)).toBe('app:');
});

test('the page has no Node, and exactly one bridge with the whole notebook API', async () => {
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { module?: unknown }).module)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((globalThis as unknown as Bridge).dossier).sort())).toEqual(['api', 'onMenuCommand', 'platform', 'saveFile']);
  const methods = await page.evaluate(() => {
    const api = (globalThis as unknown as Bridge).dossier.api;
    return Object.keys(api).filter((k) => typeof api[k] === 'function');
  });
  expect(methods.sort()).toEqual([...NOTEBOOK_METHODS].sort());
});

test('a call crosses IPC and back: a note created through the bridge is listed', async () => {
  const created = await page.evaluate(() => (globalThis as unknown as Bridge).dossier.api.createNote({ title: 'Made over IPC', markdown: 'Hello.' }));
  expect(created).toMatchObject({ title: 'Made over IPC' });
  expect(await noteTitles(page)).toContain('Made over IPC');
});

test('the native menu carries the shortcuts, and Ctrl/Cmd+N makes a new note', async () => {
  const accelerators = await app.evaluate(({ Menu }) => {
    const found: Record<string, string> = {};
    const walk = (items: Electron.MenuItem[]) => {
      for (const item of items) {
        if (item.label && item.accelerator) found[item.label] = String(item.accelerator);
        if (item.submenu) walk(item.submenu.items);
      }
    };
    walk(Menu.getApplicationMenu()?.items ?? []);
    return found;
  });
  expect(accelerators).toMatchObject({
    'New Note': 'CmdOrCtrl+N',
    'Import Article…': 'CmdOrCtrl+O',
    'Import from Web Address…': 'CmdOrCtrl+Shift+O',
    'Export Note as Markdown…': 'CmdOrCtrl+E',
    'Search Library': 'CmdOrCtrl+Shift+F',
    'Focus Editor': 'CmdOrCtrl+Shift+E',
  });
  const before = (await noteTitles(page)).length;
  await page.keyboard.press('ControlOrMeta+N');
  await expect.poll(async () => (await noteTitles(page)).length).toBe(before + 1);
  await expect(window.noteTitle).toBeVisible();
});

test("a brief exports to PDF through Electron's printer", async () => {
  const pdf = await page.evaluate(async () => {
    const { api } = (globalThis as unknown as Bridge).dossier;
    const note = (await api.createNote({ title: 'Brief to print', markdown: '# Findings\n\nThe minister resigned on Tuesday.' })) as { id: string };
    const file = (await api.exportNotes([note.id], { format: 'pdf', paper: 'A4' })) as { fileName: string; mimeType: string; encoding?: string; content: string };
    const bytes = atob(file.content);
    return { fileName: file.fileName, mimeType: file.mimeType, encoding: file.encoding, head: bytes.slice(0, 5), size: bytes.length };
  });
  expect(pdf).toMatchObject({ mimeType: 'application/pdf', encoding: 'base64', head: '%PDF-' });
  expect(pdf.fileName).toMatch(/\.pdf$/);
  expect(pdf.size).toBeGreaterThan(1000);
});

test('the desktop window works like browser mode: an import fills the sidebar', async () => {
  await window.importArticle({ text: SAMPLE_ARTICLE });
  await expect(window.entityGroup('People')).toContainText('Shigeru Ishiba');
});
