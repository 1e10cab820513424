import { expect, type Page, test } from '@playwright/test';
import { join } from 'node:path';
import { DossierWindow, LONG_ARTICLE, SAMPLE_ARTICLE } from './models/DossierWindow';
import { ROOT, type RunningDossier, startDossier } from './models/server';

// The README's pictures of the window: DOSSIER_SCREENSHOTS=1 writes them to docs/ (or to that folder).
const OUT = process.env.DOSSIER_SCREENSHOTS;
test.skip(!OUT, 'set DOSSIER_SCREENSHOTS=1 (or a folder) to take the README screenshots');
const dir = OUT === '1' ? join(ROOT, 'docs') : (OUT ?? '');

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const SIZES = [
  { name: '', width: 1440, height: 900 },
  { name: '-1024', width: 1024, height: 700 },
];

async function notebook(page: Page): Promise<DossierWindow> {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.call('importText', { text: SAMPLE_ARTICLE, source: 'Dossier Wire', publishedAt: '2024-10-02' });
  await app.call('importText', { text: LONG_ARTICLE, source: 'Dossier Wire', author: 'Mariko Sato', publishedAt: '2024-10-09' });
  await app.call('createNote', {
    title: 'Ishiba cabinet: first read',
    markdown:
      '## Who holds the posts\n\nThe new cabinet leans on defence veterans. The budget talks are the first test of the promise to spend more without new taxes.\n\n## What was said\n',
  });
  await page.reload();
  await expect(app.noteTitle).toHaveValue('Ishiba cabinet: first read');
  return app;
}

for (const scheme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`the window, ${scheme}, ${size.width}×${size.height}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: size.width, height: size.height });
      const app = await notebook(page);
      // The narrow window is shown where it differs most: a passage being cited and an entity card.
      const shot = async (what: string) => {
        if (size.width === 1440 || what === 'cite' || what === 'card') await page.screenshot({ path: join(dir, `window-${what}${size.name}-${scheme}.png`) });
      };

      // A quote being cited, then the note with its citation.
      await app.openFromLibrary(/^Japan's new cabinet/);
      await app.selectInReader('We cannot protect peace by wishing for it');
      await expect(app.reader.getByRole('button', { name: /^Cite in note/ })).toBeVisible();
      await shot('cite');
      await app.reader.getByRole('button', { name: /^Cite in note/ }).click();
      await expect(page.locator('.status')).toContainText('Cited in');
      await app.openFromLibrary(/Ishiba cabinet/);
      await expect(app.editor.locator('figure.citation')).toBeVisible();
      await page.locator('.status').evaluate((el) => {
        el.textContent = '';
      });
      await shot('note');

      // The reader scrolled to the end, then an entity card beside it.
      await app.openFromLibrary(/^Tokyo weighs/);
      await app.reader.locator('.reader-body').hover();
      await page.mouse.wheel(0, 20_000);
      await expect(app.reader.getByText('the first trip abroad of his premiership')).toBeInViewport();
      await shot('article');
      await app.openEntityCard('Shigeru Ishiba');
      await page.mouse.move(0, size.height - 1);
      await shot('card');
    });
  }
}
