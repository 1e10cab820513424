import { expect, test } from '@playwright/test';
import { DossierWindow, LONG_ARTICLE, SAMPLE_ARTICLE } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

async function start(page: import('@playwright/test').Page): Promise<DossierWindow> {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  return app;
}

test('Enter in a note’s title goes on into its text, so what is typed next is not lost', async ({ page }) => {
  const app = await start(page);
  await app.library.getByRole('button', { name: 'New note' }).click();
  await expect(app.noteTitle).toHaveValue('Untitled brief');
  await app.noteTitle.fill('Cabinet brief');
  await page.keyboard.press('Enter');
  await expect(app.editor).toBeFocused();
  await page.keyboard.type('The cabinet leans on defence veterans.');
  await expect(app.editor).toHaveText('The cabinet leans on defence veterans.');
  await expect(app.library.getByRole('button', { name: /Cabinet brief/ })).toBeVisible();
});

test('Ctrl+O and Ctrl+Shift+O open the importer with the keyboard in the field to fill; a fixed mistake clears its message', async ({ page }) => {
  await start(page);
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await page.keyboard.press('ControlOrMeta+o');
  await expect(dialog.getByRole('textbox', { name: 'Text' })).toBeFocused();
  // Importing nothing says so; pasting text clears the message.
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Text' }).focus();
  await page.keyboard.insertText(SAMPLE_ARTICLE);
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  // Ctrl+Shift+O over the open dialog: the web-address tab, and its field ready for typing.
  await page.keyboard.press('ControlOrMeta+Shift+O');
  await expect(dialog.getByRole('tab', { name: 'Web address' })).toHaveAttribute('aria-selected', 'true');
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toBeFocused();
  await page.keyboard.type('https://example.org/article');
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toHaveValue('https://example.org/article');
  await page.keyboard.press('Escape');
  await page.keyboard.press('ControlOrMeta+Shift+O');
  await expect(dialog.getByRole('textbox', { name: 'Address' })).toBeFocused();
});

