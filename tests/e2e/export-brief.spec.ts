import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { DossierWindow, SAMPLE_ARTICLE } from './models/DossierWindow';
import { OUT, type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

type Node = Record<string, unknown>;
const base = { direction: 'ltr', format: '', indent: 0, version: 1 };
const text = (t: string, format = 0): Node => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
const block = (type: string, children: Node[], extra: Node = {}): Node => ({ ...base, type, children, ...extra });

async function call<T>(page: Page, method: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    async ([m, a]) => {
      const response = await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) });
      return (await response.json()).result;
    },
    [method, args] as const,
  );
}

/** A real brief on the sample article: mentions of extracted people, a cited passage, a list, a table and CJK names. */
async function writeBrief(page: Page): Promise<string> {
  const [article] = await call<Array<{ id: string; title: string }>>(page, 'listArticles');
  const view = await call<{ text: string; source?: string; entities: Array<{ id: string; name: string; type: string }> }>(page, 'getArticle', article.id);
  const ishiba = view.entities.find((e) => e.name === 'Shigeru Ishiba');
  expect(ishiba).toBeTruthy();
  const mention = { type: 'mention', version: 1, entityId: ishiba?.id, entityType: 'PERSON', name: 'Shigeru Ishiba', text: 'Shigeru Ishiba', format: 0, detail: 0, mode: 'segmented', style: '' };
  const exact = 'We cannot protect peace by wishing for it,';
  const start = view.text.indexOf(exact);
  const content = JSON.stringify({
    root: block('root', [
      block('heading', [text('Summary')], { tag: 'h2' }),
      block('paragraph', [mention, text(' (石破茂) named a cabinet that leans on '), text('defence veterans', 1), text('; Seoul (김정은) and Beijing (习近平) are watching.')]),
      { ...block('citation', [text(exact)]), anchor: { articleId: article.id, start, end: start + exact.length, exact, prefix: '', suffix: '' }, articleTitle: article.title, source: view.source },
      block('heading', [text('Who holds what')], { tag: 'h2' }),
      block('table', [
        block('tablerow', [block('tablecell', [block('paragraph', [text('Post')])], { headerState: 1 }), block('tablecell', [block('paragraph', [text('Holder')])], { headerState: 1 })]),
        block('tablerow', [block('tablecell', [block('paragraph', [text('Foreign Minister')])]), block('tablecell', [block('paragraph', [text('Takeshi Iwaya')])])]),
      ]),
      block('list', [block('listitem', [text('Watch the SOFA talks')], { value: 1 }), block('listitem', [text('Budget request in December')], { value: 2 })], { listType: 'bullet', start: 1, tag: 'ul' }),
      block('quote', [text('Continuity, not rupture.')]),
    ]),
  });
  const note = await call<{ id: string; content: string; updatedAt: string }>(page, 'createNote', { title: 'Ishiba cabinet: first read', content });
  return note.id;
}

