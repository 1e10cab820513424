import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/main/extract';
import { openNotebookStore } from '../../../../src/main/store';
import type { Extraction } from '../../../../src/shared/extraction';

const ROOT = resolve(__dirname, '../../../..');
// 500 rounds in CI (as the case-scale issue asks); fewer on a developer's machine unless asked.
const ROUNDS = Number(process.env.DOSSIER_CRASH_ROUNDS ?? (process.env.CI ? 500 : 120));

const FIRST = ['Aiko', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Farida', 'Goran', 'Hana'];
const LAST = ['Tanaka', 'Moreau', 'Okafor', 'Haddad', 'Novak', 'Silva', 'Kimura', 'Adeyemi'];

/** Articles for the children to import, with what the real extractor finds in each. */
function extractionsFile(): string {
  const texts: Record<string, Extraction> = {};
  for (const first of FIRST) {
    for (const last of LAST.slice(0, 4)) {
      const name = `${first} ${last}`;
      const text = `Foreign Minister ${name} met officials in Lisbon on Tuesday. "We will talk again," ${name} said.`;
      texts[text] = extract(text);
    }
  }
  const file = join(mkdtempSync(join(tmpdir(), 'dossier-replay-')), 'extractions.json');
  writeFileSync(file, JSON.stringify(texts));
  return file;
}

/** The child, bundled once to plain JavaScript so each of hundreds of rounds starts in a blink. */
async function bundleChild(): Promise<string> {
  const folder = join(ROOT, 'node_modules/.cache/dossier-tests');
  mkdirSync(folder, { recursive: true });
  const outfile = join(folder, `mixed-crash-${process.pid}.mjs`);
  await build({
    entryPoints: [join(__dirname, 'mixed-crash.child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
    // The extractor's output is made once, for real, in this process; children replay it.
    plugins: [
      {
        name: 'replayed-extraction',
        setup(build) {
          build.onResolve({ filter: /\/extract\/worker-pool$/ }, () => ({ path: join(__dirname, 'replayed-extraction.ts') }));
        },
      },
    ],
    banner: { js: "import { createRequire as __cr } from 'node:module'; import { fileURLToPath as __fu } from 'node:url'; const require = __cr(import.meta.url); const __dirname = __fu(new URL('.', import.meta.url));" },
  });
  return outfile;
}

let replayFile = '';

type Op = { op: string; id?: string; title?: string };

interface Child {
  proc: ChildProcess;
  out: () => string;
  warm: Promise<void>;
  exited: Promise<void>;
}

/** Starts a child that loads everything it needs, then waits to be told to open the notebook. */
function startChild(bundle: string, dir: string): Child {
  const proc = spawn(process.execPath, [bundle, dir], { stdio: ['pipe', 'pipe', 'inherit'], env: { ...process.env, DOSSIER_REPLAYED_EXTRACTIONS: replayFile } });
  let out = '';
  let markWarm: () => void;
  const warm = new Promise<void>((resolve) => {
    markWarm = resolve;
  });
  const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
  proc.stdout!.on('data', (chunk) => {
    out += chunk;
    if (out.includes('warm\n')) markWarm();
  });
  return { proc, out: () => out, warm, exited };
}

/** Lets the child work until a random moment after it opened the notebook, kills it, and reads what it said. */
async function runAndKill(child: Child): Promise<{ acks: Op[]; inFlight: Op | null; refused: number }> {
  await child.warm;
  child.proc.stdin!.write('go\n');
  const ready = setInterval(() => {
    if (!child.out().includes('ready\n')) return;
    clearInterval(ready);
    setTimeout(() => child.proc.kill('SIGKILL'), Math.random() * 250);
  }, 2);
  await child.exited;
  clearInterval(ready);
  const out = child.out();
  const lines = out.split('\n');
  if (!out.endsWith('\n')) lines.pop(); // a line cut by the kill was never said
  const acks = lines.filter((l) => l.startsWith('ack ')).map((l) => JSON.parse(l.slice(4)) as Op);
  const last = lines.filter((l) => /^(begin|ack|refused) /.test(l)).pop() ?? '';
  return { acks, inFlight: last.startsWith('begin ') ? (JSON.parse(last.slice(6)) as Op) : null, refused: lines.filter((l) => l.startsWith('refused ')).length };
}

describe('the notebook under SIGKILL during mixed imports, saves and corrections', () => {
  it(`always opens consistent, with every acknowledged change, over ${ROUNDS} rounds`, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-mixed-crash-'));
    const bundle = await bundleChild();
    replayFile = extractionsFile();
    // Two children warm up while one works, so each round costs the work, not a process start.
    const spares: Child[] = [startChild(bundle, dir), startChild(bundle, dir)];
    const titles = new Map<string, string>(); // note id → title last known saved
    const articles = new Set<string>();
    let operations = 0;
    let refused = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const child = spares.shift()!;
      spares.push(startChild(bundle, dir));
      const { acks, inFlight, refused: r } = await runAndKill(child);
      operations += acks.length;
      refused += r;
      for (const ack of acks) {
        if ((ack.op === 'createNote' || ack.op === 'saveNote') && ack.id) titles.set(ack.id, ack.title ?? '');
        if (ack.op === 'importText' && ack.id) articles.add(ack.id);
      }
      const store = await openNotebookStore(dir);
      const { data } = store;
      expect(store.notice).toBeUndefined();
      // Every acknowledged change is there (the one in flight may have landed too).
      for (const [id, title] of titles) {
        const note = data.notes.find((n) => n.id === id);
        expect(note, `note ${id}`).toBeDefined();
        const landed = inFlight?.op === 'saveNote' && inFlight.id === id && note?.title === inFlight.title;
        if (!landed) expect(note?.title).toBe(title);
      }
      for (const id of articles) expect(data.articles.some((a) => a.id === id), `article ${id}`).toBe(true);
      // Consistent: nothing points at what is not there, nothing is there twice.
      const entityIds = new Set(data.entities.map((e) => e.id));
      expect(entityIds.size).toBe(data.entities.length);
      expect(new Set(data.notes.map((n) => n.id)).size).toBe(data.notes.length);
      for (const article of data.articles) {
        for (const m of article.mentions) expect(entityIds.has(m.entityId), `mention of ${m.entityId} in ${article.id}`).toBe(true);
        for (const q of article.quotes) if (q.speakerEntityId) expect(entityIds.has(q.speakerEntityId)).toBe(true);
      }
      for (const note of data.notes) titles.set(note.id, note.title); // what landed in flight is now known
      await store.close();
    }
    if (process.env.DOSSIER_CRASH_VERBOSE) console.log({ rounds: ROUNDS, operations, refused, notes: titles.size, articles: articles.size });
    for (const spare of spares) spare.proc.kill('SIGKILL');
    expect(operations).toBeGreaterThan(ROUNDS / 2);
  }, 900_000);
});