test('the reader’s text takes the focus: a passage selected with the keyboard is cited with Enter into the note chosen', async ({ page }) => {
  const app = await start(page);
  await app.call('importText', { text: LONG_ARTICLE, source: 'Dossier Wire' });
  await app.call('createNote', { title: 'Chosen brief' });
  await app.call('createNote', { title: 'Last brief' });
  await page.reload();
  await expect(app.noteTitle).toHaveValue('Last brief');
  await app.library.getByRole('button', { name: /^Tokyo weighs/ }).click();

  // The note last opened is offered first; choose the other one.
  const into = app.reader.getByRole('combobox', { name: 'Cite into' });
  await expect(into.locator('option:checked')).toHaveText('Last brief');
  await into.selectOption({ label: 'Chosen brief' });

  // F6 to the centre lands in the article's text; Shift+Ctrl+Right selects words; Enter cites them.
  const text = app.reader.getByRole('textbox', { name: 'Article text' });
  await text.focus();
  await expect(text).toBeFocused();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ControlOrMeta+ArrowRight');
  await expect(app.reader.getByRole('button', { name: /^Cite in note/ })).toBeVisible();
  const selectedWords = (await page.evaluate(() => document.getSelection()?.toString() ?? '')).trim();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Cited in “Chosen brief”' })).toBeVisible();
  // Typing in the reader changes nothing.
  await text.focus();
  await page.keyboard.type('xyz');
  await page.keyboard.press('Backspace');
  await expect(text).not.toContainText('xyz');

  await app.library.getByRole('button', { name: /Chosen brief/ }).click();
  const citation = app.editor.locator('figure.citation');
  await expect(citation).toHaveCount(1);
  const quoted = (await citation.locator('blockquote').textContent()) ?? '';
  // Every word selected: Enter reads the selection as it stands, not as the buttons last saw it.
  expect(quoted.trim()).toBe(selectedWords);
  expect(quoted.length).toBeGreaterThan(5);
  expect(LONG_ARTICLE).toContain(quoted);
  // No quotation marks are added around a block quotation.
  expect(await citation.locator('blockquote').evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/^(none|normal)$/);
  await app.library.getByRole('button', { name: /Last brief/ }).click();
  await expect(app.editor.locator('figure.citation')).toHaveCount(0);

  // The Cite button is reachable with Tab from the text, too.
  await app.library.getByRole('button', { name: /^Tokyo weighs/ }).click();
  await text.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('Shift+ControlOrMeta+ArrowRight');
  await expect(app.reader.getByRole('button', { name: /^Cite in note/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(app.reader.getByRole('button', { name: /^Cite in note/ })).toBeFocused();
});

test('a highlighted name in the reader opens its card, with the name as its heading, by click or by Enter', async ({ page }) => {
  const app = await start(page);
  await app.importArticle({ text: SAMPLE_ARTICLE });
  await app.reader.locator('mark.mention', { hasText: 'Takeshi Iwaya' }).first().click();
  const card = app.entities.getByRole('region', { name: 'Entity card: Takeshi Iwaya' });
  await expect(card.getByRole('heading', { level: 2 })).toHaveText('Takeshi Iwaya');
  await card.getByRole('button', { name: 'Back to entities' }).click();

  // Keyboard: caret into a name, Enter.
  const mark = app.reader.locator('mark.mention', { hasText: 'Gen Nakatani' }).first();
  await mark.evaluate((el) => {
    const range = document.createRange();
    range.setStart(el.firstChild as Text, 2);
    range.collapse(true);
    (el.closest('[role="textbox"]') as HTMLElement).focus();
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
  });
  await page.keyboard.press('Enter');
  await expect(app.entities.getByRole('region', { name: 'Entity card: Gen Nakatani' }).getByRole('heading', { level: 2 })).toHaveText('Gen Nakatani');
});

test('the library, the toolbar and the entity list are one tab stop each; arrow keys move inside; the focus is never dropped', async ({ page }) => {
  const app = await start(page);
  await app.call('importText', { text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await app.call('importText', { text: LONG_ARTICLE, source: 'Dossier Wire' });
  for (const title of ['Alpha brief', 'Beta brief', 'Gamma brief']) await app.call('createNote', { title });
  await page.reload();
  await expect(app.noteTitle).toHaveValue('Gamma brief');

  // From the library's search box to the note's text: a handful of Tabs (Timeline, Entity graph, list,
  // New note, Import, the library's splitter, toolbar, title, Duplicate, Move to notebook…, Move to trash),
  // not every item and button.
  await app.library.getByRole('searchbox', { name: 'Search library' }).focus();
  let tabs = 0;
  while (!(await app.editor.evaluate((el) => el === document.activeElement)) && tabs < 30) {
    await page.keyboard.press('Tab');
    tabs++;
  }
  expect(tabs).toBeLessThanOrEqual(12);

  // The library list: Tab (past New note) lands on the open note; arrows move; Enter opens.
  await app.library.getByRole('searchbox', { name: 'Search library' }).focus();
  await page.keyboard.press('Tab'); // the pictures: Timeline, then Entity graph
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(app.library.getByRole('button', { name: 'New note' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(app.library.getByRole('button', { name: /Gamma brief/ })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(app.library.getByRole('button', { name: /Beta brief/ })).toBeFocused();
  await page.keyboard.press('End');
  await expect(app.library.getByRole('button', { name: /^Japan's new cabinet/ })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(app.reader.getByRole('heading', { level: 1 })).toHaveText(/Japan's new cabinet/);

  // The formatting toolbar: one stop, arrows move along it.
  await app.library.getByRole('button', { name: /Alpha brief/ }).click();
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await app.noteTitle.focus();
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.locator(':focus')).toHaveCount(1);
  const first = await toolbar.locator(':focus').getAttribute('aria-label');
  await page.keyboard.press('ArrowRight');
  expect(await toolbar.locator(':focus').getAttribute('aria-label')).not.toBe(first);
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.locator(':focus')).toHaveCount(0);

  // The entity list: one stop; End reaches the last entity far below; Tab goes on within the pane.
  await app.library.getByRole('button', { name: /^Tokyo weighs/ }).click();
  await app.entities.getByRole('combobox', { name: 'Sort by' }).focus();
  await page.keyboard.press('Tab');
  const list = app.entities.locator('.entity-open:focus');
  await expect(list).toHaveCount(1);
  await page.keyboard.press('End');
  await expect(list).toHaveCount(1);
  await expect(list).toBeInViewport();
  // Scrolled away with the wheel, the focused row stays (and keeps the focus).
  await app.entities.locator('.entities-scroll').hover();
  await page.mouse.wheel(0, -20_000);
  await expect(list).toHaveCount(1);
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
});

test('the entity row the keyboard is on stays in view when the list under it changes (an article’s own list arriving after End)', async ({ page }) => {
  const app = await start(page);
  await app.call('importText', { text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await app.call('importText', { text: LONG_ARTICLE, source: 'Dossier Wire' });
  await app.call('createNote', { title: 'Alpha brief' });
  await page.reload();
  await app.library.getByRole('button', { name: /Alpha brief/ }).click();
  // The article's own entities arrive late, as from a busy service: the keyboard reaches the notebook's list first.
  let arrived = false;
  await page.route('**/api/listEntities', async (route) => {
    if ((route.request().postData() ?? '').includes('articleId')) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      arrived = true;
    }
    await route.continue();
  });
  await app.library.getByRole('button', { name: /^Tokyo weighs/ }).click();
  await app.entities.getByRole('combobox', { name: 'Sort by' }).focus();
  await page.keyboard.press('Tab');
  const row = app.entities.locator('.entity-open:focus');
  await page.keyboard.press('End');
  await expect(row).toHaveAttribute('aria-label', /2 mentions/);
  await expect.poll(() => arrived).toBe(true);
  await expect(row).toHaveAttribute('aria-label', /, 1 mention$/);
  await expect(row).toBeInViewport();
  const [rowBox, paneBox] = await Promise.all([row.boundingBox(), app.entities.locator('.entities-scroll').last().boundingBox()]);
  expect(rowBox!.y).toBeGreaterThanOrEqual(paneBox!.y);
  expect(rowBox!.y + rowBox!.height).toBeLessThanOrEqual(paneBox!.y + paneBox!.height + 1);
});
