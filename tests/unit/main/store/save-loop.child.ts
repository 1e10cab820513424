// Child process for the crash test: saves forever, reporting each save only after it completed.
import { openNotebookStore } from '../../../../src/main/store';

async function main() {
  const store = await openNotebookStore(process.argv[2]);
  const start = store.data.notes.length;
  for (let n = start + 1; ; n++) {
    const stamp = new Date().toISOString();
    store.data.notes.push({ id: `n${n}`, title: `Note ${n} ${'x'.repeat(n % 7 === 0 ? 20000 : 50)}`, content: '', createdAt: stamp, updatedAt: stamp });
    await store.save({ notes: [`n${n}`] });
    process.stdout.write(`saved ${n}\n`);
  }
}
main();
