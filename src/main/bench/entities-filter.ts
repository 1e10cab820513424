import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Article, Entity, StoredMention } from '../../shared/model';
import { NOTEBOOK_FILE } from '../store';
import { emptyNotebook } from '../store/schema';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

// Sidebar filter speed on a 10,000-entity notebook: type into the filter box in headless Chromium
// against browser mode, and time from the keystroke until the list has re-rendered.

const ENTITIES = 10_000;
const TYPES = ['PERSON', 'ORGANIZATION', 'PLACE', 'DATE', 'TERM'] as const;
const QUERIES = ['ka', 'kaz', 'ishi', 'o', 'zzz', ''];

/** A notebook of 100 articles naming 10,000 entities ("Kazuo Ishida 42", …), written as the store would. */
function bigNotebook(dir: string): void {
  const data = emptyNotebook();
  const first = ['Kazuo', 'Yuki', 'Hana', 'Omar', 'Lena', 'Song', 'Ishiro', 'Maria'];
  const last = ['Ishida', 'Tanaka', 'Okafor', 'Kowalski', 'Ivanova', 'Chen', 'Kaur', 'Silva'];
  for (let i = 0; i < ENTITIES; i++) {
    const name = `${first[i % 8]} ${last[(i >> 3) % 8]} ${i}`;
    const type = TYPES[i % TYPES.length];
    const entity: Entity = { id: `e${i}`, key: `${type}:${name.toLowerCase()}`, type, name, aliases: [], roles: i % 7 ? [] : [{ title: 'Minister', start: 0, end: 8, articleId: `a${i % 100}` }] };
    data.entities.push(entity);
  }
  for (let a = 0; a < 100; a++) {
    const mentions: StoredMention[] = [];
    const names: string[] = [];
    let at = 0;
    for (let i = a; i < ENTITIES; i += 100) {
      const name = data.entities[i].name;
      mentions.push({ start: at, end: at + name.length, entityId: data.entities[i].id });
      names.push(name);
      at += name.length + 2;
    }
    const article: Article = { id: `a${a}`, title: `Article ${a}`, text: names.join('. '), format: 'paste', importedAt: new Date(2024, 0, 1 + a).toISOString(), mentions, quotes: [] };
    data.articles.push(article);
  }
  writeFileSync(join(dir, NOTEBOOK_FILE), JSON.stringify(data));
}

function startWeb(root: string, dataDir: string): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, [join(root, 'main/web.js'), '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('browser mode did not start in 20 s')), 20_000);
    child.on('exit', (code) => reject(new Error(`browser mode exited with ${code}`)));
    child.stdout?.on('data', (d) => {
      out += d;
      const match = /Dossier is running at (\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[1], stop: () => child.kill('SIGTERM') });
    });
  });
}

/** `root` is the build folder (out/): its main/web.js serves the window. */
export async function benchEntityFilter(root: string): Promise<void> {
  const { chromium } = await import('playwright-core');
  // The browser first: where it cannot start, nothing else has been started that would keep the bench from exiting.
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  });
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-entities-'));
  let web: Awaited<ReturnType<typeof startWeb>> | undefined;
  try {
    bigNotebook(dir);
    web = await startWeb(root, dir);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(web.url);
    const filter = page.getByRole('searchbox', { name: 'Filter entities' });
    await page.locator('.entity-row').first().waitFor({ timeout: 30_000 });
    const times: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const query of QUERIES) {
        // Time from the input event to the next frame after React has committed the new list.
        const ms = await filter.evaluate(
          (el, value) =>
            new Promise<number>((resolve) => {
              const input = el as HTMLInputElement;
              const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
              const t0 = performance.now();
              setter?.call(input, value);
              input.dispatchEvent(new Event('input', { bubbles: true }));
              requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
            }),
          query,
        );
        times.push(ms);
      }
    }
    const rows = await page.locator('.entity-row').count();
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    const p95 = times[Math.floor(times.length * 0.95)];
    console.log(`  ${ENTITIES.toLocaleString('en')} entities, ${times.length} keystrokes: median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, worst ${times.at(-1)?.toFixed(1)} ms (target < 50 ms); ${rows} rows in the DOM`);
  } finally {
    await browser.close();
    web?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
