import { describe, expect, it } from 'vitest';
import * as workbench from '../../../../src/main/entities/corrections';
import { findEntity } from '../../../../src/main/entities/resolve';
import { isDossierError } from '../../../../src/shared/errors';
import { chipsOf, has, importInto, LATER, mentionsOf, named, noteMentioning, notebookWith, SAMPLE } from './helpers';

const LATER_BEIJING = `${LATER} Beijing protested the visit.`;

describe('entity corrections', () => {
  it('renames an entity, keeps the old name as an alias, and the note chips follow', async () => {
    const data = await notebookWith(SAMPLE);
    const song = named(data, 'Song Xuewen');
    const note = noteMentioning(data, song);
    workbench.renameEntity(data, song.id, 'Song Hsueh-wen');
    expect(song.name).toBe('Song Hsueh-wen');
    expect(song.aliases).toContain('Song Xuewen');
    expect(chipsOf(data, note)[0]).toMatchObject({ entityId: song.id, name: 'Song Hsueh-wen', text: 'Song Hsueh-wen' });
    expect(data.corrections.at(-1)?.label).toBe('Renamed “Song Xuewen” to “Song Hsueh-wen”');
  });

  it('merges entities: mentions, aliases, posts, quotes and note chips follow, and the old id still resolves', async () => {
    const data = await notebookWith(SAMPLE);
    const china = named(data, 'China');
    const beijing = named(data, 'Beijing');
    const total = mentionsOf(data, china.id) + mentionsOf(data, beijing.id);
    const note = noteMentioning(data, beijing);
    workbench.mergeEntities(data, china.id, [beijing.id]);
    expect(has(data, 'Beijing')).toBe(false);
    expect(china.aliases).toContain('Beijing');
    expect(mentionsOf(data, china.id)).toBe(total);
    expect(chipsOf(data, note)[0]).toMatchObject({ entityId: china.id, name: 'China' });
    expect(findEntity(data, beijing.id)?.id).toBe(china.id);

    const song = named(data, 'Song Xuewen');
    const ishiba = named(data, 'Shigeru Ishiba');
    workbench.mergeEntities(data, ishiba.id, [song.id]);
    const quotes = data.articles[0].quotes.filter((q) => q.speakerEntityId === ishiba.id);
    expect(quotes.map((q) => q.speaker)).toEqual(['Shigeru Ishiba', 'Shigeru Ishiba', 'Shigeru Ishiba']);
    expect(ishiba.roles.map((r) => r.title)).toContain('founding director');
  });

  it('merges two names that cover the same words into one mention, so no sentence is listed or counted twice', async () => {
    const data = await notebookWith(SAMPLE);
    const article = data.articles[0];
    const asian = named(data, 'Asian NATO');
    const own = article.mentions.find((m) => m.entityId === asian.id)!;
    // The extractor read the acronym inside the term as an organisation of its own.
    const nato = { id: 'nato', key: 'ORGANIZATION:nato', type: 'ORGANIZATION' as const, name: 'NATO', aliases: [], roles: [] };
    data.entities.push(nato);
    article.mentions.push({ start: own.end - 4, end: own.end, entityId: nato.id });
    workbench.mergeEntities(data, asian.id, [nato.id]);
    expect(article.mentions.filter((m) => m.entityId === asian.id)).toEqual([own]);
    const card = workbench.entityCard(data, asian.id);
    expect(card.mentionCount).toBe(1);
    expect(card.mentions).toHaveLength(1);
    expect(workbench.undoLastCorrection(data)?.kind).toBe('merge');
    expect(article.mentions.filter((m) => m.entityId === nato.id)).toHaveLength(1);
  });

  it('splits an alias back out with the mentions and quotes that used it', async () => {
    const data = await notebookWith(SAMPLE);
    const ishiba = named(data, 'Shigeru Ishiba');
    const split = workbench.splitAlias(data, ishiba.id, 'ishiba');
    expect(split.name).toBe('Ishiba');
    expect(ishiba.aliases).not.toContain('Ishiba');
    expect(mentionsOf(data, split.id)).toBe(2);
    expect(mentionsOf(data, ishiba.id)).toBe(1);
    expect(data.articles[0].quotes.filter((q) => q.speakerEntityId === split.id).length).toBeGreaterThan(0);
  });

  it('changes an entity’s type, and the note chips show the new type', async () => {
    const data = await notebookWith(LATER);
    const tepco = named(data, 'Tokyo Electric');
    const note = noteMentioning(data, tepco);
    workbench.retypeEntity(data, tepco.id, 'ORGANIZATION');
    expect(tepco.type).toBe('ORGANIZATION');
    expect(tepco.key).toBe('ORGANIZATION:tokyo electric');
    expect(chipsOf(data, note)[0].entityType).toBe('ORGANIZATION');
  });

  it('deletes an entity with its mentions, and remembers no rule', async () => {
    const data = await notebookWith(SAMPLE);
    const wire = named(data, 'Dossier Wire');
    workbench.deleteEntity(data, wire.id);
    expect(has(data, 'Dossier Wire')).toBe(false);
    expect(mentionsOf(data, wire.id)).toBe(0);
    expect(data.rules).toEqual([]);
  });

  it('marks “not an entity”: the entity goes and the name is remembered', async () => {
    const data = await notebookWith(SAMPLE);
    workbench.ignoreEntity(data, named(data, 'Dossier Wire').id);
    expect(has(data, 'Dossier Wire')).toBe(false);
    expect(data.rules).toEqual([{ kind: 'ignore', name: 'Dossier Wire' }]);
  });

  it('refuses corrections that cannot be made, saying what to do', async () => {
    const data = await notebookWith(SAMPLE);
    const china = named(data, 'China');
    const attempts: Array<[() => unknown, string, RegExp]> = [
      [() => workbench.renameEntity(data, china.id, '  '), 'invalid-input', /Type the new name/],
      [() => workbench.renameEntity(data, china.id, 'beijing'), 'invalid-input', /Merge “China” into it/],
      [() => workbench.mergeEntities(data, china.id, [china.id]), 'invalid-input', /at least one other/],
      [() => workbench.splitAlias(data, china.id, 'PRC'), 'invalid-input', /not another name of “China”/],
      [() => workbench.retypeEntity(data, china.id, 'THING' as never), 'invalid-input', /Use one of: PERSON/],
      [() => workbench.deleteEntity(data, 'no-such-id'), 'not-found', /Refresh the entity list/],
    ];
    for (const [attempt, code, message] of attempts) {
      let caught: unknown;
      try {
        attempt();
      } catch (error) {
        caught = error;
      }
      expect(isDossierError(caught) && caught.code).toBe(code);
      expect((caught as Error).message).toMatch(message);
    }
    expect(data.corrections).toEqual([]);
  });
});

