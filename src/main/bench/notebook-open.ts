import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNotebookStore } from '../store';
import { writeFileAtomically } from '../store/atomic-json-file';
import { emptyNotebook } from '../store/schema';

/** How long a notebook of thousands of articles takes to open and to save, and how large it is. */
export async function benchNotebookOpen(sampleText: string, articles = 3000): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  try {
    const data = emptyNotebook();
    const stamp = new Date().toISOString();
    for (let i = 0; i < articles; i++) {
      const text = `${sampleText}\n\nArticle ${i}.`;
      const mentions = Array.from({ length: 40 }, (_, k) => ({ start: k * 20, end: k * 20 + 8, entityId: `e${(i * 7 + k) % 5000}` }));
      data.articles.push({ id: `a${i}`, title: `Article ${i}`, text, format: 'txt', importedAt: stamp, mentions, quotes: [] });
    }
    for (let i = 0; i < 5000; i++) data.entities.push({ id: `e${i}`, key: `PERSON:p${i}`, type: 'PERSON', name: `Person ${i}`, aliases: [], roles: [] });
    writeFileAtomically(join(dir, 'notebook.json'), JSON.stringify(data));
    const size = statSync(join(dir, 'notebook.json')).size;

    let t = performance.now();
    const store = await openNotebookStore(dir);
    const openMs = performance.now() - t;
    t = performance.now();
    await store.save();
    const saveMs = performance.now() - t;
    await store.close();
    console.log(`notebook: ${articles} articles, 5000 entities, ${(size / 1e6).toFixed(1)} MB on disk`);
    console.log(`  open (read + parse + backup): ${openMs.toFixed(0)} ms   save (atomic, fsync): ${saveMs.toFixed(0)} ms`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
