import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

test('an analyst imports an article, writes a formatted brief, exports it, and finds it all after a restart', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);

  await app.importArticle({ text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText(/Japan's new cabinet/);
  const people = app.entityGroup('People');
  await expect(people).toContainText('Shigeru Ishiba');
  await expect(people).toContainText('Takeshi Iwaya');
  await expect(app.entityGroup('Places')).toContainText('Tokyo');

  await app.newNote('Ishiba cabinet brief');
  await app.editor.click();
  await page.keyboard.type('## Summary');
  await page.keyboard.press('Enter');
  await page.keyboard.type('The cabinet is ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('defence-heavy');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' and ');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('cautious');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('- Iwaya to Foreign Ministry');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Nakatani to Defence');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('> We cannot protect peace by wishing for it.');
  await expect(app.editor.locator('h2')).toHaveText('Summary');
  await expect(app.editor.locator('strong, .ed-bold').first()).toHaveText('defence-heavy');
  await expect(app.editor.locator('li')).toHaveCount(2);
  await expect(app.toolbarButton('Quote')).toHaveAttribute('aria-pressed', 'true');

  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export…' }).click();
  const exportDialog = page.getByRole('dialog', { name: 'Export brief' });
  await exportDialog.getByRole('radio', { name: /Markdown/ }).check();
  await exportDialog.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('Ishiba cabinet brief.md');
  const markdown = readFileSync((await download.path())!, 'utf8');
  expect(markdown).toContain('# Ishiba cabinet brief');
  expect(markdown).toContain('## Summary');
  expect(markdown).toContain('The cabinet is **defence-heavy** and *cautious*.');
  expect(markdown).toContain('- Iwaya to Foreign Ministry\n- Nakatani to Defence');
  expect(markdown).toContain('> We cannot protect peace by wishing for it.');

  await dossier.stop();
  dossier = await startDossier(dossier.dataDir);
  await app.open(dossier.url);
  await app.library.getByRole('button', { name: /Ishiba cabinet brief/ }).click();
  await expect(app.editor.locator('h2')).toHaveText('Summary');
  await expect(app.editor.locator('li')).toHaveCount(2);
  await expect(app.editor.locator('blockquote')).toHaveText('We cannot protect peace by wishing for it.');
  await app.library.getByRole('button', { name: /Japan's new cabinet/ }).click();
  await expect(app.entityGroup('People')).toContainText('Shigeru Ishiba');
});

test('an empty paste gets a plain message and the dialog keeps what was typed', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ title: 'Nothing here', text: '   \n\n  ' });
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await expect(dialog.getByRole('alert')).toContainText('There is no article text to import');
  await expect(dialog.getByRole('textbox', { name: 'Title' })).toHaveValue('Nothing here');
  await expect(app.library.getByRole('list', { name: 'Articles' })).toHaveCount(0);
});

test('importing the same article twice opens the first copy instead of storing a second', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ text: SAMPLE_ARTICLE });
  await expect(page.getByRole('article', { name: 'Article' })).toBeVisible();
  await app.importArticle({ text: `  ${SAMPLE_ARTICLE.replace(/\n/g, '\r\n')}  ` });
  await expect(page.getByRole('status')).toContainText('already in the notebook', { timeout: 15_000 });
  await expect(app.library.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
});
