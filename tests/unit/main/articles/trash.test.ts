import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listScope } from '../../../../src/main/entities/scope';
import { openNotebook } from '../../../../src/main/open-notebook';
import { LATER, SAMPLE } from '../entities/helpers';

describe('articles in the trash', () => {
  it('leave the library, the entities and search, and come back whole on restore', async () => {
    const d = mkdtempSync(join(tmpdir(), 'dossier-trash-'));
    const { notebook, store } = await openNotebook(d);
    const { article: first } = await notebook.importText({ title: 'Cabinet', text: SAMPLE });
    const { article: later } = await notebook.importText({ title: 'Later', text: `${LATER} The harbour cranes at Kobe were idle.` });
    const names = async () => (await notebook.listEntities()).map((e) => e.name);
    const before = await notebook.listEntities();
    expect(before.map((e) => e.name)).toContain('Gen Nakatani');

    await notebook.trashArticle(later.id);
    expect((await notebook.listArticles()).map((a) => a.title)).toEqual(['Cabinet']);
    expect((await notebook.listTrashedArticles()).map((a) => a.title)).toEqual(['Later']);
    expect((await notebook.search('cranes')).articles).toEqual([]);
    // Its evidence is gone: an entity it alone named disappears; shared ones count only what is left.
    expect(await names()).not.toContain('Osaka');
    expect(await notebook.listEntities()).toEqual(listScope(store.data));
    const ishiba = (await notebook.listEntities()).find((e) => e.name === 'Shigeru Ishiba');
    expect(ishiba?.mentionCount).toBeLessThan(before.find((e) => e.name === 'Shigeru Ishiba')?.mentionCount ?? 0);
    expect((await notebook.getEntityCard(ishiba!.id)).mentions.every((m) => m.articleId === first.id)).toBe(true);
    // The reader can still open it (a citation may point at it), marked as in the trash.
    expect((await notebook.getArticle(later.id)).trashedAt).toBeDefined();
    await store.close();

    const again = await openNotebook(d);
    expect((await again.notebook.listTrashedArticles()).map((a) => a.title)).toEqual(['Later']);
    await again.notebook.restoreArticle(later.id);
    expect((await again.notebook.listEntities()).map((e) => [e.name, e.mentionCount])).toEqual(before.map((e) => [e.name, e.mentionCount]));
    expect((await again.notebook.search('cranes')).articles.map((a) => a.title)).toEqual(['Later']);
    await again.store.close();
  });

  it('are deleted for good, with the trashed notes, when the trash is emptied', async () => {
    const d = mkdtempSync(join(tmpdir(), 'dossier-trash-'));
    const { notebook, store } = await openNotebook(d);
    const { article } = await notebook.importText({ title: 'Later', text: LATER });
    const note = await notebook.createNote({ title: 'Old brief' });
    await notebook.createNote({ title: 'Kept brief' });
    await notebook.trashArticle(article.id);
    // The same text again is the trashed article, said to be in the trash, not a second copy.
    const imported = await notebook.importText({ title: 'Later again', text: LATER });
    expect(imported).toMatchObject({ duplicateOf: article.id, article: { trashedAt: expect.any(String) } });
    await notebook.deleteNote(note.id);
    expect(await notebook.emptyTrash()).toEqual({ notes: 1, articles: 1 });
    expect(await notebook.listTrashedArticles()).toEqual([]);
    expect(await notebook.listTrash()).toEqual([]);
    await store.close();
    const again = await openNotebook(d);
    expect((await again.notebook.listNotes()).map((n) => n.title)).toEqual(['Kept brief']);
    expect(again.store.data.articles).toEqual([]);
    await expect(again.notebook.getArticle(article.id)).rejects.toThrow(/no longer in the notebook/);
    await again.store.close();
  });
});
