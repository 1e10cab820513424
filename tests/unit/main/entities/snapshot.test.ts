import { describe, expect, it } from 'vitest';
import * as workbench from '../../../../src/main/entities/corrections';
import { MAX_UNDO, MAX_UNDO_SIZE } from '../../../../src/main/entities/snapshot';
import type { NotebookData } from '../../../../src/main/store/schema';
import { chipsOf, LATER, named, notebookWith, SAMPLE } from './helpers';

const base = { direction: 'ltr', format: '', indent: 0, version: 1 };
const words = (t: string) => ({ type: 'text', text: t, format: 0, detail: 0, mode: 'normal', style: '', version: 1 });

/** A long brief: `paragraphs` paragraphs of prose, each with a chip of the entity. */
function longNote(data: NotebookData, entityId: string, paragraphs: number, spacing?: number): string {
  const entity = data.entities.find((e) => e.id === entityId)!;
  const chip = { type: 'mention', version: 1, entityId, entityType: entity.type, name: entity.name, text: entity.name, format: 0, detail: 0, mode: 'segmented', style: '' };
  const children = Array.from({ length: paragraphs }, (_, i) => ({ ...base, type: 'paragraph', children: [words(`Paragraph ${i}: the harbour board met again, and `), chip, words(' spoke for the ministry at some length.')] }));
  const id = `note-${data.notes.length + 1}`;
  const stamp = new Date().toISOString();
  data.notes.push({ id, title: 'Long brief', content: JSON.stringify({ root: { ...base, type: 'root', children } }, null, spacing), createdAt: stamp, updatedAt: stamp });
  return id;
}

const size = (data: NotebookData) => JSON.stringify(data).length;
const undoSize = (data: NotebookData) => JSON.stringify(data.corrections).length;

describe('correction undo records', () => {
  it('store the change, not the notebook: 150 renames grow it by far less than 150 full snapshots', async () => {
    const data = await notebookWith(SAMPLE, LATER);
    const ishiba = named(data, 'Shigeru Ishiba');
    const note = longNote(data, ishiba.id, 400);
    const start = size(data);
    for (let i = 1; i <= 150; i++) workbench.renameEntity(data, ishiba.id, `Shigeru Ishiba ${i}`);
    const growth = size(data) - start;
    console.log(`150 renames: notebook ${start} → ${size(data)} characters (+${growth}); undo records ${undoSize(data)} for ${data.corrections.length}; note ${data.notes[0].content.length}; 150 full snapshots would be ${150 * start}`);
    expect(growth).toBeLessThan((150 * start) / 50);
    // The note alone is most of the notebook; an undo record must not copy it.
    expect(undoSize(data) / data.corrections.length).toBeLessThan(data.notes[0].content.length / 20);
    expect(data.corrections).toHaveLength(MAX_UNDO);
    expect(chipsOf(data, note)[0].name).toBe('Shigeru Ishiba 150');
  });

  it('still undo exactly, the oldest kept one included', async () => {
    const data = await notebookWith(SAMPLE, LATER);
    const ishiba = named(data, 'Shigeru Ishiba');
    longNote(data, ishiba.id, 50);
    const state = () => JSON.stringify({ notes: data.notes, articles: data.articles, entities: data.entities, rules: data.rules });
    for (let i = 1; i <= 50; i++) workbench.renameEntity(data, ishiba.id, `Shigeru Ishiba ${i}`);
    const at50 = state();
    for (let i = 51; i <= 100; i++) workbench.renameEntity(data, ishiba.id, `Shigeru Ishiba ${i}`);
    for (let i = 0; i < MAX_UNDO; i++) expect(workbench.undoLastCorrection(data)?.kind).toBe('rename');
    expect(workbench.undoLastCorrection(data)).toBeNull();
    expect(state() === at50).toBe(true);
  });

  it('keep a note’s whole text only when chips alone cannot rebuild it, and stay within their size cap', async () => {
    const data = await notebookWith(SAMPLE);
    const ishiba = named(data, 'Shigeru Ishiba');
    const note = longNote(data, ishiba.id, 2500);
    const stored = data.notes.find((n) => n.id === note)!;
    expect(stored.content.length).toBeGreaterThan(MAX_UNDO_SIZE / 4);
    for (let i = 1; i <= 12; i++) {
      // Saved since in a form (indented JSON) that chips alone cannot rebuild: the undo keeps the whole text.
      stored.content = JSON.stringify(JSON.parse(stored.content), null, 1);
      workbench.renameEntity(data, ishiba.id, `Shigeru Ishiba ${i}`);
      expect(data.corrections.at(-1)!.undo.notes[0].before).toBeDefined();
    }
    expect(data.corrections.length).toBeLessThan(12);
    expect(undoSize(data)).toBeLessThan(MAX_UNDO_SIZE + stored.content.length * 2);
    // The newest is always kept, and undoes exactly.
    workbench.undoLastCorrection(data);
    expect(chipsOf(data, note)[0].name).toBe('Shigeru Ishiba 11');
  });

  it('put back mentions a deletion removed, in their places, without copying the article’s lists', async () => {
    const data = await notebookWith(SAMPLE);
    const before = JSON.stringify(data.articles);
    workbench.deleteEntity(data, named(data, 'Shigeru Ishiba').id);
    expect(JSON.stringify(data.corrections.at(-1)!.undo.articles)).not.toContain('"all"');
    workbench.undoLastCorrection(data);
    expect(JSON.stringify(data.articles) === before).toBe(true);
  });
});
