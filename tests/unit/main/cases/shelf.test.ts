import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookShelf } from '../../../../src/main/cases/shelf';
import { openNotebook } from '../../../../src/main/open-notebook';
import { LATER, SAMPLE } from '../entities/helpers';

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

describe('moving a note or an article to another notebook', () => {
  it('adds it there, then removes it here, with its evidence following it', async () => {
    const root = dir();
    const shelf = await NotebookShelf.open(root);
    const note = await shelf.api.createNote({ title: 'Ishiba brief', content: '{"root":{"children":[]}}' });
    await shelf.api.createNote({ title: 'Stays here' });
    const { article } = await shelf.api.importText({ title: 'Later', text: `${LATER} The harbour cranes at Kobe were idle.` });
    await shelf.api.importText({ title: 'Cabinet', text: SAMPLE });
    const harbour = await shelf.api.createNotebook('Harbour');
    await shelf.api.switchNotebook('main');
    expect((await shelf.api.listEntities()).map((e) => e.name)).toContain('Osaka');

    const movedNote = await shelf.api.moveToNotebook({ kind: 'note', id: note.id }, harbour.id);
    expect(movedNote).toMatchObject({ kind: 'note', notebook: { id: harbour.id, name: 'Harbour' } });
    expect(await titles(shelf)).toEqual(['Stays here']);
    expect(existsSync(join(root, 'notes', `${note.id}.json`))).toBe(false);
    const movedArticle = await shelf.api.moveToNotebook({ kind: 'article', id: article.id }, harbour.id);
    expect(movedArticle.alreadyThere).toBeUndefined();
    expect((await shelf.api.listArticles()).map((a) => a.title)).toEqual(['Cabinet']);
    expect((await shelf.api.listEntities()).map((e) => e.name)).not.toContain('Osaka'); // its evidence left with it
    expect((await shelf.api.search('cranes')).articles).toEqual([]);
    expect(existsSync(join(root, 'cases', harbour.id, 'notebook.json.lock'))).toBe(false); // that notebook was let go

    await shelf.api.switchNotebook(harbour.id);
    const there = await shelf.api.listNotes();
    expect(there.map((n) => n.title)).toEqual(['Ishiba brief']);
    expect((await shelf.api.getNote(there[0].id)).content).toBe('{"root":{"children":[]}}');
    expect((await shelf.api.listArticles()).map((a) => a.title)).toEqual(['Later']);
    expect((await shelf.api.listEntities()).map((e) => e.name)).toContain('Osaka');
    expect((await shelf.api.search('cranes')).articles.map((a) => a.id)).toEqual([movedArticle.id]);
    await shelf.close();
  });

  it('an article that notebook has already leaves this one all the same, and nothing moves on a refusal', async () => {
    const shelf = await NotebookShelf.open(dir());
    const harbour = await shelf.api.createNotebook('Harbour');
    await shelf.api.importText({ title: 'Cabinet', text: SAMPLE });
    await shelf.api.switchNotebook('main');
    const { article } = await shelf.api.importText({ title: 'Cabinet', text: SAMPLE });
    const note = await shelf.api.createNote({ title: 'Kept' });

    await expect(shelf.api.moveToNotebook({ kind: 'note', id: note.id }, 'main')).rejects.toThrow(/already in “My notebook”/);
    await expect(shelf.api.moveToNotebook({ kind: 'note', id: note.id }, 'case-gone')).rejects.toThrow(/no longer on this computer/);
    await expect(shelf.api.moveToNotebook({ kind: 'note', id: 'nope' }, harbour.id)).rejects.toThrow(/no longer exists/);
    await expect(shelf.api.moveToNotebook({ kind: 'article', id: 'nope' }, harbour.id)).rejects.toThrow(/no longer in the notebook/);
    expect(await titles(shelf)).toEqual(['Kept']);

    const moved = await shelf.api.moveToNotebook({ kind: 'article', id: article.id }, harbour.id);
    expect(moved.alreadyThere).toBe(true);
    expect(await shelf.api.listArticles()).toEqual([]);
    await shelf.api.switchNotebook(harbour.id);
    expect((await shelf.api.listArticles()).map((a) => a.title)).toEqual(['Cabinet']);
    await shelf.close();
  });

  it('a notebook opened on its own (--data) says it holds no other cases', async () => {
    const { notebook, store } = await openNotebook(dir());
    const note = await notebook.createNote({ title: 'Alone' });
    await expect(notebook.moveToNotebook()).rejects.toThrow(/opened on its own/);
    expect((await notebook.listNotes()).map((n) => n.id)).toEqual([note.id]);
    await store.close();
  });
});
