import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { DossierWindow } from './models/DossierWindow';
import { freshDataDir, OUT, ROOT, type RunningDossier, startDossier } from './models/server';

// Finding anything, trashing an article and keeping cases apart, on the 1,008 real PolNeAR articles
// where they are here (../shared/data), imported through the CLI as an analyst would; on a machine
// without them, on three articles of our own.
const POLNEAR = resolve(ROOT, '../shared/data/polnear');

function polnearFiles(): string[] {
  return ['train', 'dev', 'test'].flatMap((split) => {
    const dir = join(POLNEAR, split, 'text');
    return existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : [];
  });
}

/** A word that occurs in one article's body only (not its first line, which becomes its title), and the title. */
function wordInOneBody(files: string[]): { word: string; title: string } {
  const seen = new Map<string, { count: number; file: string }>();
  for (const file of files) {
    for (const word of new Set(readFileSync(file, 'utf8').toLowerCase().match(/\b[a-z]{9,14}\b/g) ?? [])) {
      const entry = seen.get(word);
      if (entry) entry.count++;
      else seen.set(word, { count: 1, file });
    }
  }
  for (const [word, { count, file }] of [...seen].sort(([a], [b]) => a.localeCompare(b))) {
    const [first, ...rest] = readFileSync(file, 'utf8').trim().split('\n');
    if (count === 1 && !first.toLowerCase().includes(word) && rest.join(' ').toLowerCase().includes(word)) return { word, title: first.trim().slice(0, 120) };
  }
  throw new Error('no word found in a single article');
}

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

