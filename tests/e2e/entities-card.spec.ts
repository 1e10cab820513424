import { expect, test } from '@playwright/test';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const PROFILE = `Ishiba sets out his security agenda

Shigeru Ishiba, the former defence minister and a former secretary-general of the Liberal Democratic Party, told parliament on Friday that Japan would raise defence spending. "Deterrence is not a slogan; it is a budget," Ishiba said.

Takeshi Iwaya said the cabinet backed the plan. Ishiba, who served as agriculture minister under Taro Aso, added: "We will explain every yen to the public."`;

test('an entity card shows names, posts with sources, quotes, mentions in context and company; a mention opens the article at it', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ title: "Japan's new cabinet signals firmer line on regional defence", text: SAMPLE_ARTICLE });
  await expect(app.entityGroup('People')).toContainText('Shigeru Ishiba');
  await app.importArticle({ title: 'Ishiba sets out his security agenda', text: PROFILE });
  // Both articles name him: wait for the new one to open, or the sidebar may still show the first and change under the test.
  await expect(page.getByRole('article', { name: 'Article' }).getByRole('heading', { level: 1 })).toHaveText('Ishiba sets out his security agenda');
  await expect(app.entityGroup('People')).toContainText('Shigeru Ishiba');
  await app.entityScope('Notebook');

  const card = await app.openEntityCard('Shigeru Ishiba');
  await expect(card.getByRole('heading', { name: 'Shigeru Ishiba' })).toBeFocused();
  await expect(card).toContainText(/\d+ mentions in 2 articles/);
  await expect(card.getByRole('region', { name: 'Also named' })).toContainText('Ishiba');
  const posts = card.getByRole('region', { name: 'Posts' });
  await expect(posts).toContainText('Prime Minister');
  await expect(posts).toContainText('former defence minister');
  await expect(posts).toContainText("Japan's new cabinet signals firmer line");
  await expect(card.getByRole('region', { name: 'Quotes' })).toContainText('Deterrence is not a slogan');
  await expect(card.getByRole('list', { name: /^Mentions in Japan's new cabinet/ }).getByRole('listitem')).toHaveCount(3);
  // Appearing with is being named in the same sentence: Iwaya is in the article, never beside Ishiba.
  await expect(card.getByRole('region', { name: 'Appears with' })).toContainText('Asian NATO');
  await expect(card.getByRole('region', { name: 'Appears with' })).not.toContainText('Takeshi Iwaya');
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.screenshot({ path: test.info().outputPath('entity-card.png') });

  // A mention in context opens the article there, lit up.
  await card.getByRole('list', { name: /^Mentions in Japan's new cabinet/ }).getByRole('button').last().click();
  const reader = page.getByRole('article', { name: 'Article' });
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText("Japan's new cabinet signals firmer line on regional defence");
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('entity-focus')?.size ?? 0)).toBe(1);

  // Escape closes the card and puts the user back in the list; the keyboard reaches every control.
  await expect(card).toBeVisible();
  await card.getByRole('heading', { name: 'Shigeru Ishiba' }).focus();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(app.entities.getByRole('button', { name: /^Shigeru Ishiba, \d+ mentions?$/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(app.entities.getByRole('combobox', { name: 'Sort by' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(app.entities.getByRole('button', { name: 'Key terms' })).toBeFocused();
});

test('the sidebar scopes to the article, the note or the notebook, filters by type and sorts', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ title: "Japan's new cabinet", text: SAMPLE_ARTICLE });
  await expect(app.entityGroup('People')).toContainText('Song Xuewen');
  await app.importArticle({ title: 'Ishiba sets out his security agenda', text: PROFILE });
  await expect(app.entityGroup('People')).toContainText('Taro Aso');
  await expect(app.entityGroup('People')).not.toContainText('Song Xuewen');
  // Quotes grouped by speaker.
  await expect(app.entities.getByRole('list', { name: 'Quotes by Shigeru Ishiba' }).getByRole('listitem')).toHaveCount(2);

  await app.entityScope('Notebook');
  await expect(app.entityGroup('People')).toContainText('Song Xuewen');
  await app.entities.getByRole('button', { name: 'People' }).click();
  await expect(app.entityGroup('People')).toHaveCount(0);
  await expect(app.entityGroup('Places')).toContainText('Tokyo');
  await app.entities.getByRole('button', { name: 'People' }).click();
  await app.entities.getByRole('combobox', { name: 'Sort by' }).selectOption('name');
  const names = await app.entityGroup('People').getByRole('button').evaluateAll((els) => els.map((e) => e.querySelector('.entity-name')?.textContent ?? ''));
  expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

  await app.newNote('Cabinet brief');
  await app.entityScope('This note');
  await expect(app.entities).toContainText('Import an article to see who and what it mentions.');
});

test('a card closed in a busy window does not take the focus back from the control the keyboard has gone on to', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ title: "Japan's new cabinet signals firmer line on regional defence", text: SAMPLE_ARTICLE });
  const card = await app.openEntityCard('Shigeru Ishiba');
  await expect(card.getByRole('heading', { name: 'Shigeru Ishiba' })).toBeFocused();
  // A busy window: timers fire a third of a second late.
  await page.evaluate(() => {
    const later = window.setTimeout.bind(window);
    window.setTimeout = ((fn: () => void, ms?: number) => later(fn, (ms ?? 0) + 300)) as typeof window.setTimeout;
  });
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  const row = app.entities.getByRole('button', { name: /^Shigeru Ishiba, \d+ mentions?$/ });
  await expect(row).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  const sort = app.entities.getByRole('combobox', { name: 'Sort by' });
  await expect(sort).toBeFocused();
  await page.waitForTimeout(600);
  await expect(sort).toBeFocused();
});
