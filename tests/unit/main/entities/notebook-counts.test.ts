import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listScope } from '../../../../src/main/entities/scope';
import { openNotebook } from '../../../../src/main/open-notebook';
import { LATER, SAMPLE } from './helpers';

describe('the notebook-wide entity list, kept from counts', () => {
  it('always equals a full scan, through imports, corrections, undo and a failed save', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-counts-')));
    const scanned = () => listScope(store.data);
    const same = async () => expect(await notebook.listEntities()).toEqual(scanned());

    await notebook.importText({ title: 'Cabinet', text: SAMPLE });
    await same();
    await notebook.importText({ title: 'Later', text: LATER });
    await same();
    const people = (await notebook.listEntities()).filter((e) => e.type === 'PERSON');
    await notebook.mergeEntities(people[0].id, [people[1].id]);
    await same();
    await notebook.renameEntity(people[0].id, 'Someone Renamed');
    await same();
    await notebook.deleteEntity(people[2].id);
    await same();
    await notebook.undoCorrection();
    await same();
    await notebook.undoCorrection();
    await notebook.undoCorrection();
    await same();

    const save = store.save;
    store.save = async () => {
      throw new Error('The disk is full');
    };
    await expect(notebook.importText({ title: 'Third', text: `${LATER} Once more, in Kyoto.` })).rejects.toThrow();
    await expect(notebook.mergeEntities(people[0].id, [people[3].id])).rejects.toThrow();
    store.save = save;
    await same();
    await store.close();
  });

  it('hands out the same list until something changes', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-counts-')));
    await notebook.importText({ title: 'Cabinet', text: SAMPLE });
    const first = await notebook.listEntities();
    expect(await notebook.listEntities()).toBe(first);
    await notebook.importText({ title: 'Later', text: LATER });
    expect(await notebook.listEntities()).not.toBe(first);
    await store.close();
  });
});
