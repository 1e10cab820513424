import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../../src/main/open-notebook';
import { ChangeLog } from '../../../../src/main/store/change-log';
import { LATER, SAMPLE } from '../entities/helpers';

describe('what changed since a revision', () => {
  it('sends the notes and articles a window must apply, and says when entities changed', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-feed-')));
    const start = await notebook.changesSince(-1);
    expect(start).toMatchObject({ reset: true, revision: 0 });

    const note = await notebook.createNote({ title: 'Harbour brief' });
    const { article } = await notebook.importText({ title: 'Cabinet', text: SAMPLE });
    let feed = await notebook.changesSince(start.revision);
    expect(feed).toMatchObject({ reset: false, notes: [{ id: note.id, title: 'Harbour brief' }], articles: [{ id: article.id, title: 'Cabinet' }], removedNotes: [], removedArticles: [], entities: true });

    // A note save: that note only, entities untouched; the window state changes nothing it lists.
    const before = feed.revision;
    await notebook.saveNote(note.id, { title: 'Harbour brief, v2' });
    await notebook.setUiState({ layout: { library: 300 } } as never);
    feed = await notebook.changesSince(before);
    expect(feed).toMatchObject({ notes: [{ title: 'Harbour brief, v2' }], articles: [], entities: false });
    expect((await notebook.changesSince(feed.revision)).notes).toEqual([]);

    // To the trash (sent with trashedAt), then deleted for good (sent as removed).
    const { article: later } = await notebook.importText({ title: 'Later', text: LATER });
    const mark = (await notebook.changesSince(-1)).revision;
    await notebook.trashArticle(later.id);
    await notebook.deleteNote(note.id);
    feed = await notebook.changesSince(mark);
    expect(feed.articles).toMatchObject([{ id: later.id, trashedAt: expect.any(String) }]);
    expect(feed.notes).toMatchObject([{ id: note.id, trashedAt: expect.any(String) }]);
    await notebook.emptyTrash();
    feed = await notebook.changesSince(mark);
    expect(feed).toMatchObject({ notes: [], articles: [], removedNotes: [note.id], removedArticles: [later.id], entities: true });

    // A correction changes entities, not lists; a refused one is sent again as it now is.
    const ishiba = store.data.entities.find((e) => e.name === 'Shigeru Ishiba')!;
    const mark2 = (await notebook.changesSince(-1)).revision;
    await notebook.renameEntity(ishiba.id, 'Ishiba Shigeru');
    expect((await notebook.changesSince(mark2)).entities).toBe(true);
    await store.close();
  });

  it('asks for everything again when the log does not reach back, or a change touched everything', () => {
    const log = new ChangeLog();
    for (let i = 0; i < 1_005; i++) log.record({ notes: [`n${i}`] });
    expect(log.since(1).reset).toBe(true); // older than the kept changes
    expect(log.since(1_000)).toMatchObject({ reset: false, notes: new Set(['n1000', 'n1001', 'n1002', 'n1003', 'n1004']) });
    log.record({ all: true });
    expect(log.since(1_004).reset).toBe(true);
    expect(log.since(99_999).reset).toBe(true); // a revision from another run
    expect(log.since(log.revision)).toMatchObject({ reset: false, entities: false });
  });
});
