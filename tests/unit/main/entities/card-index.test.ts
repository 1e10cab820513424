import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityCard } from '../../../../src/main/entities/card';
import { openNotebook } from '../../../../src/main/open-notebook';
import { LATER, SAMPLE } from './helpers';

describe("an entity's card read from the index of the articles naming it", () => {
  it('is the card a scan of every article gives, through imports, trash, corrections and undo', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-card-index-')));
    const same = async () => {
      for (const entity of store.data.entities) expect(await notebook.getEntityCard(entity.id)).toEqual(entityCard(store.data, entity.id));
    };
    const { article: first } = await notebook.importText({ title: 'Cabinet', text: SAMPLE });
    const { article: later } = await notebook.importText({ title: 'Later', text: LATER });
    await notebook.importText({ title: 'Again', text: `${SAMPLE}\n\nA later edition.` });
    await same();

    await notebook.trashArticle(later.id);
    await same();
    await notebook.restoreArticle(later.id);
    const names = (name: string) => store.data.entities.find((e) => e.name === name)!;
    await notebook.mergeEntities(names('Shigeru Ishiba').id, [names('Gen Nakatani').id]);
    await same();
    // The merged-away id still opens the card it went into.
    await notebook.renameEntity(names('Tokyo').id, 'Tōkyō');
    await notebook.retypeEntity(names('Liberal Democratic Party').id, 'PLACE');
    await same();
    await notebook.undoCorrection();
    await notebook.undoCorrection();
    await notebook.undoCorrection();
    await same();
    await notebook.trashArticle(first.id);
    await notebook.emptyTrash();
    await same();
    await store.close();
  });
});
