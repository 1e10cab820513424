import { expect, test } from '@playwright/test';
import { BriefEditor } from './models/BriefEditor';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

async function start(page: import('@playwright/test').Page): Promise<DossierWindow> {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ title: "Japan's new cabinet", text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await expect(app.reader).toBeVisible();
  return app;
}

test('a quote’s speaker is corrected and a quote dismissed from the sidebar, each undoable', async ({ page }) => {
  const app = await start(page);
  const status = page.getByRole('status').last();
  const quotes = app.entities.getByRole('region', { name: /^Quotes/ });
  await expect(quotes.getByRole('list', { name: 'Quotes by Shigeru Ishiba' })).toContainText('We cannot protect peace');

  // Another speaker, found by typing and chosen with Enter.
  await quotes.getByRole('button', { name: /^Change the speaker of “We cannot protect peace/ }).click();
  const find = quotes.getByRole('searchbox', { name: 'Find the speaker' });
  await expect(find).toBeFocused();
  await find.fill('Song');
  await find.press('Enter');
  await expect(status).toHaveText(/^Gave “We cannot protect peace.*” to “Song Xuewen”\.$/);
  await expect(quotes.getByRole('list', { name: 'Quotes by Song Xuewen' })).toContainText('We cannot protect peace');
  await expect(quotes.getByRole('list', { name: 'Quotes by Shigeru Ishiba' })).not.toContainText('We cannot protect peace');

  // Not a statement: dismissed, then brought back by Undo.
  await quotes.getByRole('button', { name: /^Dismiss “We have to be ready/ }).click();
  await expect(status).toHaveText(/^Dismissed the quote “We have to be ready/);
  await expect(quotes).not.toContainText('We have to be ready');
  await app.entities.getByRole('button', { name: /^Undo: Dismissed the quote/ }).click();
  await expect(quotes).toContainText('We have to be ready');
});

test('a person’s posts are edited and added on the card; a quote on the card can go to someone else', async ({ page }) => {
  const app = await start(page);
  let card = await app.openEntityCard('Takeshi Iwaya');
  const posts = card.getByRole('region', { name: 'Posts' });
  await posts.getByRole('button', { name: 'Edit the post Foreign Minister' }).click();
  await posts.getByRole('textbox', { name: 'Of (organisation)' }).fill('Japan');
  await posts.getByRole('button', { name: 'Save post' }).click();
  await expect(posts).toContainText('Foreign Minister, Japan');
  await posts.getByRole('button', { name: 'Add post…' }).click();
  await posts.getByRole('textbox', { name: 'Post' }).fill('Member');
  await posts.getByRole('textbox', { name: 'Of (organisation)' }).fill('Liberal Democratic Party');
  await posts.getByRole('textbox', { name: 'Post' }).press('Enter');
  await expect(posts.getByRole('listitem').filter({ hasText: 'Member, Liberal Democratic Party' })).toContainText('added by you');
  await app.entities.getByRole('button', { name: /^Undo: Added the post/ }).click();
  await expect(posts).not.toContainText('Member, Liberal Democratic Party');

  card = await app.openEntityCard('Shigeru Ishiba');
  const said = card.getByRole('region', { name: 'Quotes' });
  await said.getByRole('button', { name: /^Change the speaker of “We cannot protect peace/ }).click();
  await said.getByRole('searchbox', { name: 'Find the speaker' }).fill('Iwaya');
  await said.getByRole('searchbox', { name: 'Find the speaker' }).press('ArrowDown');
  await expect(said.getByRole('button', { name: /Takeshi Iwaya/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Shigeru Ishiba');
  await expect(said).not.toContainText('We cannot protect peace');
});

test('“Mark as…” on a selection in the reader makes the entity the extractor missed, and its card lists the notes that mention it', async ({ page }) => {
  const app = await start(page);
  await app.selectInReader('lower house');
  const actions = app.reader.getByRole('toolbar', { name: 'Selected passage' });
  await actions.getByRole('button', { name: 'Mark as…' }).click();
  await actions.getByRole('button', { name: 'Organisation' }).click();
  const card = app.entities.getByRole('region', { name: 'Entity card: lower house' });
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('lower house');
  await expect(card.getByText('Organisation', { exact: true }).first()).toBeVisible();
  await expect(app.reader.locator('.reader-body')).toContainText('lower house');
  await expect(page.getByRole('status').last()).toHaveText('Marked “lower house” as an organisation.');

  // A note mentioning Ishiba is listed on his card, and opens from it.
  const ed = new BriefEditor(page);
  await app.newNote('Cabinet brief');
  await ed.text.click();
  await ed.type('Led by @ishi');
  await expect(page.getByRole('listbox', { name: 'Entities to mention' }).getByRole('option').first()).toContainText('Shigeru Ishiba');
  await ed.press('Enter');
  await expect(ed.text.locator('.mention-chip', { hasText: 'Shigeru Ishiba' })).toBeVisible();
  await app.openFromLibrary(/Japan's new cabinet/);
  const ishiba = await app.openEntityCard('Shigeru Ishiba');
  const notes = ishiba.getByRole('region', { name: 'In notes' });
  await notes.getByRole('button', { name: 'Cabinet brief' }).click();
  await expect(app.noteTitle).toHaveValue('Cabinet brief');
});

test('“@Gen N” goes on past the space to find Gen Nakatani, and text after an @ that names nobody stays text', async ({ page }) => {
  await start(page);
  const ed = new BriefEditor(page);
  await new DossierWindow(page).newNote('Defence brief');
  await ed.text.click();
  await ed.type('Briefed by @Gen N');
  const menu = page.getByRole('listbox', { name: 'Entities to mention' });
  await expect(menu.getByRole('option').first()).toContainText('Gen Nakatani');
  await ed.press('Enter');
  await expect(ed.text.locator('.mention-chip', { hasText: 'Gen Nakatani' })).toHaveClass(/t-person/);
  await ed.type('at noon. Mail @ the desk');
  await expect(menu).toHaveCount(0);
  await ed.press('Enter');
  await expect(ed.text).toContainText('Mail @ the desk');
});
