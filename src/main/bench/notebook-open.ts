import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderBytes } from './folder-bytes';
import { openNotebook } from '../open-notebook';
import { SEARCH_INDEX_FILE } from '../search/notebook-search';
import { writeFileAtomically } from '../store/atomic-json-file';
import { generatedNotebook } from './generated-notebook';

interface Figures {
  searchP95Ms: number;
  indexShare: number;
  openWithIndexMs: number;
  migrateMs: number;
  openMs: number;
  saveNoteMs: number;
  listEntitiesMs: number;
  listAfterImportMs: number;
  cardMs: number;
  saveAllMs: number;
}

/**
 * What a case of thousands of articles costs against a small one, side by side in one run:
 * opening, one note save (what autosave does as the analyst types), and a save of everything.
 */
export async function benchNotebookOpen(sampleText: string, sizes = [10, 5040]): Promise<void> {
  const figures = new Map<number, Figures>();
  for (const articles of sizes) figures.set(articles, await measure(sampleText, articles));
  const small = figures.get(sizes[0])!;
  for (const [articles, f] of figures) {
    const ratio = (key: keyof Omit<Figures, 'indexShare'>) => (articles === sizes[0] ? '' : ` (${(f[key] / small[key]).toFixed(1)}×)`);
    console.log(`  ${String(articles).padStart(5)} articles: one-file → folder ${f.migrateMs.toFixed(0)} ms; open ${f.openMs.toFixed(0)} ms${ratio('openMs')}; saveNote median ${f.saveNoteMs.toFixed(2)} ms${ratio('saveNoteMs')}; notebook entity list median ${f.listEntitiesMs.toFixed(2)} ms${ratio('listEntitiesMs')}, first after an import ${f.listAfterImportMs.toFixed(1)} ms${ratio('listAfterImportMs')}; an entity card median ${f.cardMs.toFixed(2)} ms${ratio('cardMs')}; save everything ${f.saveAllMs.toFixed(0)} ms${ratio('saveAllMs')}`);
    console.log(`         search p95 ${f.searchP95Ms.toFixed(1)} ms${ratio('searchP95Ms')}; index ${(f.indexShare * 100).toFixed(0)} % of the notebook on disk; open and read the index ${f.openWithIndexMs.toFixed(0)} ms (${(f.openWithIndexMs / f.openMs).toFixed(2)}× the open alone, which does not wait for it)`);
  }
}

async function measure(sampleText: string, articles: number): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const data = generatedNotebook(sampleText, articles);
    writeFileAtomically(join(dir, 'notebook.json'), JSON.stringify(data));

    let t = performance.now();
    (await openNotebook(dir)).store.close();
    const migrateMs = performance.now() - t;
    t = performance.now();
    const { notebook, store } = await openNotebook(dir);
    const openMs = performance.now() - t;
    const times: number[] = [];
    for (let i = 0; i < 21; i++) {
      t = performance.now();
      await notebook.saveNote('brief', { content: `{"root":{"children":[],"type":"root","version":1,"edit":${i}}}` });
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    // The sidebar asks for the notebook's entities after every change; a note save must not cost a re-count.
    const lists: number[] = [];
    for (let i = 0; i < 21; i++) {
      await notebook.saveNote('brief', { title: `Brief ${i}` });
      t = performance.now();
      await notebook.listEntities();
      lists.push(performance.now() - t);
    }
    lists.sort((a, b) => a - b);
    // An entity's card (the most mentioned one's), read from the index of the articles naming it.
    const top = (await notebook.listEntities()).sort((a, b) => b.mentionCount - a.mentionCount)[0];
    const cards: number[] = [];
    for (let i = 0; i < 11; i++) {
      t = performance.now();
      await notebook.getEntityCard(top.id);
      cards.push(performance.now() - t);
    }
    cards.sort((a, b) => a - b);
    await notebook.importText({ title: 'One more', text: `${sampleText}\n\nOne more.` });
    t = performance.now();
    await notebook.listEntities();
    const listAfterImportMs = performance.now() - t;
    t = performance.now();
    await store.save();
    const saveAllMs = performance.now() - t;
    // Search: the index built, then queries as an analyst types them (words, a prefix, a phrase, a typo).
    await notebook.warmSearch();
    const queries = ['Ishiba', 'defence budget', 'minist', '"security arrangement"', 'Beijnig', 'alliance Washington', 'Nakatani', 'election'];
    const searches: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        t = performance.now();
        await notebook.search(q);
        searches.push(performance.now() - t);
      }
    }
    searches.sort((a, b) => a - b);
    await store.close(); // writes the index beside the notebook
    const indexBytes = statSync(join(dir, SEARCH_INDEX_FILE)).size;
    const notebookBytes = folderBytes(dir) - indexBytes - folderBytes(join(dir, 'backups'));
    t = performance.now();
    const reopened = await openNotebook(dir);
    await reopened.notebook.warmSearch();
    const openWithIndexMs = performance.now() - t;
    await reopened.store.close();
    return { searchP95Ms: searches[Math.floor(searches.length * 0.95)], indexShare: indexBytes / notebookBytes, openWithIndexMs, migrateMs, openMs, saveNoteMs: times[10], listEntitiesMs: lists[10], listAfterImportMs, cardMs: cards[5], saveAllMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
