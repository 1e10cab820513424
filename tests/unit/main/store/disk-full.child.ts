// Runs on a small tmpfs (see disk-full.test.ts): fills it with notes through the NotebookApi, then
// checks that every acknowledged note survives and nothing that failed appears, and prints a report.
import { readFileSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import { openNotebook } from '../../../../src/main/open-notebook';

async function main() {
  const dir = process.argv[2];
  const { notebook, store } = await openNotebook(dir);
  const acknowledged = new Map<string, string>();
  const failures: string[] = [];
  for (let i = 0; i < 400 && failures.length < 3; i++) {
    const title = `Note ${i} ${'x'.repeat(6000)}`;
    try {
      const note = await notebook.createNote({ title });
      acknowledged.set(note.id, title);
    } catch (error) {
      failures.push((error as Error).message);
    }
  }
  // An edit that does not fit leaves the note as it was, in the window and on disk.
  const [firstId, firstTitle] = [...acknowledged][0];
  let editRefused = false;
  try {
    await notebook.saveNote(firstId, { title: 'y'.repeat(2_000_000) });
  } catch {
    editRefused = true;
  }
  const editPutBack = (await notebook.getNote(firstId)).title === firstTitle;
  // A save of several files whose journal fits but whose files do not: every file is put back.
  const ids = [...acknowledged.keys()].slice(1, 3);
  const free = statfsSync(dir).bavail * statfsSync(dir).bsize;
  for (const id of ids) (await notebook.getNote(id)).title = 'z'.repeat(Math.floor(free * 0.4));
  let journalRefused = false;
  try {
    await store.save({ notes: ids });
  } catch {
    journalRefused = true;
    store.revert({ notes: ids });
  }
  const journalPutBack = ids.every((id) => JSON.parse(readFileSync(join(dir, 'notes', `${id}.json`), 'utf8')).title === acknowledged.get(id));
  const inMemory = (await notebook.listNotes()).length;
  await store.close();

  const again = await openNotebook(dir);
  const reopened = await again.notebook.listNotes();
  const lost = [...acknowledged].filter(([id, title]) => reopened.find((n) => n.id === id)?.title !== title).length;
  process.stdout.write(
    `${JSON.stringify({
      acknowledged: acknowledged.size,
      failures,
      inMemory,
      reopened: reopened.length,
      lost,
      editRefused,
      editPutBack,
      journalRefused,
      journalPutBack,
      notice: again.store.notice ?? null,
    })}\n`,
  );
  await again.store.close();
}
main().catch((error) => {
  process.stdout.write(`${JSON.stringify({ crashed: String(error?.stack ?? error) })}\n`);
});
