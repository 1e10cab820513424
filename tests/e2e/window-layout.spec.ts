import { expect, type Page, test } from '@playwright/test';
import type { DossierWindow } from './models/DossierWindow';
import { openBriefingNotebook } from './models/briefing';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const LONG_TITLE = 'Tokyo weighs a bigger role in regional security as budget talks begin';

async function openNotebook(page: Page): Promise<DossierWindow> {
  const opened = await openBriefingNotebook(page);
  dossier = opened.dossier;
  return opened.app;
}

test('the window never scrolls, only its panes: reading to the end and following a citation move the reader alone', async ({ page }) => {
  const app = await openNotebook(page);
  await app.library.getByRole('button', { name: new RegExp(LONG_TITLE) }).click();
  await expect(app.reader.getByRole('heading', { level: 1 })).toHaveText(LONG_TITLE);

  // Scroll the reader to its end with the wheel.
  await app.reader.locator('.reader-body').hover();
  await page.mouse.wheel(0, 20_000);
  await expect(app.reader.getByText('the first trip abroad of his premiership')).toBeInViewport();
  expect(await app.windowScrollTop()).toBe(0);
  await expect.poll(() => app.centreScroller().evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  // The side panes stay where they were, their tops in view.
  await expect(app.library.getByRole('searchbox', { name: 'Search library' })).toBeInViewport();
  await expect(app.entities.getByRole('searchbox', { name: 'Filter entities' })).toBeInViewport();

  // Cite a passage near the end, go to the note, follow the citation back: only the reader scrolls.
  const passage = 'ready to help keep the sea lanes open';
  await app.selectInReader(passage);
  await app.reader.getByRole('button', { name: /^Cite in note/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cited in “Budget brief”' })).toBeVisible();
  await app.library.getByRole('button', { name: /Budget brief/ }).click();
  await app.editor.getByRole('button', { name: /Open the cited passage/ }).click();
  await expect(app.reader.locator('mark.passage')).toHaveText(passage);
  await expect(app.reader.locator('mark.passage')).toBeInViewport();
  expect(await app.windowScrollTop()).toBe(0);
  await expect(app.library.getByRole('searchbox', { name: 'Search library' })).toBeInViewport();
});

test('side panes resize by drag and by keyboard, hide and come back, and are remembered after a restart', async ({ page }) => {
  const app = await openNotebook(page);
  const library = app.separator('Resize library');
  await expect(library).toHaveAttribute('aria-valuenow', '260');
  await expect(library).toHaveAttribute('aria-orientation', 'vertical');

  // Keyboard: arrows step, Shift+arrows step further, Home is the narrowest.
  await library.focus();
  await page.keyboard.press('ArrowRight');
  await expect(library).toHaveAttribute('aria-valuenow', '276');
  await page.keyboard.press('Shift+ArrowRight');
  await expect(library).toHaveAttribute('aria-valuenow', '340');
  await page.keyboard.press('Home');
  await expect(library).toHaveAttribute('aria-valuenow', (await library.getAttribute('aria-valuemin')) ?? '');
  const libraryBox = async () => (await app.library.boundingBox())?.width ?? 0;
  expect(Math.round(await libraryBox())).toBe(Number(await library.getAttribute('aria-valuenow')));

  // Drag: the entities pane grows as its handle moves left.
  const entities = app.separator('Resize entities');
  const before = Number(await entities.getAttribute('aria-valuenow'));
  const box = (await entities.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 300);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 60, box.y + 300, { steps: 5 });
  await page.mouse.up();
  await expect(entities).toHaveAttribute('aria-valuenow', String(before + 60));

  // Hide the entities; a rail shows them again. Enter on a handle hides its pane too.
  await app.entities.getByRole('button', { name: 'Hide entities' }).click();
  await expect(app.entities).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show entities' })).toBeFocused();
  await library.focus();
  await page.keyboard.press('Enter');
  await expect(app.library).toBeHidden();
  await expect(page.getByRole('button', { name: 'Show library' })).toBeVisible();

  // After a restart the window comes back as it was left.
  await page.waitForTimeout(600); // the layout is saved shortly after the last change
  await dossier.stop();
  dossier = await startDossier(dossier.dataDir);
  await app.open(dossier.url).catch(() => undefined);
  await expect(page.getByRole('button', { name: 'Show library' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show entities' })).toBeVisible();
  await page.getByRole('button', { name: 'Show entities' }).click();
  await expect(app.entities).toBeVisible();
  await expect(app.separator('Resize entities')).toHaveAttribute('aria-valuenow', String(before + 60));
  await page.getByRole('button', { name: 'Show library' }).click();
  await expect(app.separator('Resize library')).toHaveAttribute('aria-valuenow', '200');
});

test('focus mode leaves the note or article alone, and F6 and Shift+F6 cycle the panes as in VS Code', async ({ page }) => {
  const app = await openNotebook(page);
  await app.library.getByRole('button', { name: /Budget brief/ }).click();
  await app.editor.click();
  await page.keyboard.type('Draft.');

  // F6: editor → entities → library → back to where the editor was.
  await page.keyboard.press('F6');
  await expect(app.entities.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(app.library.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('F6');
  await expect(app.editor).toBeFocused();
  // Shift+F6 goes the other way round: library, entities, editor.
  await page.keyboard.press('Shift+F6');
  await expect(app.library.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Shift+F6');
  await expect(app.entities.locator(':focus')).toHaveCount(1);
  await page.keyboard.press('Shift+F6');
  await expect(app.editor).toBeFocused();

  // Focus mode: the side panes go, the focus stays in the note; the same keys bring them back.
  await page.keyboard.press('ControlOrMeta+Shift+Enter');
  await expect(app.library).toBeHidden();
  await expect(app.entities).toBeHidden();
  await expect(page.getByRole('button', { name: 'Focus mode' })).toHaveAttribute('aria-pressed', 'true');
  await expect(app.editor).toBeFocused();
  await expect(app.editor).toHaveText('Draft.');
  await page.keyboard.press('F6');
  await expect(app.centre.locator(':focus')).toHaveCount(1);
  await page.getByRole('button', { name: 'Focus mode' }).click();
  await expect(app.library).toBeVisible();
  await expect(app.entities).toBeVisible();
});

test('at 1024×700 with an entity card open the reader stays readable: the library gives way to a rail and opens over the page', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 700 });
  const app = await openNotebook(page);
  await expect(app.library).toBeHidden();
  const show = page.getByRole('button', { name: 'Show library' });
  await show.click();
  await expect(app.library).toBeVisible();
  await app.library.getByRole('button', { name: new RegExp(LONG_TITLE) }).click();
  await expect(app.library).toBeHidden();
  await expect(app.reader.getByRole('heading', { level: 1 })).toHaveText(LONG_TITLE);
  const card = await app.openEntityCard('Shigeru Ishiba');
  await expect(card.getByRole('heading', { name: 'Shigeru Ishiba' })).toBeVisible();
  // The article's text keeps at least half the window.
  const body = (await app.reader.locator('.reader-body').boundingBox())!;
  expect(body.width).toBeGreaterThanOrEqual(450);
  // Escape closes the library laid over the page, back to its rail.
  await show.click();
  await expect(app.library).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(app.library).toBeHidden();
  await expect(show).toBeFocused();
  expect(await app.windowScrollTop()).toBe(0);
});
