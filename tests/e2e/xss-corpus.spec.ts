import { expect, type Locator, type Page, test } from '@playwright/test';
import MarkdownIt from 'markdown-it';
import { hostilePage, type Vector, xssCorpus } from './fixtures/xss-corpus';
import { DossierWindow } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

// 400 generated vectors through every surface that shows or writes what an article or a note holds:
// the reader (saved pages and pasted text with hostile details), the editor (titles, text, mention
// chips, citations, pasted HTML), the entity sidebar, and Markdown exports rendered with raw HTML on.
// Not one may run: every vector calls __pwn(its number), which the page exposes to catch it.

let dossier: RunningDossier;
test.beforeAll(async () => {
  dossier = await startDossier();
});
test.afterAll(async () => dossier?.stop());

const VECTORS = xssCorpus();
const chunks = <T>(list: T[], size: number) => Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, i * size + size));

interface Watch {
  fired: number[];
  dialogs: string[];
  outside: string[];
}

async function watch(page: Page, origin?: string): Promise<Watch> {
  const seen: Watch = { fired: [], dialogs: [], outside: [] };
  await page.exposeFunction('__pwn', (n: number) => seen.fired.push(n));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('data:') && !url.startsWith('about:') && !(origin && url.startsWith(origin))) seen.outside.push(url);
  });
  return seen;
}

/** Elements in a note's text that could run or load something (not the editor's own aria-hidden icons or Lexical's caret guards). */
const elementsIn = (where: Locator) =>
  where.locator('script, iframe, object, embed, svg:not([aria-hidden="true"]), img:not([data-lexical-decorator-boundary]), style, form').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 200)));

const noteState = (vectors: Vector[]) =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [
        ...vectors.map((v) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: v.markup, format: 0, detail: 0, mode: 'normal', style: '' }] })),
        {
          type: 'paragraph',
          version: 1,
          children: [{ type: 'mention', version: 1, entityId: 'nobody', entityType: 'PERSON', name: vectors[0].markup, text: vectors[0].markup, format: 0, detail: 0, mode: 'segmented', style: '' }],
        },
        { type: 'citation', version: 1, anchor: { articleId: 'gone', start: 0, end: 1, exact: vectors[1].markup, prefix: '', suffix: '' }, articleTitle: vectors[2].markup, url: `javascript:__pwn(${vectors[2].id})`, children: [] },
      ],
    },
  });

test('400 generated injection vectors run nowhere: reader, editor, sidebar and exports', async ({ page, browser }) => {
  test.setTimeout(240_000);
  const seen = await watch(page, dossier.origin);
  const app = new DossierWindow(page);
  await app.open(dossier.url);

  // In: saved pages (twenty vectors each), pasted articles with hostile details, notes.
  const articleIds: string[] = [];
  for (const [i, chunk] of chunks(VECTORS.slice(0, 300), 20).entries()) {
    const html = hostilePage(`Harbour survey ${i}`, chunk);
    const { article } = await app.call<{ article: { id: string } }>('importFile', { name: `harbour-${i}.html`, dataBase64: Buffer.from(html).toString('base64') });
    articleIds.push(article.id);
  }
  for (const v of VECTORS.slice(300, 320)) {
    const text = `Harbour officials in Port Aldren met on Monday. ${v.markup} Commissioner Idris Halloran said the survey would go on.`;
    const { article } = await app.call<{ article: { id: string } }>('importText', { title: v.markup, source: v.markup, author: v.markup, text });
    articleIds.push(article.id);
  }
  const noteIds: string[] = [];
  for (const chunk of chunks(VECTORS.slice(320, 400), 20)) {
    const note = await app.call<{ id: string }>('createNote', { title: chunk[3].markup, content: noteState(chunk) });
    noteIds.push(note.id);
  }
  // Entity names the analyst typed.
  const entities = await app.call<Array<{ id: string }>>('listEntities', {});
  for (const [i, entity] of entities.slice(0, 8).entries()) await app.call('renameEntity', entity.id, VECTORS[i * 7].markup);

  // Shown: every article in the reader, every note in the editor, with the notebook's entities beside.
  const open = async (kind: 'article' | 'note', id: string) => {
    await app.call('setUiState', { open: { kind, id } });
    await page.reload();
    await expect(kind === 'article' ? app.reader : app.editor).toBeVisible();
  };
  for (const id of articleIds) {
    await open('article', id);
    await expect(app.reader).toContainText('Harbour officials');
    // What the article brought (its title, details and text), not the window's own icons and forms.
    const found = await app.reader.locator('.reader-title, .reader-meta, .reader-body').locator('script, iframe, object, embed, svg, img, style, form, base, meta').evaluateAll((els) => els.map((e) => e.outerHTML.slice(0, 200)));
    expect(found).toEqual([]);
  }
  for (const id of noteIds) {
    await open('note', id);
    await expect(app.editor).toContainText('__pwn(');
    expect(await elementsIn(app.editor)).toEqual([]);
  }
  await app.entityScope('Notebook');
  await expect(app.entities).toContainText('__pwn(');

  // Pasted into the editor as HTML from a web page.
  await app.editor.click();
  await page.evaluate((html) => {
    const data = new DataTransfer();
    data.setData('text/html', html);
    data.setData('text/plain', 'pasted');
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, hostilePage('Pasted page', VECTORS.slice(200, 260)));
  await expect(app.editor).toContainText('Commissioner Idris Halloran');
  expect(await elementsIn(app.editor)).toEqual([]);

  expect(seen.fired).toEqual([]);
  expect(seen.dialogs).toEqual([]);
  expect(seen.outside).toEqual([]);

  // Out: each note exported to Markdown, rendered as a Markdown viewer that lets raw HTML through would.
  const markdown = new MarkdownIt({ html: true, linkify: true });
  const viewer = await browser.newPage();
  const shown = await watch(viewer);
  // Control: the same vector, given to a page raw, is caught; so silence below means nothing ran.
  await viewer.setContent(VECTORS[0].markup);
  await expect.poll(() => shown.fired).toEqual([VECTORS[0].id]);
  shown.fired.length = 0;
  for (const id of noteIds) {
    const file = await app.call<{ content: string }>('exportNotes', [id], { format: 'md', citations: 'sources', sourcesList: true });
    await viewer.setContent(markdown.render(file.content));
    // Handlers that need a user (focus, hover) are given one.
    for (const link of await viewer.locator('a, input, details, summary').all()) await link.hover({ timeout: 500 }).catch(() => {});
  }
  const dossierMd = await app.call<{ content: string }>('exportEntityDossier', entities[0].id);
  await viewer.setContent(markdown.render(dossierMd.content));
  await viewer.waitForTimeout(200); // let load and error events of anything that slipped through fire
  expect(shown.fired).toEqual([]);
  expect(shown.dialogs).toEqual([]);
  expect(shown.outside).toEqual([]);
  await viewer.close();
});
