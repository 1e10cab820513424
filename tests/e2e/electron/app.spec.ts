import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { DossierWindow, SAMPLE_ARTICLE } from '../models/DossierWindow';
import { freshDataDir, ROOT } from '../models/server';

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
if (!binary) console.log('Skipping the Electron tests: no Electron binary here (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1).');
test.skip(!binary, 'no Electron binary on this machine');

test('the desktop window is locked down and works like browser mode', async () => {
  const app = await electron.launch({
    executablePath: binary!,
    args: [join(ROOT, 'out/main/index.js')],
    env: { ...process.env, DOSSIER_DATA_DIR: freshDataDir() },
  });
  const page = await app.firstWindow();
  const window = new DossierWindow(page);
  await expect(window.library).toBeVisible();
  // No Node in the renderer; exactly one bridge object.
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((window as unknown as { dossier: object }).dossier).sort())).toEqual(['api', 'onMenuCommand', 'platform', 'saveFile']);
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  await window.importArticle({ text: SAMPLE_ARTICLE });
  await expect(window.entityGroup('People')).toContainText('Shigeru Ishiba');
  await app.close();
});
