import { expect, test } from '@playwright/test';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { freshDataDir, type RunningDossier, startDossier } from './models/server';

// The window keeps one copy of the notebook's lists and applies each change to it: after the first
// load it never fetches a whole list again, yet the library always shows what the notebook holds.
let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

test('imports, new notes, the trash and restores reach the library without a single list fetched again', async ({ page }) => {
  dossier = await startDossier(freshDataDir());
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.call('importText', { title: 'Harbour board orders quay survey', text: 'Harbour officials in Port Aldren said on Monday that the survey of the old quay would begin in spring.' });
  await page.reload();
  await expect(app.library.getByRole('button', { name: /Harbour board orders quay survey/ })).toBeVisible();

  const listed: string[] = [];
  page.on('request', (request) => {
    const method = new URL(request.url()).pathname.replace('/api/', '');
    if (/^list(Notes|Articles|Trash|TrashedArticles)$/.test(method)) listed.push(method);
  });

  await app.importArticle({ title: "Japan's new cabinet signals firmer line on regional defence", text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await expect(app.library.getByRole('button', { name: /Japan's new cabinet/ })).toBeVisible();
  await app.newNote('Cabinet brief');
  await expect(app.library.getByRole('button', { name: /Cabinet brief/ })).toBeVisible();

  await app.centre.getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.library.getByRole('button', { name: /Cabinet brief/ })).toHaveCount(0);
  await app.library.getByRole('button', { name: /Harbour board orders quay survey/ }).click();
  await app.reader.getByRole('button', { name: 'Move to trash' }).click();
  await expect(app.library.getByText('Trash (2)')).toBeVisible();
  await app.library.getByText('Trash (2)').click();
  await app.library.getByRole('button', { name: /Restore “Cabinet brief/ }).click();
  await expect(app.library.getByRole('list', { name: 'Notes' }).getByRole('button', { name: /Cabinet brief/ })).toBeVisible();
  await expect(app.library.getByText('Trash (1)')).toBeVisible();

  expect(listed).toEqual([]);
  // What the library shows is what the notebook holds.
  const titles = async (method: string) => (await app.call<Array<{ title: string }>>(method)).map((x) => x.title);
  expect(await titles('listNotes')).toEqual(['Cabinet brief']);
  expect(await titles('listArticles')).toEqual(["Japan's new cabinet signals firmer line on regional defence"]);
  expect(await titles('listTrashedArticles')).toEqual(['Harbour board orders quay survey']);
});
