import { expect, type Page, test } from '@playwright/test';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

interface FileSpec {
  name: string;
  mimeType: string;
  text?: string;
  base64?: string;
}

/** Drops files on the window the way a file manager does: a drop event whose DataTransfer carries Files. */
async function dropFiles(page: Page, files: FileSpec[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle((specs) => {
    const transfer = new DataTransfer();
    for (const spec of specs) {
      const bytes = spec.base64 ? Uint8Array.from(atob(spec.base64), (c) => c.charCodeAt(0)) : new TextEncoder().encode(spec.text ?? '');
      transfer.items.add(new File([bytes], spec.name, { type: spec.mimeType }));
    }
    return transfer;
  }, files);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

const SECOND = `Seoul and Tokyo agree on new intelligence-sharing talks

SEOUL - South Korean Foreign Minister Cho Tae-yul met his Japanese counterpart in Seoul on Friday. "Our cooperation is a matter of necessity," Cho told reporters.`;

test('files dropped on the window are imported with progress, and each one that fails says why', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await dropFiles(page, [
    { name: 'cabinet.txt', mimeType: 'text/plain', text: SAMPLE_ARTICLE },
    { name: 'seoul.md', mimeType: 'text/markdown', text: SECOND },
    { name: 'empty.txt', mimeType: 'text/plain', text: '' },
  ]);
  const panel = page.getByRole('region', { name: 'Import progress' });
  await expect(panel.getByRole('status')).toContainText('2 imported');
  await expect(panel.getByRole('alert')).toContainText('empty.txt');
  const articles = app.library.getByRole('list', { name: 'Articles' });
  await expect(articles.getByRole('listitem')).toHaveCount(2);
  await expect(articles).toContainText("Japan's new cabinet signals firmer line");
  await expect(articles).toContainText('Seoul and Tokyo agree');
  await panel.getByRole('button', { name: 'Close import report' }).click();
  await expect(panel).toHaveCount(0);
});

test('files chosen in the Import dialog are imported, and a second copy is recognised', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  for (let round = 0; round < 2; round++) {
    await app.library.getByRole('button', { name: 'Import article…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import an article' });
    await dialog.getByRole('tab', { name: 'Files' }).click();
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Choose files…' }).click();
    await (await chooser).setFiles([{ name: 'cabinet.txt', mimeType: 'text/plain', buffer: Buffer.from(SAMPLE_ARTICLE) }]);
    const panel = page.getByRole('region', { name: 'Import progress' });
    await expect(panel.getByRole('status')).toContainText(round === 0 ? '1 imported' : '1 already in the notebook');
    await panel.getByRole('button', { name: 'Close import report' }).click();
  }
  await expect(app.library.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(/Japan's new cabinet/);
});

test('an address that is not a web address gets a plain message in the dialog', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.library.getByRole('button', { name: 'Import article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await dialog.getByRole('tab', { name: 'Web address' }).click();
  await dialog.getByRole('textbox', { name: 'Address' }).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toContainText('starting with http:// or https://');
});

test('an article’s details can be corrected, and an unsafe address is refused', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ text: SAMPLE_ARTICLE });
  const article = page.getByRole('article', { name: 'Article' });
  await article.getByRole('button', { name: 'Edit details' }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByRole('textbox', { name: 'Source' }).fill('Dossier Wire');
  await dialog.getByRole('textbox', { name: 'Author' }).fill('Aiko Tanaka');
  await dialog.getByRole('textbox', { name: 'Address' }).fill('javascript:alert(1)');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(dialog.getByRole('alert')).toContainText('must start with http');
  await dialog.getByRole('textbox', { name: 'Address' }).fill('https://example.org/cabinet');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(article).toContainText('Dossier Wire · By Aiko Tanaka');
  await expect(article.getByRole('link', { name: 'example.org' })).toHaveAttribute('href', 'https://example.org/cabinet');
  await page.reload();
  await app.library.getByRole('button', { name: /Japan's new cabinet/ }).click();
  await expect(page.getByRole('article', { name: 'Article' })).toContainText('By Aiko Tanaka');
});

test('the keyboard opens the importer: Ctrl+O on pasting, Ctrl+Shift+O on a web address', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await page.keyboard.press('ControlOrMeta+o');
  await expect(dialog.getByRole('tab', { name: 'Paste text' })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Shift+O');
  await expect(dialog.getByRole('tab', { name: 'Web address' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toBeVisible();
});
