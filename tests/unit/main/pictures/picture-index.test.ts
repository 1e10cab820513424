import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openNotebook } from '../../../../src/main/open-notebook';
import { getGraph, getTimeline } from '../../../../src/main/pictures';
import { LATER, SAMPLE } from '../entities/helpers';

const THIRD = `Ishiba calls snap election

Prime Minister Shigeru Ishiba said on October 1 that he would dissolve the lower house. He won the Liberal Democratic Party leadership on September 27, beating Sanae Takaichi. On October 2, Foreign Minister Takeshi Iwaya met Antony Blinken in Tokyo.
Gen Nakatani and Shigeru Ishiba met again in Tokyo on October 4. Takeshi Iwaya was there.`;

const ALL_KINDS = { types: ['PERSON', 'ORGANIZATION', 'PLACE', 'TERM'] as const, maxNodes: 500, maxEdges: 5000 };

describe('the pictures, drawn from an index kept on import and correction', () => {
  it('always draws what a full scan of the articles draws, through imports, trash, corrections and undo', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-pictures-')));
    const same = async () => {
      expect(await notebook.getGraph({ ...ALL_KINDS, types: [...ALL_KINDS.types] })).toEqual(getGraph(store.data, { ...ALL_KINDS, types: [...ALL_KINDS.types] }));
      expect(await notebook.getGraph()).toEqual(getGraph(store.data));
      expect(await notebook.getTimeline()).toEqual(getTimeline(store.data));
      expect(await notebook.getTimeline({ limit: 2 })).toEqual(getTimeline(store.data, { limit: 2 }));
    };

    await same(); // an empty notebook
    const first = await notebook.importText({ title: 'Cabinet', text: SAMPLE, publishedAt: '2024-10-01' });
    await same();
    await notebook.importText({ title: 'Later', text: LATER, publishedAt: '2024-10-04' });
    await notebook.importText({ title: 'Snap', text: THIRD, publishedAt: '2024-10-03' });
    await same();

    await notebook.trashArticle(first.article.id);
    await same();
    await notebook.restoreArticle(first.article.id);
    await same();

    const people = (await notebook.listEntities()).filter((e) => e.type === 'PERSON').sort((a, b) => b.mentionCount - a.mentionCount);
    await notebook.mergeEntities(people[0].id, [people[1].id]);
    await same();
    await notebook.renameEntity(people[0].id, 'Someone Renamed');
    await same();
    await notebook.retypeEntity(people[2].id, 'ORGANIZATION');
    await same();
    await notebook.ignoreEntity(people[3].id);
    await same();
    for (let i = 0; i < 4; i++) {
      await notebook.undoCorrection();
      await same();
    }
    await store.close();
  });

  it('builds its index in the background and draws the same, even when the notebook changes or a picture is asked for while it builds', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dossier-pictures-'));
    const opened = await openNotebook(dir);
    const first = await opened.notebook.importText({ title: 'Snap', text: THIRD, publishedAt: '2024-10-03' });
    // More articles than one slice of the background build.
    for (let i = 0; i < 60; i++) await opened.notebook.importText({ title: `Cabinet ${i}`, text: i % 2 ? SAMPLE : LATER, publishedAt: '2024-10-01' });
    await opened.notebook.warmPictures();
    expect(await opened.notebook.getGraph()).toEqual(getGraph(opened.store.data));
    await opened.store.close();

    // A change between two slices stops the build; the next picture builds the index whole.
    const changed = await openNotebook(dir);
    const warming = changed.notebook.warmPictures();
    await new Promise((next) => setImmediate(next));
    await changed.notebook.trashArticle(first.article.id);
    await warming;
    expect(await changed.notebook.getGraph()).toEqual(getGraph(changed.store.data));
    expect(await changed.notebook.getTimeline()).toEqual(getTimeline(changed.store.data));
    await changed.store.close();

    // A picture asked for between two slices builds the rest at once.
    const asked = await openNotebook(dir);
    const building = asked.notebook.warmPictures();
    await new Promise((next) => setImmediate(next));
    expect(await asked.notebook.getTimeline()).toEqual(getTimeline(asked.store.data));
    await building;
    expect(await asked.notebook.getGraph()).toEqual(getGraph(asked.store.data));
    await asked.store.close();
  });

  it('shows a correction at once: a merged name is one node, a renamed one carries its new name', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-pictures-')));
    await notebook.importText({ title: 'Snap', text: THIRD, publishedAt: '2024-10-03' });
    const before = await notebook.getGraph();
    const ishiba = before.nodes.find((n) => n.name === 'Shigeru Ishiba')!;
    const iwaya = before.nodes.find((n) => n.name === 'Takeshi Iwaya')!;
    await notebook.mergeEntities(ishiba.id, [iwaya.id]);
    const merged = await notebook.getGraph();
    expect(merged.nodes.map((n) => n.name)).not.toContain('Takeshi Iwaya');
    expect(merged.nodes.find((n) => n.id === ishiba.id)?.mentions).toBe(ishiba.mentions + iwaya.mentions);
    await notebook.renameEntity(ishiba.id, 'Ishiba and Iwaya');
    expect((await notebook.getGraph()).nodes.map((n) => n.name)).toContain('Ishiba and Iwaya');
    expect((await notebook.getTimeline()).events.flatMap((e) => e.entities.map((x) => x.name))).toContain('Ishiba and Iwaya');
    await store.close();
  });

  it('gives sentences to the strongest edges only when asked, and those of one link on request', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-pictures-')));
    await notebook.importText({ title: 'Snap', text: THIRD, publishedAt: '2024-10-03' });
    await notebook.importText({ title: 'Later', text: LATER, publishedAt: '2024-10-04' });
    const full = await notebook.getGraph();
    const lean = await notebook.getGraph({ evidence: 1 });
    expect(lean.edges.map((e) => [e.source, e.target, e.weight])).toEqual(full.edges.map((e) => [e.source, e.target, e.weight]));
    expect(lean.edges[0].evidence).toEqual(full.edges[0].evidence);
    expect(lean.edges.slice(1).every((e) => e.evidence.length === 0)).toBe(true);
    const last = full.edges.at(-1)!;
    const one = await notebook.getGraph({ link: { source: last.source, target: last.target } });
    expect(one.edges).toEqual([last]);
    expect(one.nodes.map((n) => n.id).sort()).toEqual([last.source, last.target].sort());
    expect((await notebook.getGraph({ link: { source: last.source, target: 'no-such-entity' } })).edges).toEqual([]);
    await store.close();
  });

  it('links names sharing a paragraph when asked, with the paragraph as evidence', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-pictures-')));
    await notebook.importText({ title: 'Snap', text: THIRD, publishedAt: '2024-10-03' });
    const bySentence = await notebook.getGraph({ types: ['PERSON'] });
    const byParagraph = await notebook.getGraph({ types: ['PERSON'], level: 'paragraph' });
    const pair = (g: typeof bySentence, a: string, b: string) => {
      const ids = new Map(g.nodes.map((n) => [n.name, n.id]));
      return g.edges.find((e) => [e.source, e.target].sort().join() === [ids.get(a), ids.get(b)].sort().join());
    };
    // Named in different sentences of one paragraph: linked only at paragraph level.
    expect(pair(bySentence, 'Shigeru Ishiba', 'Sanae Takaichi')).toBeUndefined();
    const link = pair(byParagraph, 'Shigeru Ishiba', 'Sanae Takaichi');
    expect(link?.weight).toBe(1);
    expect(link?.evidence[0].sentence).toContain('October 1');
    expect(link?.evidence[0].sentence).toContain('Sanae Takaichi');
    await store.close();
  });
});
