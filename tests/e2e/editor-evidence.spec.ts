import { expect, test } from '@playwright/test';
import { BriefEditor } from './models/BriefEditor';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const reader = (app: DossierWindow) => app.page.getByRole('article', { name: 'Article' });

/** New note, waiting for its editor to replace the previous note's before renaming it. */
async function newNote(app: DossierWindow, title: string): Promise<void> {
  await app.library.getByRole('button', { name: 'New note' }).click();
  await expect(app.noteTitle).toHaveValue('Untitled brief');
  await app.noteTitle.fill(title);
  await app.noteTitle.press('Enter');
}

test('an analyst mentions entities by @ and by drag, cites a passage, and finds both after a restart', async ({ page }) => {
  test.setTimeout(120_000);
  dossier = await startDossier();
  const app = new DossierWindow(page);
  const ed = new BriefEditor(page);
  await app.open(dossier.url);
  await app.importArticle({ text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await expect(reader(app)).toBeVisible();
  await app.newNote('Evidence brief');
  await ed.text.click();

  // @ typeahead: names and aliases, type shown.
  await ed.type('Led by @ishi');
  const menu = page.getByRole('listbox', { name: 'Entities to mention' });
  await expect(menu.getByRole('option').first()).toContainText('Shigeru Ishiba');
  await expect(menu.getByRole('option').first()).toContainText('Person');
  await ed.press('Enter');
  await ed.type('and his foreign minister.');
  const ishiba = ed.text.locator('.mention-chip', { hasText: 'Shigeru Ishiba' });
  await expect(ishiba).toHaveClass(/t-person/);

  // Drag from the sidebar.
  await ed.press('Enter');
  await ed.type('Also: ');
  await app.entityGroup('People').getByText('Takeshi Iwaya').dragTo(ed.text.locator('p').last());
  const iwaya = ed.text.locator('.mention-chip', { hasText: 'Takeshi Iwaya' });
  await expect(iwaya).toHaveClass(/t-person/);

  // Hover card and click to open the entity in the sidebar.
  await ishiba.hover();
  const card = page.getByRole('tooltip');
  await expect(card).toContainText('Shigeru Ishiba');
  await expect(card).toContainText(/Named in 1 article/);
  await iwaya.click();
  await expect(app.entities.getByRole('searchbox', { name: 'Filter entities' })).toHaveValue('Takeshi Iwaya');

  // A mention is one token: Backspace after it removes it whole.
  await ed.press('End');
  await ed.type('x');
  await ed.press('Backspace', 'Backspace', 'Backspace');
  await expect(iwaya).toHaveCount(0);
  await ed.press('ControlOrMeta+z');
  await expect(iwaya).toHaveCount(1);
  await ed.waitForSave();

  // Cite a passage from the reader into the note.
  await app.library.getByRole('button', { name: /Japan's new cabinet/ }).click();
  const passage = 'We cannot protect peace by wishing for it';
  await app.selectInReader(passage);
  const cite = reader(app).getByRole('button', { name: 'Cite in note' });
  await cite.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Cited in “Evidence brief”' })).toBeVisible();

  // Restart: mentions and citation intact.
  await dossier.stop();
  dossier = await startDossier(dossier.dataDir);
  await app.open(dossier.url);
  await app.library.getByRole('button', { name: /Evidence brief/ }).click();
  await expect(ed.text.locator('.mention-chip.t-person')).toHaveText(['Shigeru Ishiba', 'Takeshi Iwaya']);
  const citation = ed.text.locator('figure.citation');
  await expect(citation).toContainText(passage);
  await expect(citation).toContainText("Japan's new cabinet");
  await expect(citation).toContainText('Dossier Wire');

  // Clicking the citation opens the article at the passage, highlighted.
  await citation.getByRole('button', { name: /Open the cited passage/ }).click();
  await expect(reader(app).locator('mark.passage')).toHaveText(passage);
  await expect(reader(app).locator('mark.passage')).toBeInViewport();
});

test('a mention follows a rename of its entity', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  const ed = new BriefEditor(page);
  await app.open(dossier.url);
  await app.importArticle({ text: SAMPLE_ARTICLE });
  await app.newNote('Rename brief');
  await ed.text.click();
  await ed.type('@Iwaya');
  // The suggestions come once the import's entities have reached the window: Enter before that is a new line.
  await expect(page.getByRole('listbox', { name: 'Entities to mention' }).getByRole('option').first()).toContainText('Takeshi Iwaya');
  await ed.press('Enter');
  await expect(ed.text.locator('.mention-chip')).toHaveText('Takeshi Iwaya');
  await ed.waitForSave();
  const entities = await page.evaluate(async () => (await fetch('/api/listEntities', { method: 'POST', body: '[]', headers: { 'content-type': 'application/json' } })).json());
  const iwaya = entities.result.find((e: { name: string }) => e.name === 'Takeshi Iwaya');
  await page.evaluate(async (id) => fetch('/api/renameEntity', { method: 'POST', body: JSON.stringify([id, 'Iwaya Takeshi']), headers: { 'content-type': 'application/json' } }), iwaya.id);
  await page.reload();
  await expect(ed.text.locator('.mention-chip')).toHaveText('Iwaya Takeshi');
});

test('the open note and the cursor come back after a restart; notes can be duplicated, trashed and restored', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  const ed = new BriefEditor(page);
  await app.open(dossier.url);
  await newNote(app, 'First brief');
  await ed.text.click();
  await ed.type('Alpha beta gamma.');
  await newNote(app, 'Second brief');
  await ed.text.click();
  await ed.type('One two three.');
  await ed.press('Home', 'ArrowRight', 'ArrowRight', 'ArrowRight');
  await ed.waitForSave();

  const notes = app.library.getByRole('list', { name: 'Notes' });
  await expect(notes.getByRole('button')).toHaveText([/Second brief/, /First brief/]);

  await dossier.stop();
  dossier = await startDossier(dossier.dataDir);
  await app.open(dossier.url);
  await expect(app.noteTitle).toHaveValue('Second brief');
  await expect(ed.text).toBeFocused();
  await ed.type('X');
  await expect(ed.text).toContainText('OneX two three.');

  // Rename, duplicate, trash, restore.
  await app.noteTitle.fill('Second brief, revised');
  await app.noteTitle.press('Enter');
  await expect(notes).toContainText('Second brief, revised');
  await page.getByRole('button', { name: 'Duplicate' }).click();
  await expect(app.noteTitle).toHaveValue('Second brief, revised (copy)');
  await page.getByRole('button', { name: 'Move to trash' }).click();
  await expect(notes).not.toContainText('(copy)');
  await app.library.getByText(/Trash \(1\)/).click();
  await app.library.getByRole('button', { name: 'Restore “Second brief, revised (copy)”' }).click();
  await expect(app.noteTitle).toHaveValue('Second brief, revised (copy)');
  await expect(notes.getByRole('button')).toHaveCount(3);
});
