import { expect, test } from '@playwright/test';
import { DossierWindow } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

test('a library of hundreds of items renders only the rows in view, and the keyboard and the search still reach every one', async ({ page }) => {
  test.setTimeout(120_000);
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await expect(page.getByRole('heading', { name: 'Start a brief' })).toBeVisible();
  // The notes are made with no window open (the page's cookie, from the test): an open window would
  // open, and remember, whichever note reached it first.
  const origin = new URL(page.url()).origin;
  await page.goto('about:blank');
  const titles = Array.from({ length: 320 }, (_, i) => `Brief ${String(i + 1).padStart(3, '0')}`);
  for (const title of titles) expect((await page.request.post(`${origin}/api/createNote`, { data: [{ title }] })).ok()).toBe(true);
  await app.open(dossier.url);
  await expect(app.noteTitle).toHaveValue('Brief 320');

  // Only what is in view (and a margin) is in the page.
  const rendered = () => app.library.getByRole('listitem').count();
  expect(await rendered()).toBeLessThan(60);
  await expect(app.library.getByRole('list', { name: 'Notes' }).getByRole('listitem').first()).toHaveAttribute('aria-setsize', '320');

  // The keyboard walks the whole list: End reaches the oldest, scrolled into view; Enter opens it.
  await app.library.getByRole('button', { name: /^Brief 320/ }).focus();
  await page.keyboard.press('End');
  const oldest = app.library.getByRole('button', { name: /^Brief 001/ });
  await expect(oldest).toBeFocused();
  await expect(oldest).toBeInViewport();
  await page.keyboard.press('PageUp');
  await expect(oldest).not.toBeFocused();
  await expect(app.library.locator('.item:focus')).toBeInViewport();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await expect(app.noteTitle).toHaveValue('Brief 001');
  expect(await rendered()).toBeLessThan(60);

  // The search filters all of them, not only those rendered.
  await app.library.getByRole('searchbox', { name: 'Search library' }).fill('Brief 150');
  await expect(app.library.getByRole('button', { name: /^Brief 150/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(app.noteTitle).toHaveValue('Brief 150');
  expect(await app.windowScrollTop()).toBe(0);
});
