import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium';

// Typing cost per key in Dossier's note editor vs a bare Lexical editor holding the same text, in one run.
const PARAGRAPHS = 1000;
const WORDS_PER_PARAGRAPH = 20;
const MENTIONS = 500;
const CITATIONS = 50;
const KEYS_PER_ROUND = 120;
const ROUNDS = 3;
const WORDS = 'the cabinet said defence budget talks would continue with allies while officials in the ministry expected a firmer line on regional security and trade'.split(' ');

type Json = Record<string, unknown>;
const text = (t: string): Json => ({ type: 'text', version: 1, text: t, format: 0, detail: 0, mode: 'normal', style: '' });
const block = (type: string, children: Json[]): Json => ({ type, version: 1, children, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '' });
const state = (children: Json[]) => JSON.stringify({ root: { type: 'root', version: 1, children, direction: 'ltr', format: '', indent: 0 } });

interface Entity { id: string; name: string; type: string }

/** The long brief twice: Dossier's (mentions and citations) and the bare editor's (the same words as text and quotes). */
function documents(entities: Entity[], articleId: string): { dossier: string; bare: string } {
  const dossier: Json[] = [];
  const bare: Json[] = [];
  let w = 0;
  const words = (n: number) => Array.from({ length: n }, () => WORDS[w++ % WORDS.length]).join(' ');
  for (let p = 0; p < PARAGRAPHS; p++) {
    const e = entities[p % entities.length];
    const withMention = p % (PARAGRAPHS / MENTIONS) === 0;
    const [a, b] = [words(WORDS_PER_PARAGRAPH / 2), words(WORDS_PER_PARAGRAPH / 2 - (withMention ? 2 : 0))];
    const mention = { ...text(e.name), type: 'mention', mode: 'token', entityId: e.id, entityType: e.type, name: e.name };
    dossier.push(block('paragraph', withMention ? [text(`${a} `), mention, text(` ${b}.`)] : [text(`${a} ${b}.`)]));
    bare.push(block('paragraph', [text(withMention ? `${a} ${e.name} ${b}.` : `${a} ${b}.`)]));
    if ((p + 1) % (PARAGRAPHS / CITATIONS) === 0) {
      const exact = words(16);
      dossier.push({ type: 'citation', version: 1, anchor: { articleId, start: 0, end: exact.length, exact, prefix: '', suffix: '' }, articleTitle: "Japan's new cabinet", source: 'Dossier Wire', publishedAt: '2024-10-02' });
      bare.push(block('quote', [text(exact)]));
    }
  }
  return { dossier: state(dossier), bare: state(bare) };
}

const BARE_MAIN = `import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { TRANSFORMERS } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListNode, ListItemNode } from '@lexical/list';
import { LinkNode, AutoLinkNode } from '@lexical/link';
import { CodeNode, CodeHighlightNode } from '@lexical/code-core';
const content = await (await fetch('/state.json')).text();
const config = { namespace: 'bare', nodes: [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, AutoLinkNode, CodeNode, CodeHighlightNode], editorState: content, onError: (e) => console.error(e) };
createRoot(document.getElementById('root')).render(h(LexicalComposer, { initialConfig: config },
  h(RichTextPlugin, { contentEditable: h(ContentEditable, { 'aria-label': 'Note text', style: { outline: 'none', font: '16px/1.65 serif', maxWidth: '640px', margin: '24px auto' } }), ErrorBoundary: LexicalErrorBoundary }),
  h(HistoryPlugin), h(ListPlugin), h(LinkPlugin), h(MarkdownShortcutPlugin, { transformers: TRANSFORMERS })));
`;

/** Builds the bare editor page with vite (a dev tool, loaded at run time, not bundled) and serves it. */
async function serveBareEditor(root: string, content: string): Promise<{ url: string; server: Server; dir: string }> {
  const dir = join(root, 'node_modules/.cache/dossier-bench-bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(join(dir, 'main.js'), BARE_MAIN);
  // Resolved from the project so the bundler leaves vite out of the bench build.
  const vite = await import(/* @vite-ignore */ pathToFileURL(createRequire(join(root, 'package.json')).resolve('vite')).href);
  await vite.build({ root: dir, logLevel: 'error', build: { outDir: join(dir, 'dist'), target: 'es2022' } });
  writeFileSync(join(dir, 'dist/state.json'), content);
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = resolve(dir, 'dist', `.${(req.url ?? '/').split('?')[0].replace(/\/$/, '/index.html')}`);
    let body: Buffer;
    try {
      body = readFileSync(path);
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server, dir };
}

/** The browser-mode server of this build: beside the bench in out/main, or under DOSSIER_OUT when run from source. */
export function webEntry(root: string): string {
  const sibling = join(__dirname, 'web.js');
  return existsSync(sibling) ? sibling : join(root, process.env.DOSSIER_OUT ?? 'out', 'main/web.js');
}

export function startDossier(webJs: string, dataDir: string): Promise<{ child: ChildProcess; origin: string; token: string }> {
  const child = spawn(process.execPath, [webJs, '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  return new Promise((done, fail) => {
    child.on('exit', (code) => fail(new Error(`browser mode exited with ${code}`)));
    child.stdout?.on('data', (d) => {
      out += d;
      const m = /Dossier is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/.exec(out);
      if (m) done({ child, origin: m[1], token: m[2] });
    });
  });
}

/** Key down → the end of the update and the layout it causes: a task queued at keydown runs after both (forced layout). */
export async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[] };
    w.__lat = [];
    document.addEventListener('keydown', () => {
      const t0 = performance.now();
      setTimeout(() => {
        void document.body.offsetHeight;
        w.__lat.push(performance.now() - t0);
      }, 0);
    }, true);
  });
}

