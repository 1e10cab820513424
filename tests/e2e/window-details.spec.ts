import { expect, type Page, test } from '@playwright/test';
import type { DossierWindow } from './models/DossierWindow';
import { openBriefingNotebook } from './models/briefing';
import type { RunningDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

async function notebook(page: Page): Promise<DossierWindow> {
  const opened = await openBriefingNotebook(page);
  dossier = opened.dossier;
  return opened.app;
}

test('Ctrl+E and Export… open the same dialog, with the same format chosen', async ({ page }) => {
  await notebook(page);
  const dialog = page.getByRole('dialog', { name: 'Export brief' });
  await page.keyboard.press('ControlOrMeta+e');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /PDF/ })).toBeChecked();
  await dialog.getByRole('radio', { name: /Markdown/ }).check();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Export…' }).click();
  await expect(dialog.getByRole('radio', { name: /Markdown/ })).toBeChecked();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+e');
  await expect(dialog.getByRole('radio', { name: /Markdown/ })).toBeChecked();
});

test('the library’s counts follow corrections, and each article’s entity list starts at its top', async ({ page }) => {
  const app = await notebook(page);
  const article = app.library.getByRole('button', { name: /^Japan's new cabinet/ });
  const count = async () => Number(/(\d+) entities/.exec((await article.textContent()) ?? '')?.[1]);
  const before = await count();
  await article.click();
  const card = await app.openEntityCard('Takeshi Iwaya');
  await card.getByRole('button', { name: 'Delete' }).click();
  await expect.poll(count).toBe(before - 1);

  // Scroll one article's entity list, open another: its list starts at the top.
  await app.entities.getByRole('searchbox', { name: 'Filter entities' }).fill('');
  await app.library.getByRole('button', { name: /^Tokyo weighs/ }).click();
  const list = app.entities.locator('.entities-scroll');
  await list.hover();
  await page.mouse.wheel(0, 800);
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await article.click();
  await expect(app.reader.getByRole('heading', { level: 1 })).toHaveText(/Japan's new cabinet/);
  await expect.poll(() => list.evaluate((el) => el.scrollTop)).toBe(0);
});

test('a quote in the sidebar opens at its passage in the reader and can be cited into the note', async ({ page }) => {
  const app = await notebook(page);
  await app.library.getByRole('button', { name: /^Tokyo weighs/ }).click();
  const quotes = app.entities.getByRole('list', { name: 'Quotes by Takeshi Iwaya' });
  await quotes.getByRole('button', { name: /^Show in the article: .*alliance is the cornerstone/ }).click();
  await expect.poll(() => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('entity-focus')?.size ?? 0)).toBe(1);
  await expect(app.reader.getByText(/The alliance is the cornerstone/)).toBeInViewport();
  expect(await app.windowScrollTop()).toBe(0);

  await quotes.getByRole('button', { name: /^Cite in note/ }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Cited in “Budget brief”' })).toBeVisible();
  await app.library.getByRole('button', { name: /Budget brief/ }).click();
  const citation = app.editor.locator('figure.citation blockquote');
  await expect(citation).toHaveText('The alliance is the cornerstone of peace in the region,');
});
