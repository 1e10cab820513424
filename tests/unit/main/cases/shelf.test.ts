import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookShelf } from '../../../../src/main/cases/shelf';

const dir = () => mkdtempSync(join(tmpdir(), 'dossier-shelf-'));
const titles = async (shelf: NotebookShelf) => (await shelf.api.listNotes()).map((n) => n.title);

describe('one notebook per case', () => {
  it('starts an empty notebook in a folder of its own, and the old one is there when switched back', async () => {
    const root = dir();
    const shelf = await NotebookShelf.open(root);
    await shelf.api.createNote({ title: 'Ishiba brief' });
    const harbour = await shelf.api.createNotebook('  Harbour   inquiry ');
    expect(harbour.name).toBe('Harbour inquiry');
    expect((await shelf.api.info()).notebook?.name).toBe('Harbour inquiry');
    expect(await titles(shelf)).toEqual([]);
    await shelf.api.createNote({ title: 'Quay survey' });
    expect(existsSync(join(root, 'cases', harbour.id, 'notes'))).toBe(true);
    expect(existsSync(join(root, 'notebook.json.lock'))).toBe(false); // the first case's lock was let go

    await shelf.api.switchNotebook('main');
    expect(await titles(shelf)).toEqual(['Ishiba brief']);
    expect(existsSync(join(root, 'cases', harbour.id, 'notebook.json.lock'))).toBe(false);
    expect((await shelf.api.listNotebooks()).map((n) => n.name)).toEqual(['My notebook', 'Harbour inquiry']);
    await shelf.api.switchNotebook(harbour.id);
    await shelf.close();

    const again = await NotebookShelf.open(root); // opens the case used last
    expect((await again.api.info()).notebook?.name).toBe('Harbour inquiry');
    expect(await titles(again)).toEqual(['Quay survey']);
    await again.close();
  });

  it('refuses an empty or taken name and an unknown notebook, keeping the open one', async () => {
    const shelf = await NotebookShelf.open(dir());
    await shelf.api.createNotebook('Harbour');
    await expect(shelf.api.createNotebook('   ')).rejects.toThrow(/Give the new notebook a name/);
    await expect(shelf.api.createNotebook('harbour')).rejects.toThrow(/already a notebook called/);
    await expect(shelf.api.switchNotebook('case-nope')).rejects.toThrow(/no longer on this computer/);
    expect((await shelf.api.info()).notebook?.name).toBe('Harbour');
    await shelf.close();
  });

  it('finds its cases again from their folders when the list of notebooks is damaged', async () => {
    const root = dir();
    const shelf = await NotebookShelf.open(root);
    const harbour = await shelf.api.createNotebook('Harbour');
    await shelf.api.createNote({ title: 'Quay survey' });
    await shelf.close();
    writeFileSync(join(root, 'notebooks.json'), '{"notebooks": [');
    const again = await NotebookShelf.open(root);
    expect((await again.api.listNotebooks()).map((n) => n.id).sort()).toEqual([harbour.id, 'main'].sort());
    await again.api.switchNotebook(harbour.id);
    expect(await titles(again)).toEqual(['Quay survey']);
    await again.close();
  });
});
