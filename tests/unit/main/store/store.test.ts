import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebookStore } from '../../../../src/main/store';
import { SCHEMA_VERSION } from '../../../../src/main/store/schema';

const dir = () => mkdtempSync(join(tmpdir(), 'dossier-store-'));
const stamp = '2026-01-01T00:00:00.000Z';

describe('notebook store', () => {
  it('creates a fresh notebook and reads back what it saved', async () => {
    const d = dir();
    const store = await openNotebookStore(d);
    store.data.notes.push({ id: 'a', title: 'Brief', content: '', createdAt: stamp, updatedAt: stamp });
    await store.save();
    await store.close();
    const again = await openNotebookStore(d);
    expect(again.data.notes.map((n) => n.title)).toEqual(['Brief']);
    expect(JSON.parse(readFileSync(join(d, 'notebook.json'), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION);
    await again.close();
  });

  it('refuses a second writer with a plain message', async () => {
    const d = dir();
    const first = await openNotebookStore(d);
    await expect(openNotebookStore(d)).rejects.toThrow(/already open in another Dossier/);
    await first.close();
    const second = await openNotebookStore(d);
    await second.close();
  });

  it('lets readers open a notebook that a writer holds', async () => {
    const d = dir();
    const writer = await openNotebookStore(d);
    const reader = await openNotebookStore(d, { readOnly: true });
    await expect(reader.save()).rejects.toThrow(/read-only/);
    await writer.close();
  });

  it('upgrades an unversioned notebook from an early build', async () => {
    const d = dir();
    writeFileSync(join(d, 'notebook.json'), JSON.stringify({ notes: [], articles: [] }));
    const store = await openNotebookStore(d);
    expect(store.data.schemaVersion).toBe(SCHEMA_VERSION);
    expect(store.data.entities).toEqual([]);
    await store.close();
  });

  const damaged: Array<[string, string]> = [
    ['cut short', '{"schemaVersion":1,"notes":[{"id":"a","ti'],
    ['binary junk', '\u0000\u0001\u0002PK\u0003\u0004'],
    ['empty', ''],
    ['not a notebook', '[1,2,3]'],
    ['missing lists', '{"schemaVersion":1,"notes":"oops"}'],
    ['from a newer Dossier', '{"schemaVersion":999,"notes":[],"articles":[],"entities":[]}'],
  ];
  it.each(damaged)('keeps a damaged file (%s) aside untouched and opens the last good backup', async (_name, bytes) => {
    const d = dir();
    const good = await openNotebookStore(d);
    good.data.notes.push({ id: 'a', title: 'Saved before the damage', content: '', createdAt: stamp, updatedAt: stamp });
    await good.save();
    await good.close();
    await (await openNotebookStore(d)).close(); // opening a good file makes a backup of it
    writeFileSync(join(d, 'notebook.json'), bytes);

    const store = await openNotebookStore(d);
    expect(store.notice).toMatch(/could not be read/);
    expect(store.notice).toMatch(/last good backup/);
    expect(store.data.notes.map((n) => n.title)).toEqual(['Saved before the damage']);
    const aside = readdirSync(d).filter((f) => f.startsWith('notebook.damaged-'));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(d, aside[0]), 'utf8')).toBe(bytes);
    await store.close();
  });

  it('starts a fresh notebook when no backup can be read, still keeping the damaged file', async () => {
    const d = dir();
    writeFileSync(join(d, 'notebook.json'), '{ not json');
    const store = await openNotebookStore(d);
    expect(store.notice).toMatch(/fresh notebook/);
    expect(store.data.notes).toEqual([]);
    const aside = readdirSync(d).filter((f) => f.startsWith('notebook.damaged-'));
    expect(readFileSync(join(d, aside[0]), 'utf8')).toBe('{ not json');
    await store.close();
  });

  it('always loads the last completed save when the process is killed mid-save, many times over', async () => {
    const d = dir();
    const child = join(__dirname, 'save-loop.child.ts');
    let lastReported = 0;
    for (let round = 0; round < 25; round++) {
      const proc = spawn(process.execPath, ['--import', 'tsx', child, d], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      await new Promise<void>((resolve) => {
        const killAfter = 1 + Math.floor(Math.random() * 40);
        proc.stdout.on('data', (chunk) => {
          out += chunk;
          const count = out.split('\n').filter((l) => l.startsWith('saved')).length;
          if (count >= killAfter) proc.kill('SIGKILL');
        });
        proc.on('exit', () => resolve());
      });
      const reported = out
        .split('\n')
        .filter((l) => l.startsWith('saved'))
        .map((l) => Number(l.split(' ')[1]));
      if (reported.length) lastReported = reported[reported.length - 1];
      const store = await openNotebookStore(d);
      expect(store.notice).toBeUndefined();
      const n = store.data.notes.length;
      // The save after the last report may have landed too; nothing reported may be missing.
      expect(n === lastReported || n === lastReported + 1).toBe(true);
      lastReported = n;
      await store.close();
    }
    expect(existsSync(join(d, 'notebook.json.lock'))).toBe(false);
  }, 180_000);
});