export async function typeRound(page: Page): Promise<number[]> {
  await page.evaluate(() => { (window as unknown as { __lat: number[] }).__lat = []; });
  for (let i = 0; i < KEYS_PER_ROUND; i++) {
    await page.keyboard.press(i % 6 === 5 ? 'Space' : 'KeyA');
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(100);
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
}

export const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function benchTyping(root: string): Promise<void> {
  // The browser first: where it cannot start, no browser-mode server has been started that would keep the bench from exiting.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const dataDir = mkdtempSync(join(tmpdir(), 'dossier-bench-typing-'));
  let server: ChildProcess | undefined;
  let bare: Awaited<ReturnType<typeof serveBareEditor>> | null = null;
  try {
    const dossier = await startDossier(webEntry(root), dataDir);
    server = dossier.child;
    const post = async (method: string, args: unknown[]) => {
      const res = await fetch(`${dossier.origin}/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-dossier-token': dossier.token }, body: JSON.stringify(args) });
      return ((await res.json()) as { result: Json }).result;
    };
    const imported = (await post('importText', [{ text: readFileSync(join(root, 'resources/sample-article.txt'), 'utf8'), source: 'Dossier Wire' }])) as { article: { id: string } };
    const entities = (await post('listEntities', [])) as unknown as Entity[];
    const docs = documents(entities, imported.article.id);
    await post('createNote', [{ title: 'Long brief', content: docs.dossier }]);
    await post('createNote', [{ title: 'Start' }]);
    bare = await serveBareEditor(root, docs.bare);

    const ours = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await ours.goto(`${dossier.origin}/?token=${dossier.token}`);
    await ours.getByRole('textbox', { name: 'Note text' }).waitFor();
    const t0 = Date.now();
    await ours.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Long brief/ }).click();
    await ours.waitForFunction((n) => document.querySelectorAll('[contenteditable="true"] .mention-chip').length >= n, MENTIONS);
    const openMs = Date.now() - t0;
    const theirs = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await theirs.goto(bare.url);
    await theirs.waitForFunction((n) => document.querySelectorAll('[contenteditable="true"] p').length >= n, PARAGRAPHS);

    for (const page of [ours, theirs]) {
      await page.locator('[contenteditable="true"] p').nth(PARAGRAPHS / 2).click();
      await page.keyboard.press('End');
      await installProbe(page);
    }
    const lat = { ours: [] as number[], theirs: [] as number[] };
    for (let r = 0; r < ROUNDS; r++) {
      lat.theirs.push(...(await typeRound(theirs)));
      lat.ours.push(...(await typeRound(ours)));
    }
    const row = (name: string, xs: number[]) => console.log(`  ${name.padEnd(34)} p50 ${ms(pct(xs, 50)).padStart(8)}  p95 ${ms(pct(xs, 95)).padStart(8)}  (${xs.length} keys)`);
    console.log(`  ${PARAGRAPHS * WORDS_PER_PARAGRAPH} words, ${MENTIONS} mentions, ${CITATIONS} citations; typing mid-note`);
    row('bare Lexical (rich text+history+list+link+md)', lat.theirs);
    row('Dossier note editor', lat.ours);
    console.log(`  ratio  p50 ${(pct(lat.ours, 50) / pct(lat.theirs, 50)).toFixed(2)}×  p95 ${(pct(lat.ours, 95) / pct(lat.theirs, 95)).toFixed(2)}×  (target ≤1.3× / ≤1.5×)`);
    console.log(`  open the long note (click → all mentions shown): ${openMs} ms`);
  } finally {
    await browser.close();
    bare?.server.close();
    server?.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  }
}