test('search finds a word in one article body and one note, trash takes the article out and back, a new notebook starts empty, and a note and an article move into it', async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = freshDataDir();
  let files = process.env.DOSSIER_E2E_SMALL ? [] : polnearFiles(); // DOSSIER_E2E_SMALL: try the fallback here
  let target: { word: string; title: string };
  if (files.length >= 1008) {
    const imported = spawnSync(process.execPath, [join(OUT, 'main/cli.js'), 'import', ...files, '--data', dataDir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    expect(imported.status).toBe(0);
    target = wordInOneBody(files);
  } else {
    files = [];
    target = { word: 'palimpsest', title: 'Harbour board orders quay survey' };
  }
  dossier = await startDossier(dataDir);
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  if (files.length === 0) {
    await app.call('importText', { title: target.title, text: 'Harbour officials said the survey would read the old quay like a palimpsest of repairs.' });
    await app.call('importText', { title: 'Cabinet leans on defence', text: 'The cabinet leans on defence veterans, officials said on Tuesday.' });
  }
  await app.call('createNote', { title: 'Working brief', content: JSON.stringify({ root: { type: 'root', version: 1, children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: 'Ask the ministry about the zeppelinesque budget line.' }] }] } }) });
  await page.reload();
  await expect(app.centre).toBeVisible();
  const articleCount = (await app.call<unknown[]>('listArticles')).length; // a text found twice is stored once
  expect(articleCount).toBeGreaterThan(files.length ? 1000 : 1);

  const search = page.getByRole('searchbox', { name: 'Search library' });
  const articlesFound = app.library.getByRole('list', { name: 'Articles found' });
  // A word only in one article's body: that article, with the word marked.
  await search.fill(target.word);
  await expect(articlesFound.getByRole('button')).toHaveCount(1);
  await expect(articlesFound.getByRole('button')).toContainText(target.title.slice(0, 30));
  await expect(articlesFound.locator('mark').first()).toHaveText(new RegExp(`^${target.word}`, 'i'));
  // A word only in a note: the note.
  await search.fill('zeppelinesque');
  await app.library.getByRole('list', { name: 'Notes found' }).getByRole('button', { name: /Working brief/ }).click();
  // The note opens with the word lit, in its find bar.
  const find = app.centre.getByRole('search', { name: 'Find in note' });
  await expect(find.getByRole('searchbox', { name: 'Find in note' })).toHaveValue(/^zeppelinesque$/i);
  await expect(find.getByRole('status')).toHaveText('1 of 1');

  // The article opens at the match; to the trash it goes, out of search; back it comes.
  await search.fill(target.word);
  await articlesFound.getByRole('button').click();
  await expect(app.reader).toContainText(target.word, { ignoreCase: true });
  await app.reader.getByRole('button', { name: 'Move to trash' }).click();
  await search.fill('');
  await search.fill(target.word);
  await expect(app.library.getByRole('status').filter({ hasText: 'Nothing matches' })).toBeVisible();
  await search.fill('');
  await app.library.getByText(/^Trash \(\d+\)$/).click();
  await app.library.getByRole('button', { name: new RegExp(`Restore “${target.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }).click();
  await search.fill(target.word);
  await expect(articlesFound.getByRole('button')).toHaveCount(1);

  // A new notebook for a new case starts empty; the first is there when switched back.
  await search.fill('');
  await app.library.getByRole('button', { name: /^Notebook: My notebook/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Notebooks' });
  await dialog.getByRole('button', { name: 'New notebook…' }).click();
  const form = page.getByRole('dialog', { name: 'New notebook' });
  await form.getByRole('textbox', { name: 'Name' }).fill('Harbour inquiry');
  await form.getByRole('button', { name: 'Create notebook' }).click();
  await expect(app.library.getByRole('button', { name: /^Notebook: Harbour inquiry/ })).toBeVisible();
  await expect(page).toHaveTitle(/Harbour inquiry/);
  expect(await app.call<unknown[]>('listArticles')).toEqual([]);
  await expect(app.library.getByRole('button', { name: /Working brief/ })).toHaveCount(0);

  await app.library.getByRole('button', { name: /^Notebook: Harbour inquiry/ }).click();
  await page.getByRole('dialog', { name: 'Notebooks' }).getByRole('button', { name: /My notebook/ }).click();
  await expect(app.library.getByRole('button', { name: /^Notebook: My notebook/ })).toBeVisible();
  await expect(app.library.getByRole('button', { name: /Working brief/ })).toBeVisible();
  expect((await app.call<unknown[]>('listArticles')).length).toBe(articleCount);

  // The note and the article move to the other case: they leave this notebook and are there when it opens.
  // The note open before its Move button is pressed: until it opens, the centre may still show what was open before
  // (an article has a Move button of its own), and the dialog would move that.
  await app.library.getByRole('button', { name: /Working brief/ }).click();
  await expect(app.noteTitle).toHaveValue('Working brief');
  await app.centre.getByRole('button', { name: 'Move to notebook…' }).click();
  const move = page.getByRole('dialog', { name: 'Move to another notebook' });
  await expect(move).toContainText('“Working brief” goes to the notebook you choose');
  await move.getByRole('list', { name: 'Move to notebook' }).getByRole('button', { name: /Harbour inquiry/ }).click();
  // As for the article below: the move writes both notebooks' files, which on a loaded machine takes more than 5 s.
  await expect(page.getByRole('status').filter({ hasText: 'Moved “Working brief” to “Harbour inquiry”.' })).toBeVisible({ timeout: 20_000 });
  await expect(app.library.getByRole('button', { name: /Working brief/ })).toHaveCount(0);
  await expect(page.getByRole('alert')).toHaveCount(0); // nothing asked for the note that left
  await search.fill(target.word);
  await articlesFound.getByRole('button').click();
  await expect(app.reader).toContainText(target.word, { ignoreCase: true });
  await app.reader.getByRole('button', { name: 'Move to notebook…' }).click();
  await expect(move).toContainText(`“${target.title.slice(0, 20)}`);
  await move.getByRole('button', { name: /Harbour inquiry/ }).click();
  await expect(page.getByRole('status').filter({ hasText: `Moved “${target.title.slice(0, 40)}` })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole('alert')).toHaveCount(0); // nothing asked for what left
  await search.fill('');
  await search.fill(target.word);
  await expect(app.library.getByRole('status').filter({ hasText: 'Nothing matches' })).toBeVisible();
  expect((await app.call<unknown[]>('listArticles')).length).toBe(articleCount - 1);

  await search.fill('');
  await app.library.getByRole('button', { name: /^Notebook: My notebook/ }).click();
  await page.getByRole('dialog', { name: 'Notebooks' }).getByRole('button', { name: /Harbour inquiry/ }).click();
  await expect(app.library.getByRole('button', { name: /^Notebook: Harbour inquiry/ })).toBeVisible();
  await expect(app.library.getByRole('button', { name: /Working brief/ })).toBeVisible();
  await search.fill(target.word);
  await expect(articlesFound.getByRole('button')).toHaveCount(1);
  await search.fill('zeppelinesque');
  await expect(app.library.getByRole('list', { name: 'Notes found' }).getByRole('button', { name: /Working brief/ })).toBeVisible();
});
