import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { BriefEditor } from './models/BriefEditor';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const PASSAGE = 'We cannot protect peace by wishing for it,';

test('a brief exported to Markdown and imported again from the Import dialog keeps its citation (at its passage) and its mentions', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  const ed = new BriefEditor(page);
  await app.open(dossier.url);
  await app.importArticle({ title: "Japan's new cabinet", text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await expect(app.reader).toBeVisible();

  // Written in the window: a mention by @, a passage cited from the reader.
  await app.newNote('Cabinet brief');
  await ed.text.click();
  await ed.type('Led by @ishi');
  await expect(page.getByRole('listbox', { name: 'Entities to mention' }).getByRole('option').first()).toContainText('Shigeru Ishiba');
  await ed.press('Enter');
  await ed.type('and his cabinet.');
  await app.openFromLibrary(/Japan's new cabinet/);
  await app.selectInReader(PASSAGE);
  await app.reader.getByRole('button', { name: /^Cite in note/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cited in “Cabinet brief”' })).toBeVisible();

  // Exported from the Export… dialog as Markdown.
  await app.openFromLibrary(/Cabinet brief/);
  await expect(app.editor.locator('figure.citation')).toHaveCount(1);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export brief' });
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = readFileSync((await (await downloaded).path()) as string, 'utf8');
  expect(markdown).toContain(`> ${PASSAGE}[^1]`);
  expect(markdown).toContain("[^1]: *Japan's new cabinet*, Dossier Wire, undated.");
  expect(markdown).toMatch(/^Led by Shigeru Ishiba and his cabinet\.$/m);

  // Read back as a note from the Import dialog (the CLI's "note new --markdown" does the same), it is the same brief.
  await app.library.getByRole('button', { name: 'Import article…' }).click();
  const importing = page.getByRole('dialog', { name: 'Import an article' });
  await importing.getByRole('tab', { name: 'Brief as a note' }).click();
  await expect(page.getByRole('dialog', { name: 'Import a brief' })).toBeVisible();
  await page.getByLabel('Brief file').setInputFiles({ name: 'Cabinet brief.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await expect(page.getByRole('status').filter({ hasText: 'Opened the brief “Cabinet brief” as a new note.' })).toBeVisible();
  await expect(app.library.getByRole('list', { name: 'Notes' }).getByRole('button', { name: /Cabinet brief/ })).toHaveCount(2);
  const chip = app.editor.locator('.mention-chip', { hasText: 'Shigeru Ishiba' });
  await expect(chip).toHaveClass(/t-person/);
  const citation = app.editor.locator('figure.citation');
  await expect(citation.locator('blockquote')).toHaveText(PASSAGE);
  // The citation leads to its article at the passage.
  await citation.getByRole('button', { name: /Open the cited passage/ }).click();
  await expect(app.reader.locator('.passage')).toHaveText(PASSAGE);
});

test('a file that is not a brief gets a plain message in the dialog, and nothing is added', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.library.getByRole('button', { name: 'Import article…' }).click();
  await page.getByRole('dialog', { name: 'Import an article' }).getByRole('tab', { name: 'Brief as a note' }).click();
  // Not Markdown at all: a binary file whose bytes are not text.
  await page.getByLabel('Brief file').setInputFiles({ name: 'scan.md', mimeType: 'text/markdown', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) });
  await expect(page.getByRole('dialog', { name: 'Import a brief' }).getByRole('alert')).toContainText('at most 20 MB');
  expect(await app.call<unknown[]>('listNotes')).toEqual([]);
});
