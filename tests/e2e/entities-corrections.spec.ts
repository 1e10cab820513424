import { expect, type Locator, test } from '@playwright/test';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const LATER = `Nakatani meets allies

OSAKA, October 4 (Dossier Wire) - Defence Minister Gen Nakatani met Reuters staff in Osaka on Friday. "We will act," Nakatani said. Officials at the Office said the plan stood. Song Xuewen called it a signal. Beijing protested the visit, and Ishiba again floated an "Asian NATO".`;

const row = (app: DossierWindow, name: string) => app.entities.getByRole('button', { name: new RegExp(`^${name}, \\d+ mentions?$`) });

test('each correction in the window sticks for a later import, and can be undone', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  const status = page.getByRole('status').last();
  await app.open(dossier.url);
  await app.importArticle({ title: "Japan's new cabinet", text: SAMPLE_ARTICLE });
  await expect(app.entityGroup('People')).toContainText('Song Xuewen');
  await app.entityScope('Notebook');

  // Rename.
  let card: Locator = await app.openEntityCard('Song Xuewen');
  await card.getByRole('button', { name: 'Rename…' }).click();
  await card.getByRole('textbox', { name: 'New name' }).fill('Song Hsueh-wen');
  await card.getByRole('textbox', { name: 'New name' }).press('Enter');
  card = app.entities.getByRole('region', { name: 'Entity card: Song Hsueh-wen' });
  await expect(card.getByRole('region', { name: 'Also named' })).toContainText('Song Xuewen');
  await expect(status).toHaveText('Renamed “Song Xuewen” to “Song Hsueh-wen”.');
  await card.getByRole('button', { name: 'Back to entities' }).click();

  // Merge.
  card = await app.openEntityCard('China');
  await card.getByRole('button', { name: 'Merge…' }).click();
  await card.getByRole('searchbox', { name: 'Find entities to merge' }).fill('Beij');
  await card.getByRole('checkbox', { name: /Beijing/ }).check();
  await card.getByRole('radio', { name: 'These and later imports' }).check();
  await card.getByRole('button', { name: 'Merge 1 into “China”' }).click();
  await expect(card.getByRole('region', { name: 'Also named' })).toContainText('Beijing');
  await page.keyboard.press('Escape');

  // Change type.
  card = await app.openEntityCard('Dossier Wire');
  await card.getByRole('combobox', { name: 'Type' }).selectOption('TERM');
  await expect(card.getByText('Key term', { exact: true }).first()).toBeVisible();
  await page.keyboard.press('Escape');

  // Not an entity.
  card = await app.openEntityCard('Asian NATO');
  await card.getByRole('button', { name: 'Not an entity' }).click();
  await expect(card).toHaveCount(0);
  await expect(status).toHaveText('Marked “Asian NATO” as not an entity.');

  // Split an alias out.
  card = await app.openEntityCard('Shigeru Ishiba');
  await card.getByRole('button', { name: 'Split “Ishiba” out' }).click();
  await expect(card.getByRole('region', { name: 'Also named' })).toHaveCount(0);
  // The split removes the button that had the focus; the card hands it to its heading, and Escape is read from there.
  await expect(card.getByRole('heading', { name: 'Shigeru Ishiba' })).toBeFocused();
  await page.keyboard.press('Escape');
  await app.entities.getByRole('searchbox', { name: 'Filter entities' }).fill('Ishiba');
  await expect(row(app, 'Ishiba')).toHaveCount(1);

  // Delete.
  card = await app.openEntityCard('Takeshi Iwaya');
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect(card).toHaveCount(0);
  await app.entities.getByRole('searchbox', { name: 'Filter entities' }).fill('');
  await expect(row(app, 'Takeshi Iwaya')).toHaveCount(0);

  // A further article: the rules apply.
  await app.importArticle({ title: 'Nakatani meets allies', text: LATER });
  // The first article passes the checks below too: wait for the new one to open, or its opening may reset the scope later.
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText('Nakatani meets allies');
  await expect(app.entityGroup('People')).toContainText('Song Hsueh-wen');
  await expect(row(app, 'Song Xuewen')).toHaveCount(0);
  await expect(row(app, 'Beijing')).toHaveCount(0);
  await expect(row(app, 'China')).toHaveCount(1);
  await expect(row(app, 'Asian NATO')).toHaveCount(0);
  await expect(app.entityGroup('Key terms')).toContainText('Dossier Wire');
  // The name split out stays its own in the notebook (the list draws only the rows in view: filter, as above).
  await app.entityScope('Notebook');
  await app.entities.getByRole('searchbox', { name: 'Filter entities' }).fill('Ishiba');
  await expect(row(app, 'Ishiba')).toHaveCount(1);
  await app.entities.getByRole('searchbox', { name: 'Filter entities' }).fill('');

  // Undo, newest first.
  await app.entities.getByRole('button', { name: 'Undo: Deleted “Takeshi Iwaya”' }).click();
  await expect(status).toHaveText('Undone: Deleted “Takeshi Iwaya”.');
  await app.entityScope('Notebook');
  await expect(row(app, 'Takeshi Iwaya')).toHaveCount(1);
  await app.entities.getByRole('button', { name: 'Undo: Split “Ishiba” out of “Shigeru Ishiba”' }).click();
  await expect(status).toHaveText('Undone: Split “Ishiba” out of “Shigeru Ishiba”.');
  await expect(app.entities.getByRole('button', { name: 'Undo: Marked “Asian NATO” as not an entity' })).toBeVisible();
});
