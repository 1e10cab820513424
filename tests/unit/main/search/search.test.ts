import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../../src/main/open-notebook';
import { noteText } from '../../../../src/main/search/note-text';
import type { SearchHit } from '../../../../src/shared/model';
import { SAMPLE } from '../entities/helpers';

const dir = () => mkdtempSync(join(tmpdir(), 'dossier-search-'));
const state = (...paragraphs: string[]) =>
  JSON.stringify({
    root: { type: 'root', version: 1, children: paragraphs.map((text) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] })) },
  });
const marked = (hit: SearchHit) => hit.snippet.filter((s) => s.mark).map((s) => s.text);
const titles = (hits: SearchHit[]) => hits.map((h) => h.title);

describe('finding anything in the notebook', () => {
  it('finds a word that is only in an article’s body, and marks it in the snippet', async () => {
    const { notebook, store } = await openNotebook(dir());
    await notebook.importText({ title: 'Cabinet leans on defence', text: SAMPLE });
    await notebook.importText({ title: 'Harbour works', text: 'The harbour authority in Valparaíso ordered new cranes for the container terminal.' });
    const { articles } = await notebook.search('cranes');
    expect(titles(articles)).toEqual(['Harbour works']);
    expect(marked(articles[0])).toEqual(['cranes']);
    expect(articles[0].offset).toBe('The harbour authority in Valparaíso ordered new '.length);
    await store.close();
  });

  it('finds a word that is only in a note, by prefix and despite a typo', async () => {
    const { notebook, store } = await openNotebook(dir());
    const note = await notebook.createNote({ title: 'Brief', content: state('Watch the sanctions on shipping insurers.') });
    expect(titles((await notebook.search('sanction')).notes)).toEqual(['Brief']);
    expect(titles((await notebook.search('insurerz')).notes)).toEqual(['Brief']);
    expect(marked((await notebook.search('sanction')).notes[0])).toEqual(['sanctions']);
    // Kept up to date as the note changes, goes to the trash and comes back.
    await notebook.saveNote(note.id, { content: state('Now about tariffs.') });
    expect((await notebook.search('sanctions')).notes).toEqual([]);
    expect(titles((await notebook.search('tariffs')).notes)).toEqual(['Brief']);
    await notebook.deleteNote(note.id);
    expect((await notebook.search('tariffs')).notes).toEqual([]);
    await notebook.restoreNote(note.id);
    expect(titles((await notebook.search('tariffs')).notes)).toEqual(['Brief']);
    await store.close();
  });

  it('holds a phrase in quotes to its words in that order', async () => {
    const { notebook, store } = await openNotebook(dir());
    await notebook.importText({ title: 'One', text: 'The defence budget rose again this year.' });
    await notebook.importText({ title: 'Two', text: 'The budget for defence was cut this year.' });
    expect(titles((await notebook.search('defence budget')).articles).sort()).toEqual(['One', 'Two']);
    expect(titles((await notebook.search('"defence budget"')).articles)).toEqual(['One']);
    expect(marked((await notebook.search('"defence budget"')).articles[0])).toEqual(['defence budget']);
    await store.close();
  });

  it('finds entities by name and alias, and follows a rename', async () => {
    const { notebook, store } = await openNotebook(dir());
    await notebook.importText({ title: 'Cabinet', text: SAMPLE });
    const { entities } = await notebook.search('Ishiba');
    expect(entities[0]).toMatchObject({ title: 'Shigeru Ishiba', detail: 'PERSON' });
    await notebook.renameEntity(entities[0].id, 'Prime Minister Ishiba Shigeru');
    expect(titles((await notebook.search('Prime Minister Ishiba')).entities)).toContain('Prime Minister Ishiba Shigeru');
    await store.close();
  });

  it('keeps markup in the text as text: a snippet is words, never HTML', async () => {
    const { notebook, store } = await openNotebook(dir());
    await notebook.importText({ title: 'Hostile', text: 'A page said <img src=x onerror=alert(1)> about the embargo.' });
    const [hit] = (await notebook.search('embargo')).articles;
    expect(hit.snippet.map((s) => s.text).join('')).toContain('<img src=x onerror=alert(1)>');
    await store.close();
  });

  it('saves its index beside the notebook, reads it at the next open, and catches up on what changed without it', async () => {
    const d = dir();
    const first = await openNotebook(d);
    await first.notebook.importText({ title: 'Harbour works', text: 'New cranes for the container terminal.' });
    await first.notebook.search('cranes');
    await first.store.close();
    const file = join(d, 'search-index.json.gz');
    expect(existsSync(file)).toBe(true);
    const written = statSync(file).mtimeMs;

    // A command that never searched (as the CLI's import) changes the notebook without the index.
    const cli = await openNotebook(d);
    await cli.notebook.importText({ title: 'Grain', text: 'Wheat exports through the strait resumed.' });
    await cli.store.close();
    expect(statSync(file).mtimeMs).toBe(written);

    const again = await openNotebook(d);
    expect(titles((await again.notebook.search('cranes')).articles)).toEqual(['Harbour works']);
    expect(titles((await again.notebook.search('wheat')).articles)).toEqual(['Grain']);
    await again.store.close();
  });

  it('reads a note’s words from its saved editor state, mention chips and citations included', () => {
    const content = JSON.stringify({
      root: {
        type: 'root',
        children: [
          { type: 'heading', children: [{ type: 'text', text: 'Outlook' }] },
          { type: 'paragraph', children: [{ type: 'mention', text: 'Shigeru Ishiba' }, { type: 'text', text: ' spoke.' }] },
          { type: 'citation', anchor: { exact: 'We will act' }, children: [] },
        ],
      },
    });
    expect(noteText(content)).toBe('Outlook\nShigeru Ishiba spoke.\nWe will act');
    expect(noteText('not json')).toBe('');
  });
});