test('an analyst exports the open brief to PDF from the Export… dialog, and the note is left as it was', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await expect(app.entityGroup('People')).toContainText('Shigeru Ishiba');
  const noteId = await writeBrief(page);
  await page.reload();
  await app.library.getByRole('button', { name: /Ishiba cabinet: first read/ }).click();
  await expect(app.editor).toBeVisible();

  // Keyboard only: the control and every option have accessible names.
  await page.getByRole('button', { name: 'Export…' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Export brief' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('radio', { name: /PDF/ })).toBeChecked();
  // What the notebook holds once the editor has saved the open note: export must leave exactly this.
  await page.waitForTimeout(1000);
  const before = await call<{ content: string; updatedAt: string }>(page, 'getNote', noteId);
  await dialog.getByRole('combobox', { name: 'Paper size' }).selectOption('Letter');
  await dialog.getByRole('checkbox', { name: /every article cited/ }).check();
  const downloaded = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export PDF' }).press('Enter');
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('Ishiba cabinet: first read.pdf'.replace(':', ' ').replace(/\s+/g, ' '));
  const path = (await download.path()) as string;
  copyFileSync(path, join(OUT, 'export-e2e-brief.pdf')); // kept for looking at the pages
  const pdf = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  const flat = pdf.replace(/\s+/g, ' ');
  expect(flat).toContain('Ishiba cabinet: first read');
  // pdftotext may put a space where the font changes between Latin and CJK glyphs.
  const squash = (t: string) => t.replace(/\s+/g, '');
  expect(squash(pdf)).toContain(squash('Shigeru Ishiba (石破茂) named a cabinet that leans on defence veterans; Seoul (김정은) and Beijing (习近平) are watching.'));
  expect(flat).toContain('We cannot protect peace by wishing for it,');
  // The article has no date: it is cited as undated, never under the day it was imported.
  expect(flat).toContain('— Japan\'s new cabinet signals firmer line on regional defence, Dossier Wire, undated 1');
  // With the Sources list asked for, the note points into it: the source is printed once, not twice.
  expect(flat).toMatch(/NOTES 1\. Japan's new cabinet signals firmer line on regional defence, see Sources 1\./);
  expect(flat).toMatch(/SOURCES 1\. Japan's new cabinet signals firmer line on regional defence, Dossier Wire, undated\./);
  expect(flat.match(/Dossier Wire, undated\./g)).toHaveLength(1);
  expect(pdf).toMatch(/Post\s+Holder/);
  expect(flat).toContain('Watch the SOFA talks Budget request in December');
  expect(flat).toMatch(/1 ?\/ ?1/);
  expect(execFileSync('pdfinfo', [path], { encoding: 'utf8' })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  await expect(dialog).toBeHidden();
  await expect(page.locator('.status')).toContainText('Exported “Ishiba cabinet  first read.pdf”');

  const after = await call<{ content: string; updatedAt: string }>(page, 'getNote', noteId);
  expect(after).toEqual(before);
});

test('the dossier command exports several notes into one PDF with contents, and one Markdown file', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await app.importArticle({ text: SAMPLE_ARTICLE, source: 'Dossier Wire' });
  await expect(app.entityGroup('People')).toContainText('Shigeru Ishiba');
  const first = await writeBrief(page);
  const second = (await call<{ id: string }>(page, 'createNote', { title: 'Second note 김정은', markdown: '## Outlook\n\n- [ ] Check the vote\n' })).id;
  await dossier.stop();

  const cli = (...args: string[]) => spawnSync(process.execPath, [join(OUT, 'main/cli.js'), ...args, '--data', dossier.dataDir], { encoding: 'utf8' });
  const pdfOut = join(dossier.dataDir, 'pack.pdf');
  const pdfRun = cli('export', first, second, '--format', 'pdf', '--paper', 'A4', '--out', pdfOut);
  expect(pdfRun.stderr).toBe('');
  expect(pdfRun.status).toBe(0);
  const squashed = execFileSync('pdftotext', ['-layout', pdfOut, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  expect(squashed).toContain('CONTENTS1.Ishibacabinet:firstread22.Secondnote김정은3'); // titles and the pages they start on
  expect(squashed).toContain('☐Checkthevote');

  const mdOut = join(dossier.dataDir, 'pack.md');
  expect(cli('export', first, second, '--format', 'md', '--out', mdOut).status).toBe(0);
  const md = readFileSync(mdOut, 'utf8');
  expect(md).toMatch(/^---\ntitle: "Briefs"\n/);
  expect(md).toContain('# Ishiba cabinet: first read');
  expect(md).toContain('> We cannot protect peace by wishing for it,[^1]');
  expect(md).toContain("[^1]: *Japan's new cabinet signals firmer line on regional defence*, Dossier Wire, undated.");
  expect(md).toContain('# Second note 김정은\n\n## Outlook\n\n- [ ] Check the vote');

  const denied = cli('export', first, '--format', 'pdf', '--out', '/no/such/folder/x.pdf');
  expect(denied.status).toBe(2);
  expect(denied.stderr).toContain('Could not write /no/such/folder/x.pdf: that folder does not exist.');
});