describe('undo', () => {
  const corrections: Array<[string, (d: Awaited<ReturnType<typeof notebookWith>>) => void]> = [
    ['rename', (d) => workbench.renameEntity(d, named(d, 'Song Xuewen').id, 'Song Hsueh-wen')],
    ['merge', (d) => workbench.mergeEntities(d, named(d, 'China').id, [named(d, 'Beijing').id, named(d, 'Washington').id])],
    ['split', (d) => workbench.splitAlias(d, named(d, 'Shigeru Ishiba').id, 'Ishiba')],
    ['retype', (d) => workbench.retypeEntity(d, named(d, 'Dossier Wire').id, 'PLACE')],
    ['delete', (d) => workbench.deleteEntity(d, named(d, 'Shigeru Ishiba').id)],
    ['ignore', (d) => workbench.ignoreEntity(d, named(d, 'Song Xuewen').id)],
  ];
  for (const [kind, correct] of corrections) {
    it(`puts the notebook back exactly after a ${kind}`, async () => {
      const data = await notebookWith(SAMPLE, LATER_BEIJING);
      for (const e of data.entities.slice(0, 6)) noteMentioning(data, e);
      const before = structuredClone(data);
      correct(data);
      expect(data).not.toEqual(before);
      expect(workbench.undoLastCorrection(data)?.kind).toBe(kind);
      expect(data).toEqual(before);
    });
  }

  it('undoes the newest correction first, and answers null when there is none', async () => {
    const data = await notebookWith(SAMPLE);
    workbench.renameEntity(data, named(data, 'Song Xuewen').id, 'Song Hsueh-wen');
    workbench.mergeEntities(data, named(data, 'China').id, [named(data, 'Beijing').id]);
    expect(workbench.undoLastCorrection(data)?.kind).toBe('merge');
    expect(has(data, 'Beijing')).toBe(true);
    expect(has(data, 'Song Hsueh-wen')).toBe(true);
    expect(workbench.undoLastCorrection(data)?.kind).toBe('rename');
    expect(workbench.undoLastCorrection(data)).toBeNull();
  });

  it('leaves a note alone that was edited after the correction', async () => {
    const data = await notebookWith(SAMPLE);
    const note = noteMentioning(data, named(data, 'Beijing'));
    workbench.mergeEntities(data, named(data, 'China').id, [named(data, 'Beijing').id]);
    const edited = data.notes[0].content.replace('See ', 'Compare ');
    data.notes[0].content = edited;
    workbench.undoLastCorrection(data);
    expect(data.notes.find((n) => n.id === note)?.content).toBe(edited);
  });
});

