import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { NotebookApi } from '../../shared/api';
import type { Note } from '../../shared/model';
import { NotebookShelf } from '../cases/shelf';
import { NotebookService } from '../service/notebook-service';
import { Serialized } from '../service/serialized';
import { writeFileAtomically } from '../store/atomic-json-file';
import { generatedNotebook } from './generated-notebook';

/** A note of about `words` words as the editor saves it. */
function bigNote(words: number, edit: number): string {
  const text = Array.from({ length: words }, (_, i) => `word${(i * 7 + edit) % 997}`).join(' ');
  const paragraphs = text.match(/(?:\S+\s*){1,120}/g) ?? [];
  return JSON.stringify({ root: { type: 'root', version: 1, children: paragraphs.map((p) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: p }] })) } });
}

/**
 * What the window's thread goes through while the analyst works: autosaves of a long brief, imports,
 * searches, the notebook's entity list; each answer written out as the HTTP transport writes it.
 */
async function work(api: NotebookApi, sampleText: string): Promise<void> {
  const answer = (result: unknown) => (result instanceof Serialized ? `{"result":${result.json}}` : JSON.stringify({ result })).length;
  const note = (await api.createNote({ title: 'Long brief' })) as unknown as Note | Serialized;
  const id = note instanceof Serialized ? (JSON.parse(note.json) as Note).id : note.id;
  for (let i = 0; i < 10; i++) {
    answer(await api.saveNote(id, { content: bigNote(20_000, i) }));
    answer(await api.importText({ title: `Import ${i}`, text: `${sampleText}\n\nEdition ${i}.` }));
    answer(await api.search('defence budget'));
    answer(await api.listEntities());
  }
}

/** The longest and the 99th-percentile stall of this thread's event loop while `run` goes on. */
async function stalls(run: () => Promise<void>): Promise<{ maxMs: number; p99Ms: number }> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  await run();
  h.disable();
  return { maxMs: h.max / 1e6, p99Ms: h.percentile(99) / 1e6 };
}

/**
 * The thread that serves the window (Electron's main process, browser mode's HTTP server) must not
 * wait on JSON work, saves or imports. Side by side on the same 5,040-article notebook: the notebook
 * run on that thread, as before, and run on its own service thread, as now.
 */
export async function benchServiceThread(sampleText: string): Promise<void> {
  const make = () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-service-'));
    writeFileAtomically(join(dir, 'notebook.json'), JSON.stringify(generatedNotebook(sampleText, 5040)));
    return dir;
  };
  const inline = make();
  const threaded = make();
  try {
    const shelf = await NotebookShelf.open(inline);
    const before = await stalls(() => work(shelf.api, sampleText));
    await shelf.close();
    const service = await NotebookService.start(threaded);
    const after = await stalls(() => work(service.transportApi, sampleText));
    await service.close();
    console.log(`  the window's thread, while 10 autosaves of a 20,000-word brief, 10 imports, searches and entity lists run on 5,040 articles:`);
    console.log(`    notebook on that thread:      longest stall ${before.maxMs.toFixed(0)} ms, p99 ${before.p99Ms.toFixed(1)} ms`);
    console.log(`    notebook on its own thread:   longest stall ${after.maxMs.toFixed(0)} ms, p99 ${after.p99Ms.toFixed(1)} ms (${(after.maxMs / before.maxMs).toFixed(2)}× the longest)`);
  } finally {
    rmSync(inline, { recursive: true, force: true });
    rmSync(threaded, { recursive: true, force: true });
  }
}
