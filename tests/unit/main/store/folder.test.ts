import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../../src/main/open-notebook';
import { openNotebookStore } from '../../../../src/main/store';

const dir = () => mkdtempSync(join(tmpdir(), 'dossier-folder-'));
const stamp = '2026-01-01T00:00:00.000Z';
const inode = (path: string) => statSync(path).ino;

describe('the notebook folder', () => {
  it('saves a note by writing that note’s file and nothing else', async () => {
    const d = dir();
    const article = { id: 'art-1', title: 'Cabinet', text: 'Text.', format: 'paste', importedAt: stamp, mentions: [], quotes: [] };
    writeFileSync(join(d, 'notebook.json'), JSON.stringify({ schemaVersion: 2, notes: [], articles: [article], entities: [], corrections: [], rules: [], ui: {} }));
    const { notebook, store } = await openNotebook(d);
    const a = await notebook.createNote({ title: 'A' });
    const b = await notebook.createNote({ title: 'B' });
    const before = {
      catalogue: inode(join(d, 'notebook.json')),
      ui: inode(join(d, 'ui.json')),
      article: inode(join(d, 'articles', 'art-1.json')),
      b: inode(join(d, 'notes', `${b.id}.json`)),
      a: inode(join(d, 'notes', `${a.id}.json`)),
    };
    await notebook.saveNote(a.id, { title: 'A, edited' });
    expect(inode(join(d, 'notebook.json'))).toBe(before.catalogue);
    expect(inode(join(d, 'ui.json'))).toBe(before.ui);
    expect(inode(join(d, 'articles', 'art-1.json'))).toBe(before.article);
    expect(inode(join(d, 'notes', `${b.id}.json`))).toBe(before.b);
    expect(inode(join(d, 'notes', `${a.id}.json`))).not.toBe(before.a); // replaced whole, by rename
    expect(JSON.parse(readFileSync(join(d, 'notes', `${a.id}.json`), 'utf8')).title).toBe('A, edited');
    await store.close();
  });

  it('turns a one-file notebook from an earlier Dossier into the folder, losing nothing', async () => {
    const d = dir();
    const article = { id: 'art-1', title: 'Cabinet', text: 'Shigeru Ishiba spoke.', format: 'paste', importedAt: stamp, mentions: [{ start: 0, end: 14, entityId: 'e1' }], quotes: [] };
    const entity = { id: 'e1', key: 'PERSON:shigeru ishiba', type: 'PERSON', name: 'Shigeru Ishiba', aliases: [], roles: [] };
    const note = { id: 'n-1', title: 'Brief', content: '', createdAt: stamp, updatedAt: stamp };
    writeFileSync(join(d, 'notebook.json'), JSON.stringify({ schemaVersion: 2, notes: [note], articles: [article], entities: [entity], corrections: [], rules: [], ui: { open: { kind: 'note', id: 'n-1' } } }));
    const store = await openNotebookStore(d);
    await store.close();
    expect(readdirSync(join(d, 'notes'))).toEqual(['n-1.json']);
    expect(readdirSync(join(d, 'articles'))).toEqual(['art-1.json']);
    const catalogue = JSON.parse(readFileSync(join(d, 'notebook.json'), 'utf8'));
    expect(catalogue).toMatchObject({ schemaVersion: 3, entities: [entity] });
    expect(catalogue.notes).toBeUndefined();
    const again = await openNotebookStore(d);
    expect(again.data).toMatchObject({ notes: [note], articles: [article], entities: [entity], ui: { open: { kind: 'note', id: 'n-1' } } });
    await again.close();
    expect(readdirSync(join(d, 'backups')).some((f) => readFileSync(join(d, 'backups', f), 'utf8').includes('"articles":[{'))).toBe(true);
  });

  it('finishes a save a crash left in its journal', async () => {
    const d = dir();
    (await openNotebookStore(d)).close();
    const note = { id: 'n-j', title: 'From the journal', content: '', createdAt: stamp, updatedAt: stamp };
    writeFileSync(join(d, 'journal.json'), JSON.stringify({ writes: [['notes/n-j.json', JSON.stringify(note)], ['ui.json', '{"open":{"kind":"note","id":"n-j"}}']] }));
    const reader = await openNotebookStore(d, { readOnly: true }); // a reader sees it without writing
    expect(reader.data.notes.map((n) => n.title)).toEqual(['From the journal']);
    expect(readdirSync(d)).toContain('journal.json');
    const store = await openNotebookStore(d);
    expect(store.data.notes.map((n) => n.title)).toEqual(['From the journal']);
    expect(store.data.ui).toEqual({ open: { kind: 'note', id: 'n-j' } });
    expect(readdirSync(d)).not.toContain('journal.json');
    await store.close();
  });

  it('sets aside a journal that was never whole, and applies none of it', async () => {
    const d = dir();
    (await openNotebookStore(d)).close();
    writeFileSync(join(d, 'journal.json'), '{"writes":[["notes/n-x.json","{\\"id\\":\\"n-x\\"');
    const store = await openNotebookStore(d);
    expect(store.data.notes).toEqual([]);
    expect(readdirSync(d).some((f) => f.startsWith('journal.unreadable-'))).toBe(true);
    await store.close();
  });

  it('keeps a damaged note file aside, says so, and opens everything else', async () => {
    const d = dir();
    const { notebook, store } = await openNotebook(d);
    const kept = await notebook.createNote({ title: 'Kept' });
    await store.close();
    mkdirSync(join(d, 'notes'), { recursive: true });
    writeFileSync(join(d, 'notes', 'broken.json'), '{"id":"broken","title":"Half');
    const again = await openNotebookStore(d);
    expect(again.notice).toMatch(/One note or article file could not be read and was kept unchanged: .*broken\.damaged-\d+\.json/);
    expect(again.data.notes.map((n) => n.id)).toEqual([kept.id]);
    await again.close();
  });
});

describe('a change whose save fails', () => {
  it('is put back, so it never appears with a later save', async () => {
    const d = dir();
    const { notebook, store } = await openNotebook(d);
    const note = await notebook.createNote({ title: 'Brief', content: '' });
    const save = store.save;
    store.save = async () => {
      throw new Error('The disk is full');
    };
    await expect(notebook.saveNote(note.id, { title: 'Never saved' })).rejects.toThrow(/disk is full/);
    await expect(notebook.createNote({ title: 'Never created' })).rejects.toThrow(/disk is full/);
    expect((await notebook.getNote(note.id)).title).toBe('Brief');
    expect((await notebook.listNotes()).map((n) => n.title)).toEqual(['Brief']);
    store.save = save;
    await notebook.createNote({ title: 'Saved later' });
    await store.close();
    const again = await openNotebook(d);
    expect((await again.notebook.listNotes()).map((n) => n.title).sort()).toEqual(['Brief', 'Saved later']);
    await again.store.close();
  });

  it('cannot poison later saves: a value that cannot be written is refused and put back', async () => {
    const d = dir();
    const { notebook, store } = await openNotebook(d);
    await notebook.setUiState({ open: { kind: 'note', id: 'kept' } });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    await expect(notebook.setUiState(circular as never)).rejects.toThrow();
    expect(await notebook.getUiState()).toEqual({ open: { kind: 'note', id: 'kept' } });
    await notebook.createNote({ title: 'Still saves' });
    await store.close();
    const again = await openNotebook(d);
    expect((await again.notebook.listNotes()).map((n) => n.title)).toEqual(['Still saves']);
    expect(await again.notebook.getUiState()).toEqual({ open: { kind: 'note', id: 'kept' } });
    await again.store.close();
  });
});
