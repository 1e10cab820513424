import { expect, type Page, test } from '@playwright/test';
import { buildPdf } from '../unit/main/ingest/fixtures/pdf';
import { DossierWindow } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

const BODY = `WASHINGTON - The committee will meet again on Oct. 10, its chair said on Sunday, and a vote is expected in May.

Members asked the department to send its figures before the hearing, so that staff could check them against last year's report and brief the committee in good time.`;
const DATELINED = `Committee sets a date for the hearing\nThe Washington Post, October 9, 2016\n\n${BODY}`;

async function drop(page: Page, name: string, mimeType: string, bytes: Uint8Array): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, type, data]) => {
      const t = new DataTransfer();
      t.items.add(new File([new Uint8Array(data)], fileName, { type }));
      return t;
    },
    [name, mimeType, [...bytes]] as const,
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
}

const dateRow = (app: DossierWindow, name: string) => app.entityGroup('Dates').getByRole('button', { name: new RegExp(`^${name.replace('.', '\\.')}, \\d+ mentions?$`) });

test('an article without a date says "undated" and leaves "Oct. 10" unresolved until a date is set', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ title: 'Committee hearing', text: BODY });
  const articles = app.library.getByRole('list', { name: 'Articles' });
  await expect(articles.getByRole('button', { name: /Committee hearing/ })).toContainText('undated');
  await expect(dateRow(app, 'Oct. 10')).toContainText('unresolved');

  // The reader says so, and is the way to set it.
  await expect(app.reader.locator('.reader-meta')).toContainText('Undated');
  await app.reader.getByRole('button', { name: 'Set the date…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Article details' });
  await dialog.getByLabel('Published').fill('2016-10-09');
  await dialog.getByRole('button', { name: 'Save details' }).click();
  await expect(app.reader.getByRole('button', { name: 'Set the date…' })).toHaveCount(0);
  await expect(dateRow(app, 'Oct. 10')).toContainText('2016-10-10');
  await expect(articles.getByRole('button', { name: /Committee hearing/ })).not.toContainText('undated');
});

test('a dateline in the text dates the article, and the same article pasted and dropped as .txt is stored once', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ text: DATELINED });
  await expect(app.reader.getByRole('heading', { level: 1 })).toHaveText('Committee sets a date for the hearing');
  await expect(app.reader).toContainText('The Washington Post');
  await expect(app.reader.getByRole('button', { name: 'Set the date…' })).toHaveCount(0);
  await expect(dateRow(app, 'Oct. 10')).toContainText('2016-10-10');

  await drop(page, 'hearing.txt', 'text/plain', new TextEncoder().encode(DATELINED));
  const panel = page.getByRole('region', { name: 'Import progress' });
  await expect(panel.getByRole('status')).toContainText('1 already in the notebook');
  await expect(app.library.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
});

test('a PDF’s headline wrapped over three lines is one title, and its dateline its source and date', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  const paragraphs = BODY.split('\n\n').map((p) => p.match(/.{1,60}(\s|$)/g)!.map((l) => l.trim()));
  const pdf = buildPdf({
    heading: { lines: ['Committee sets a date', 'for the hearing on the', 'department’s figures'.replace('’', "'")], size: 24 },
    pages: [[['The Washington Post, October 9, 2016'], ...paragraphs, ...paragraphs]],
  });
  await drop(page, 'hearing.pdf', 'application/pdf', pdf);
  await expect(app.reader.getByRole('heading', { level: 1 })).toHaveText("Committee sets a date for the hearing on the department's figures");
  await expect(app.reader).toContainText('The Washington Post');
  await expect(dateRow(app, 'Oct. 10')).toContainText('2016-10-10');
  await expect(app.reader.locator('.reader-body')).not.toContainText('for the hearing on the department');
});