describe('rules on a later import', () => {
  it('a renamed entity keeps its new name', async () => {
    const data = await notebookWith(SAMPLE);
    const song = named(data, 'Song Xuewen');
    workbench.renameEntity(data, song.id, 'Song Hsueh-wen');
    const later = await importInto(data, LATER);
    expect(has(data, 'Song Xuewen')).toBe(false);
    expect(data.articles.find((a) => a.id === later)?.mentions.filter((m) => m.entityId === song.id).length).toBe(1);
  });

  it('a merged alias is merged again when the merge was for later imports too', async () => {
    const data = await notebookWith(SAMPLE);
    const china = named(data, 'China');
    workbench.mergeEntities(data, china.id, [named(data, 'Beijing').id], { laterImports: true });
    const later = await importInto(data, LATER_BEIJING);
    expect(has(data, 'Beijing')).toBe(false);
    expect(data.articles.find((a) => a.id === later)?.mentions.some((m) => m.entityId === china.id)).toBe(true);
  });

  it('a merge kept to the articles so far leaves a later import’s name its own entity', async () => {
    const data = await notebookWith(SAMPLE);
    const china = named(data, 'China');
    const beijing = named(data, 'Beijing');
    workbench.mergeEntities(data, china.id, [beijing.id]);
    expect(china.aliases).toContain('Beijing');
    const later = await importInto(data, LATER_BEIJING);
    const article = data.articles.find((a) => a.id === later)!;
    const fresh = named(data, 'Beijing');
    expect(fresh.id).not.toBe(china.id);
    expect(article.mentions.filter((m) => m.entityId === fresh.id).map((m) => article.text.slice(m.start, m.end))).toEqual(['Beijing']);
    // The first article's Beijing stays in China, and a chip of the old id still finds China.
    expect(findEntity(data, beijing.id)?.id).toBe(china.id);
    expect(data.articles[0].mentions.some((m) => m.entityId === china.id && data.articles[0].text.slice(m.start, m.end) === 'Beijing')).toBe(true);
  });

  it('an ignored name stays ignored', async () => {
    const data = await notebookWith(SAMPLE);
    workbench.ignoreEntity(data, named(data, 'Dossier Wire').id);
    await importInto(data, LATER);
    expect(has(data, 'Dossier Wire')).toBe(false);
  });

  it('a retyped name keeps its type and its id across articles', async () => {
    const data = await notebookWith(SAMPLE);
    const wire = named(data, 'Dossier Wire');
    const from = wire.type;
    workbench.retypeEntity(data, wire.id, from === 'ORGANIZATION' ? 'TERM' : 'ORGANIZATION');
    await importInto(data, LATER);
    expect(data.entities.filter((e) => e.name === 'Dossier Wire').map((e) => e.id)).toEqual([wire.id]);
    expect(mentionsOf(data, wire.id)).toBe(2);
  });

  it('a retyped place keeps its type', async () => {
    const data = await notebookWith(LATER);
    const tepco = named(data, 'Tokyo Electric');
    workbench.retypeEntity(data, tepco.id, 'ORGANIZATION');
    await importInto(data, 'Power cut\n\nTokyo Electric said on Monday that Tokyo Electric would restore power.');
    expect(data.entities.filter((e) => e.name === 'Tokyo Electric').map((e) => [e.id, e.type])).toEqual([[tepco.id, 'ORGANIZATION']]);
    expect(mentionsOf(data, tepco.id)).toBeGreaterThan(1);
  });

  it('a split alias stays apart', async () => {
    const data = await notebookWith(SAMPLE);
    const split = workbench.splitAlias(data, named(data, 'Shigeru Ishiba').id, 'Ishiba');
    const later = await importInto(data, LATER);
    const article = data.articles.find((a) => a.id === later)!;
    expect(article.mentions.filter((m) => m.entityId === split.id).map((m) => article.text.slice(m.start, m.end))).toEqual(['Ishiba']);
    expect(named(data, 'Shigeru Ishiba').aliases).not.toContain('Ishiba');
  });

  it('an undone correction no longer applies', async () => {
    const data = await notebookWith(SAMPLE);
    workbench.ignoreEntity(data, named(data, 'Dossier Wire').id);
    workbench.undoLastCorrection(data);
    await importInto(data, LATER);
    expect(data.rules).toEqual([]);
    expect(has(data, 'Dossier Wire')).toBe(true);
  });
});
