import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';
import { openNotebook } from '../open-notebook';
import { writeFileAtomically } from '../store/atomic-json-file';
import { generatedNotebook } from './generated-notebook';
import { installProbe, pct, startDossier, typeRound, webEntry } from './typing';

const LOADS = 5;
const TYPING_ROUNDS = 3;

// A brief of 150 paragraphs, so typing happens in a note of a realistic length.
const brief = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    children: Array.from({ length: 150 }, (_, i) => ({
      type: 'paragraph',
      version: 1,
      children: [{ type: 'text', version: 1, text: `Paragraph ${i}: the cabinet said the defence budget talks would continue with allies.`, format: 0, detail: 0, mode: 'normal', style: '' }],
    })),
  },
});

/** The window in browser mode on a case of 5,040 articles against one of 10, side by side: ready, then typing. */
export async function benchWindowScale(root: string, sampleText: string, sizes = [10, 5040]): Promise<void> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const figures = new Map<number, { readyMs: number; p50: number; p95: number }>();
  try {
    for (const articles of sizes) {
      const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-window-'));
      try {
        writeFileAtomically(join(dir, 'notebook.json'), JSON.stringify(generatedNotebook(sampleText, articles)));
        const { notebook, store } = await openNotebook(dir);
        await notebook.saveNote('brief', { content: brief });
        await notebook.warmSearch();
        await store.close(); // the folder layout and its search index, as a notebook in use has them
        const dossier = await startDossier(webEntry(root), dir);
        try {
          const url = `${dossier.origin}/?token=${dossier.token}`;
          const loads: number[] = [];
          let typing: number[] = [];
          for (let i = 0; i < LOADS; i++) {
            const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
            const t0 = performance.now();
            await page.goto(url);
            // Ready: the library lists the notes and articles, and the open note can be typed in.
            await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Article \d+/ }).first().waitFor();
            await page.getByRole('textbox', { name: 'Note text' }).waitFor();
            loads.push(performance.now() - t0);
            if (i === LOADS - 1) {
              await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Brief/ }).first().click();
              await page.locator('[contenteditable="true"] p').nth(75).click();
              await page.keyboard.press('End');
              await installProbe(page);
              for (let r = 0; r < TYPING_ROUNDS; r++) typing = typing.concat(await typeRound(page)); // autosave runs as it would
            }
            await page.close();
          }
          figures.set(articles, { readyMs: pct(loads, 50), p50: pct(typing, 50), p95: pct(typing, 95) });
        } finally {
          // Its folder is removed next: wait until it has closed the notebook (and written its search index).
          await new Promise((resolve) => {
            dossier.child.once('exit', resolve);
            dossier.child.kill('SIGTERM');
          });
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  const small = figures.get(sizes[0])!;
  for (const [articles, f] of figures) {
    const ratio = (a: number, b: number) => (articles === sizes[0] ? '' : ` (${(a / b).toFixed(2)}×)`);
    console.log(
      `  ${String(articles).padStart(5)} articles: window ready median ${f.readyMs.toFixed(0)} ms${ratio(f.readyMs, small.readyMs)}; typing p50 ${f.p50.toFixed(1)} ms${ratio(f.p50, small.p50)}, p95 ${f.p95.toFixed(1)} ms${ratio(f.p95, small.p95)}`,
    );
  }
}
