import { expect, test } from '@playwright/test';
import { DossierWindow } from './models/DossierWindow';
import { freshDataDir, type RunningDossier, startDossier } from './models/server';

// A brief's citation outlives its article: in the trash, or gone from the notebook, it stays readable and says so.
let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const TEXT = 'Harbour officials said the survey would read the old quay like a palimpsest of repairs. The board meets on Friday.';
const PASSAGE = 'the survey would read the old quay like a palimpsest of repairs';

function briefCiting(articleId: string): string {
  const start = TEXT.indexOf(PASSAGE);
  const citation = { type: 'citation', version: 1, anchor: { articleId, start, end: start + PASSAGE.length, exact: PASSAGE, prefix: 'Harbour officials said ', suffix: '. The board' }, articleTitle: 'Quay survey ordered', source: 'Harbour Gazette' };
  const paragraph = (text: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] });
  return JSON.stringify({ root: { type: 'root', version: 1, children: [paragraph('What the board said:'), citation, paragraph('End of brief.')] } });
}

test('a citation whose article is in the trash, then moved away, stays readable and says where its source is', async ({ page }) => {
  dossier = await startDossier(freshDataDir());
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  const { article } = await app.call<{ article: { id: string } }>('importText', { title: 'Quay survey ordered', source: 'Harbour Gazette', text: TEXT });
  await app.call('createNote', { title: 'Harbour brief', content: briefCiting(article.id) });
  await app.call('trashArticle', article.id);
  await page.reload();

  await app.library.getByRole('button', { name: /Harbour brief/ }).click();
  const citation = app.centre.locator('figure.citation');
  await expect(citation).toContainText(PASSAGE);
  await expect(citation).toHaveAttribute('data-source-state', 'trash');
  const open = citation.getByRole('button', { name: 'Open the cited passage in “Quay survey ordered” (source in the trash)' });
  await open.click();
  await expect(page.getByRole('status').filter({ hasText: 'The source of this citation is in the trash' })).toBeVisible();
  await expect(app.reader).toContainText('palimpsest');
  await app.reader.getByRole('button', { name: 'Restore from trash' }).click();

  await app.library.getByRole('button', { name: /Harbour brief/ }).click();
  await expect(citation).not.toHaveAttribute('data-source-state');
  await expect(citation.getByRole('button', { name: 'Open the cited passage in “Quay survey ordered”' })).toBeVisible();

  // Moved to another case: this notebook no longer has it; the passage keeps its words.
  const harbour = await app.call<{ id: string }>('createNotebook', 'Harbour inquiry');
  await app.call('switchNotebook', 'main');
  await app.call('moveToNotebook', { kind: 'article', id: article.id }, harbour.id);
  await page.reload();
  await app.library.getByRole('button', { name: /Harbour brief/ }).click();
  await expect(citation).toHaveAttribute('data-source-state', 'gone');
  await expect(citation).toContainText(PASSAGE);
  await citation.getByRole('button', { name: /no longer in this notebook/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'no longer in this notebook' })).toBeVisible();
  await expect(app.centre.locator('figure.citation')).toBeVisible(); // the note stays open
});
