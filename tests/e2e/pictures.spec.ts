import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { DossierWindow } from './models/DossierWindow';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.afterEach(async () => dossier?.stop());

// Invented wire copy: three days before the article's own date, and who was named with whom.
const SNAP = `Prime Minister Shigeru Ishiba said on October 1 that he would dissolve the lower house. He won the Liberal Democratic Party leadership on September 27, beating Sanae Takaichi. On October 2, Foreign Minister Takeshi Iwaya met Antony Blinken in Tokyo to discuss the alliance. The vote is due in 2025.`;
const ALLIES = `Foreign Minister Takeshi Iwaya and Defence Minister Gen Nakatani briefed Shigeru Ishiba on the talks. Takeshi Iwaya told reporters that Antony Blinken had welcomed the plan. Sanae Takaichi, who lost the Liberal Democratic Party race, said the party would back Shigeru Ishiba.`;
const TRADE = `Officials of the Ministry of Economy, Trade and Industry met Toyota executives in Nagoya on March 3, 2024. Yoji Muto of the Ministry of Economy, Trade and Industry said Toyota would expand. Gen Nakatani did not comment.`;

async function importThree(app: DossierWindow) {
  await app.call('importText', { title: 'Ishiba calls snap election', text: SNAP, source: 'Dossier Wire', publishedAt: '2024-10-03' });
  await app.call('importText', { title: 'Allies back the plan', text: ALLIES, source: 'Asia Desk', publishedAt: '2024-10-04' });
  await app.call('importText', { title: 'Trade ministry meets carmakers', text: TRADE, source: 'Business Daily', publishedAt: '2024-03-04' });
}

/**
 * Where the canvas drew a name, or the middle of the line between two names, in page coordinates, so the
 * test clicks the drawing as a pointer would. Cytoscape keeps its instance on the container it drew in;
 * the lines run from name to name beneath it.
 */
async function drawnAt(graph: Locator, what: { node: string } | { edge: [string, string] }): Promise<{ x: number; y: number }> {
  return graph.locator('.g-canvas').evaluate((el, what) => {
    type Point = { x: number; y: number };
    type Drawn = { data(key: string): unknown; renderedPosition(): Point };
    const cy = (el as unknown as { _cyreg: { cy: { nodes(): Drawn[] } } })._cyreg.cy;
    const at = (name: string) => cy.nodes().filter((n) => n.data('name') === name)[0].renderedPosition();
    const rect = el.getBoundingClientRect();
    const [a, b] = 'node' in what ? [at(what.node), at(what.node)] : [at(what.edge[0]), at(what.edge[1])];
    return { x: rect.left + (a.x + b.x) / 2, y: rect.top + (a.y + b.y) / 2 };
  }, what);
}

/** The reader has lit one passage (the sentence it was opened at). */
const litPassages = (page: Page) => page.evaluate(() => (CSS as unknown as { highlights: Map<string, { size: number }> }).highlights.get('entity-focus')?.size ?? 0);

