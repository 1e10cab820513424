import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { openNotebook } from '../open-notebook';
import { writeFileAtomically } from '../store/atomic-json-file';
import { generatedNotebook } from './generated-notebook';
import { withDates } from './pictures';
import { pct, startDossier, webEntry } from './typing';

const ROUNDS = 3;

/** A call on the notebook as the window makes it. */
async function call(page: Page, method: string, ...args: unknown[]): Promise<void> {
  await page.evaluate(async ([m, a]) => {
    await fetch(`/api/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(a) });
  }, [method, args] as const);
}

/** Two animation frames: what was asked for has been painted. */
const painted = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));

/** From a click on the view's button to the view drawn: the timeline's statements listed, or the graph on its canvas with `nodes` names. */
async function openView(page: Page, view: 'Timeline' | 'Entity graph', nodes?: { select: string; drawn: number }): Promise<number> {
  const library = page.getByRole('navigation', { name: 'Library' });
  // Away first (the brief), so the view opens anew and asks for its picture.
  await library.getByRole('button', { name: /^Brief/ }).first().click();
  await page.getByRole('textbox', { name: 'Note text' }).waitFor();
  const t0 = performance.now();
  await library.getByRole('button', { name: view }).click();
  // Plain selectors on the same labels: a role query walks the accessibility of every element, which
  // costs more than the drawing itself on a list of 2,000 statements and would be measured with it.
  if (view === 'Timeline') {
    await page.locator('section[aria-label="Timeline"] ol[aria-label="Dated statements"]').waitFor();
  } else {
    const graph = page.locator('section[aria-label="Entity graph"]');
    if (nodes) {
      await graph.locator('.g-canvas').waitFor();
      await graph.locator('select[aria-label="Names drawn"]').selectOption(nodes.select);
    }
    await graph.locator(nodes ? `.g-canvas[data-nodes="${nodes.drawn}"] canvas` : '.g-canvas canvas').first().waitFor();
  }
  await painted(page);
  return performance.now() - t0;
}

/**
 * Frames painted a second while the graph is dragged across the screen with the mouse (as a person pans),
 * counted by requestAnimationFrame in the page for the length of the drag.
 */
async function panFps(page: Page): Promise<number> {
  const box = await page.locator('section[aria-label="Entity graph"] .g-canvas').boundingBox();
  if (!box) throw new Error('the graph is not on screen');
  // As a string: the page runs it as written, without the helpers a bundler may wrap functions in.
  await page.evaluate(`(() => {
    window.__frames = 0;
    window.__counting = true;
    const tick = () => { if (!window.__counting) return; window.__frames++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  const t0 = performance.now();
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 120; i++) {
    await page.mouse.move(x + 300 * Math.sin((i / 120) * Math.PI * 2), y + 120 * Math.sin((i / 60) * Math.PI));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const seconds = (performance.now() - t0) / 1000;
  const frames = Number(await page.evaluate('window.__counting = false, window.__frames'));
  return frames / seconds;
}

/**
 * The pictures in the window (browser mode, Chromium) on 10 and 5,040 generated articles: from the
 * button to the drawing, each first after a change (an article trashed and restored through the API,
 * so the notebook redraws from its index), and panning the 2,000-name graph.
 */
export async function benchPicturesWindow(root: string, sampleText: string, sizes = [10, 5040]): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const rows = new Map<number, { first: number; timeline: number; graph: number; full: number; cold: number; fps: number; nodes: number }>();
  try {
    for (const articles of sizes) {
      const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-pictures-'));
      try {
        writeFileAtomically(join(dir, 'notebook.json'), JSON.stringify(withDates(generatedNotebook(sampleText, articles))));
        const { store } = await openNotebook(dir);
        await store.close();
        const dossier = await startDossier(webEntry(root), dir);
        try {
          const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
          await page.goto(`${dossier.origin}/?token=${dossier.token}`);
          await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Article \d+/ }).first().waitFor();
          if (articles === sizes[0]) {
            const webgl = await page.evaluate(() => Boolean(document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl')));
            console.log(`  (this Chromium ${webgl ? 'offers' : 'does not offer'} WebGL in headless mode)`);
          }
          // The first picture of a session builds the index.
          const first = await openView(page, 'Timeline');
          const timeline: number[] = [];
          const graph: number[] = [];
          const full: number[] = [];
          // The generated notebook names max(50, 8 an article) people.
          const nodes = { select: '2000', drawn: Math.min(2000, Math.max(50, articles * 8)) };
          for (let i = 0; i < ROUNDS; i++) {
            await call(page, 'trashArticle', `a${i}`);
            await call(page, 'restoreArticle', `a${i}`);
            timeline.push(await openView(page, 'Timeline'));
            graph.push(await openView(page, 'Entity graph'));
            full.push(await openView(page, 'Entity graph', nodes));
          }
          const fps = await panFps(page);
          // The first big graph of the session also waits for its layout; later ones start from its places.
          rows.set(articles, { first, timeline: pct(timeline, 50), graph: pct(graph, 50), full: pct(full, 50), cold: full[0], fps, nodes: nodes.drawn });
          await page.close();
        } finally {
          // It saves on the way out: the folder is removed once it has gone.
          const gone = new Promise((done) => dossier.child.once('exit', done));
          dossier.child.kill('SIGTERM');
          await gone;
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  const small = rows.get(sizes[0])!;
  for (const [articles, r] of rows) {
    const ratio = (a: number, b: number) => (articles === sizes[0] ? '' : ` (${(a / b).toFixed(1)}×)`);
    console.log(
      `  ${String(articles).padStart(5)} articles: first picture ${r.first.toFixed(0)} ms (index built); after a change, timeline ${r.timeline.toFixed(0)} ms${ratio(r.timeline, small.timeline)}, graph of 90 names ${r.graph.toFixed(0)} ms${ratio(r.graph, small.graph)}, of ${r.nodes} names ${r.full.toFixed(0)} ms${ratio(r.full, small.full)} (the session's first, its layout computed: ${r.cold.toFixed(0)} ms); panning ${r.fps.toFixed(0)} frames/s`,
    );
  }
}
