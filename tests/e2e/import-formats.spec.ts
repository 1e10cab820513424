import { expect, type Page, test } from '@playwright/test';
import { ARTICLE_TEXT, articlePage, PARAGRAPHS } from '../unit/main/ingest/fixtures/articles';
import { buildDocx } from '../unit/main/ingest/fixtures/docx';
import { hostileVectors } from '../unit/main/ingest/fixtures/hostile';
import { buildPdf } from '../unit/main/ingest/fixtures/pdf';
import { DossierWindow } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

interface Fixture {
  name: string;
  mimeType: string;
  bytes: Buffer;
  title: RegExp;
  meta?: RegExp;
}

const words = (p: string) => p.split(' ');
const lines = (p: string) => {
  const out: string[] = [];
  for (let w = words(p); w.length; w = w.slice(10)) out.push(w.slice(0, 10).join(' '));
  return out;
};

// Each format carries the same article in its own way, with details in the places that format keeps them.
const FIXTURES: Fixture[] = [
  { name: 'harbour.txt', mimeType: 'text/plain', bytes: Buffer.from(`Harbour board orders survey (text)\nBy Nessa Arden\n\n${ARTICLE_TEXT}`), title: /Harbour board orders survey \(text\)/, meta: /Nessa Arden/ },
  {
    name: 'harbour.md',
    mimeType: 'text/markdown',
    bytes: Buffer.from(`---\ntitle: Harbour board orders survey (Markdown)\nauthor: Nessa Arden\ndate: 2024-03-05\nsource: The Ellery Courier\n---\n\n${PARAGRAPHS.map((p) => `${p} **md**`).join('\n\n')}`),
    title: /Harbour board orders survey \(Markdown\)/,
    meta: /The Ellery Courier.*Nessa Arden.*2024-03-05/,
  },
  {
    name: 'harbour.html',
    mimeType: 'text/html',
    bytes: Buffer.from(articlePage({ title: 'Harbour board orders survey (saved page)', head: '<meta property="og:site_name" content="The Ellery Courier"><meta property="article:published_time" content="2024-03-06T09:00:00Z">' }).replace(/oyster beds/, 'oyster beds (html)')),
    title: /Harbour board orders survey \(saved page\)/,
    meta: /The Ellery Courier.*2024-03-06/,
  },
  {
    name: 'harbour.pdf',
    mimeType: 'application/pdf',
    bytes: Buffer.from(buildPdf({ pages: [PARAGRAPHS.map((p) => lines(`${p} pdf`))], info: { Title: 'Harbour board orders survey (PDF)', Author: 'Nessa Arden' } })),
    title: /Harbour board orders survey \(PDF\)/,
    meta: /Nessa Arden/,
  },
  {
    name: 'harbour.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    bytes: Buffer.from(buildDocx(PARAGRAPHS.map((p) => ({ text: `${p} docx` })), { title: 'Harbour board orders survey (Word)', creator: 'Nessa Arden' })),
    title: /Harbour board orders survey \(Word\)/,
    meta: /Nessa Arden/,
  },
];

async function drop(page: Page, fixtures: Fixture[]): Promise<void> {
  const specs = fixtures.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.bytes.toString('base64') }));
  const dataTransfer = await page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const f of files) transfer.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }));
    return transfer;
  }, specs);
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

async function expectArticle(app: DossierWindow, fixture: Fixture): Promise<void> {
  await app.library.getByRole('button', { name: fixture.title }).click();
  const article = app.page.getByRole('article', { name: 'Article' });
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(fixture.title);
  if (fixture.meta) await expect(article).toContainText(fixture.meta);
  await expect(article).toContainText('Commissioner Idris Halloran told the meeting');
  await expect(article).not.toContainText('Sponsored: Buy a boat');
  // Paragraphs survive as paragraphs.
  expect(await article.locator('p').count()).toBeGreaterThanOrEqual(4);
}

test('every format dropped on the window arrives with its text, paragraphs and details', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await drop(page, FIXTURES);
  const panel = page.getByRole('region', { name: 'Import progress' });
  await expect(panel.getByRole('status')).toContainText(`${FIXTURES.length} imported`, { timeout: 30_000 });
  for (const fixture of FIXTURES) await expectArticle(app, fixture);
});

test('every format chosen in the Import dialog arrives the same way', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.library.getByRole('button', { name: 'Import article…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an article' });
  await dialog.getByRole('tab', { name: 'Files' }).click();
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose files…' }).click();
  await (await chooser).setFiles(FIXTURES.map((f) => ({ name: f.name, mimeType: f.mimeType, buffer: f.bytes })));
  await expect(page.getByRole('region', { name: 'Import progress' }).getByRole('status')).toContainText(`${FIXTURES.length} imported`, { timeout: 30_000 });
  for (const fixture of FIXTURES) await expectArticle(app, fixture);
});

test('a saved page full of XSS vectors imports as text and nothing in it runs or loads in the window', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  const requests: string[] = [];
  const dialogs: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(dossier.origin)) requests.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await app.open(dossier.url);
  const { head, body } = hostileVectors('http://127.0.0.1:9');
  const html = articlePage({ title: 'Harbour board orders survey (hostile)', head, insideArticle: body });
  await drop(page, [{ name: 'hostile.html', mimeType: 'text/html', bytes: Buffer.from(html), title: /hostile/ }]);
  await expect(page.getByRole('region', { name: 'Import progress' }).getByRole('status')).toContainText('1 imported', { timeout: 30_000 });
  await app.library.getByRole('button', { name: /Harbour board orders survey \(hostile\)/ }).click();
  const article = page.getByRole('article', { name: 'Article' });
  await expect(article).toContainText('Commissioner Idris Halloran');
  // Whatever of the markup survives is text on the page, never elements, links to script, or requests.
  for (const href of await article.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toMatch(/^https?:\/\//);
  }
  expect(await page.evaluate(() => (globalThis as { __dossierPwned?: boolean }).__dossierPwned)).toBeUndefined();
  // What the article brought (its title, details and text), not the window's own toolbar icons.
  expect(await article.locator('.reader-title, .reader-meta, .reader-body').locator('script, iframe, object, embed, svg, img, style').count()).toBe(0);
  expect(dialogs).toEqual([]);
  expect(requests).toEqual([]);
});