test('the timeline lists dated statements in date order at their days, opens a passage and sends a statement to the brief', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await importThree(app);
  await app.call('createNote', { title: 'Election brief' });
  await page.reload();
  // The window reopens the note first; the pictures are asked for after it.
  await expect(app.noteTitle).toHaveValue('Election brief');

  await app.library.getByRole('button', { name: 'Timeline' }).click();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  const days = timeline.getByRole('list', { name: 'Dated statements' }).locator(':scope > li');
  await expect(days).toHaveCount(5);
  expect(await days.evaluateAll((els) => els.map((e) => e.getAttribute('data-iso')))).toEqual(['2024-03-03', '2024-09-27', '2024-10-01', '2024-10-02', '2025']);
  await expect(timeline.locator('li.tl-day[data-iso="2024-09-27"]')).toContainText('He won the Liberal Democratic Party leadership on September 27');
  await expect(timeline.locator('li.tl-day[data-iso="2024-10-02"]')).toContainText('Takeshi Iwaya');

  // A filter narrows the statements to those naming someone.
  await timeline.getByRole('searchbox', { name: 'Filter statements' }).fill('Blinken');
  await expect(days).toHaveCount(1);
  await timeline.getByRole('searchbox', { name: 'Filter statements' }).fill('');
  await expect(days).toHaveCount(5);

  // "Cite" sends the statement to the note chosen in "Cite into" as a citation.
  await timeline.locator('li.tl-item[data-iso="2024-10-01"]').getByRole('button', { name: /^Cite in note/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Cited in “Election brief”' })).toBeVisible();

  // A statement opens its article at the sentence.
  await timeline.locator('li.tl-item[data-iso="2024-09-27"]').getByRole("button", { name: /^He won the Liberal Democratic Party/ }).click();
  await expect(app.reader.getByRole('heading', { level: 1 })).toHaveText('Ishiba calls snap election');
  await expect.poll(() => litPassages(page)).toBe(1);

  const notes = await app.call<Array<{ id: string; title: string }>>('listNotes');
  const brief = await app.call<{ content: string }>('getNote', notes.find((n) => n.title === 'Election brief')!.id);
  expect(brief.content).toContain('"type":"citation"');
  expect(brief.content).toContain('that he would dissolve the lower house');

  // The timeline goes into the note as a picture of its axis, with the statements under it.
  await app.library.getByRole('button', { name: 'Timeline' }).click();
  await timeline.getByRole('button', { name: 'Insert into note' }).click();
  await expect(app.editor.getByRole('img', { name: /^Timeline of 5 dated statements/ })).toBeVisible();
  await expect(app.editor.getByRole('table')).toContainText('He won the Liberal Democratic Party leadership');
});

test('the entity graph names the people, lists the sentences behind a link, and goes into a note as a figure that exports', async ({ page }) => {
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await importThree(app);
  await app.call('createNote', { title: 'Alliance brief' });
  await page.reload();
  // The window reopens the note first; the pictures are asked for after it.
  await expect(app.noteTitle).toHaveValue('Alliance brief');

  await app.library.getByRole('button', { name: 'Entity graph' }).click();
  const graph = page.getByRole('region', { name: 'Entity graph' });
  await expect(graph).toBeVisible();
  const names = graph.getByRole('list', { name: 'Names in the graph' });
  for (const person of ['Shigeru Ishiba', 'Takeshi Iwaya', 'Antony Blinken', 'Sanae Takaichi']) await expect(names).toContainText(person);
  await expect(graph.locator('.g-canvas canvas').first()).toBeVisible();
  await expect(graph.locator('.g-canvas')).not.toHaveAttribute('data-nodes', '0');

  // The keyboard's way in: a name's strongest link lists the sentences the two share.
  await names.getByRole('button', { name: /^Takeshi Iwaya and Antony Blinken: 2 shared sentences$|^Antony Blinken and Takeshi Iwaya: 2 shared sentences$/ }).first().click();
  const shared = graph.getByRole('list', { name: 'Shared sentences' });
  await expect(shared.getByRole('listitem')).toHaveCount(2);
  await expect(shared).toContainText('Takeshi Iwaya told reporters that Antony Blinken had welcomed the plan.');

  // The drawing itself: a click on a name opens its links, a click on a line its shared sentences.
  let at = await drawnAt(graph, { node: 'Sanae Takaichi' });
  await page.mouse.click(at.x, at.y);
  await expect(graph.getByRole('region', { name: 'Links of Sanae Takaichi' })).toBeVisible();
  await page.mouse.click(5, 5); // away from the drawing: nothing picked
  at = await drawnAt(graph, { edge: ['Takeshi Iwaya', 'Antony Blinken'] });
  await page.mouse.click(at.x, at.y);
  await expect(graph.getByRole('region', { name: /^Sentences naming (Takeshi Iwaya and Antony Blinken|Antony Blinken and Takeshi Iwaya)$/ })).toBeVisible();
  await expect(shared.getByRole('listitem')).toHaveCount(2);

  // Insert the graph into the note: its picture and caption, then a table and its sources, kept on save and in exports.
  await graph.getByRole('button', { name: 'Insert into note' }).click();
  await expect(app.editor).toBeVisible();
  await expect(app.editor.getByRole('heading', { name: /Who appears with whom/ })).toBeVisible();
  await expect(app.editor.getByRole('img', { name: /^Graph of \d+ people, organisations and \d+ links$/ })).toBeVisible();
  await expect(app.editor.getByRole('table')).toContainText('Antony Blinken');
  await expect(app.editor).toContainText('Allies back the plan — Asia Desk, 2024-10-04');

  // Back to the graph, a shared sentence opens the passage in the reader.
  await app.library.getByRole('button', { name: 'Entity graph' }).click();
  await names.getByRole('button', { name: /^Takeshi Iwaya, / }).or(names.getByRole('button', { name: 'Takeshi Iwaya' })).first().click();
  await graph.getByRole('list', { name: 'Strongest links of Takeshi Iwaya' }).first().getByRole('button').first().click();
  await shared.getByRole('button').first().click();
  await expect(app.reader).toBeVisible();
  await expect.poll(() => litPassages(page)).toBe(1);

  const notes = await app.call<Array<{ id: string; title: string }>>('listNotes');
  const id = notes.find((n) => n.title === 'Alliance brief')!.id;
  const markdown = await app.call<{ content: string; attachments?: Array<{ fileName: string }> }>('exportNotes', [id], { format: 'md' });
  expect(markdown.content).toMatch(/### Who appears with whom: People, Organisations/);
  expect(markdown.content).toContain('](alliance-brief-figure-1.png)');
  expect(markdown.attachments?.map((a) => a.fileName)).toEqual(['alliance-brief-figure-1.png']);
  expect(markdown.content).toMatch(/\| Name \| Appears with \| Sentences \| For example \| Source \|/);
  expect(markdown.content).toContain('Allies back the plan — Asia Desk, 2024-10-04');

  // The PDF carries the picture as an image, with its caption under it.
  const pdf = await app.call<{ content: string }>('exportNotes', [id], { format: 'pdf' });
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-pictures-')), 'alliance-brief.pdf');
  writeFileSync(path, Buffer.from(pdf.content, 'base64'));
  const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').slice(2);
  expect(images.length).toBeGreaterThanOrEqual(1);
  const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toMatch(/most mentioned people, organisations and the \d+ strongest links among them/);
});

// Screenshots of both views at two window sizes, light and dark, for a person to look at.
test('pictures screenshots', async ({ page }) => {
  test.skip(!process.env.DOSSIER_SCREENSHOTS, 'set DOSSIER_SCREENSHOTS=1 to take them');
  dossier = await startDossier();
  const app = new DossierWindow(page);
  await app.open(dossier.url);
  await importThree(app);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [w, h] of [
      [1440, 900],
      [1024, 700],
    ]) {
      await page.setViewportSize({ width: w, height: h });
      await page.reload();
      const show = page.getByRole('button', { name: 'Show library' });
      if (await show.isVisible()) await show.click();
      await app.library.getByRole('button', { name: 'Timeline' }).click();
      await expect(page.getByRole('region', { name: 'Timeline' }).getByRole('list', { name: 'Dated statements' })).toBeVisible();
      await page.screenshot({ path: test.info().outputPath(`timeline-${w}-${scheme}.png`) });
      if (await show.isVisible()) await show.click();
      await app.library.getByRole('button', { name: 'Entity graph' }).click();
      const graph = page.getByRole('region', { name: 'Entity graph' });
      const iwaya = await drawnAt(graph, { node: 'Takeshi Iwaya' });
      await page.mouse.click(iwaya.x, iwaya.y);
      await page.screenshot({ path: test.info().outputPath(`graph-${w}-${scheme}.png`) });
    }
  }
});
