import { describe, expect, it } from 'vitest';
import * as workbench from '../../../../src/main/entities/corrections';
import { listScope } from '../../../../src/main/entities/scope';
import { importInto, LATER, named, noteMentioning, notebookWith, SAMPLE } from './helpers';

describe('entity scopes', () => {
  it('lists an article’s entities, a note’s, or the whole notebook’s', async () => {
    const data = await notebookWith(SAMPLE);
    const later = await importInto(data, LATER);
    const first = data.articles[0].id;
    const inLater = listScope(data, { articleId: later }).map((e) => e.name);
    expect(inLater).toContain('Osaka');
    expect(inLater).not.toContain('Takeshi Iwaya');
    const all = listScope(data).map((e) => e.name);
    expect(all).toEqual(expect.arrayContaining(['Osaka', 'Takeshi Iwaya']));

    const iwaya = named(data, 'Takeshi Iwaya');
    const note = noteMentioning(data, iwaya, later);
    const inNote = listScope(data, { noteId: note }).map((e) => e.name);
    expect(inNote).toEqual(expect.arrayContaining(['Takeshi Iwaya', 'Osaka']));
    expect(inNote).not.toContain('Asian NATO');
    expect(listScope(data, { articleId: first }).find((e) => e.name === 'Shigeru Ishiba')?.mentionCount).toBe(3);
  });

  it('finds a note’s mention whose entity was merged away', async () => {
    const data = await notebookWith(SAMPLE);
    const beijing = named(data, 'Beijing');
    const note = noteMentioning(data, beijing);
    const stale = data.notes[0].content;
    workbench.mergeEntities(data, named(data, 'China').id, [beijing.id]);
    data.notes[0].content = stale;
    expect(listScope(data, { noteId: note }).map((e) => e.name)).toEqual(['China']);
  });

  it('gives each entity the date it was last seen', async () => {
    const data = await notebookWith(SAMPLE);
    data.articles[0].publishedAt = '2024-10-01';
    await importInto(data, LATER);
    data.articles[1].publishedAt = '2024-10-05';
    const listed = listScope(data);
    expect(listed.find((e) => e.name === 'Takeshi Iwaya')?.lastSeen).toBe('2024-10-01');
    expect(listed.find((e) => e.name === 'Shigeru Ishiba')?.lastSeen).toBe('2024-10-05');
  });
});

describe('entity card', () => {
  it('shows every mention in its sentence, the quotes it said and who it appears with', async () => {
    const data = await notebookWith(SAMPLE, LATER);
    const card = workbench.entityCard(data, named(data, 'Shigeru Ishiba').id);
    expect(card.mentionCount).toBe(5);
    expect(card.mentions).toHaveLength(4); // one sentence names him twice
    const first = card.mentions[0];
    expect(first.sentence.slice(first.sentenceStart, first.sentenceEnd)).toBe('Shigeru Ishiba');
    expect(first.sentence).toMatch(/^TOKYO, October 2 .*military budget\.$/);
    expect(card.quotes.map((q) => q.text)).toContain('We cannot protect peace by wishing for it,');
    expect(card.quotes.every((q) => q.articleTitle)).toBe(true);
    expect(card.articleCount).toBe(2);
    const together = card.related.map((r) => r.together);
    expect(together).toEqual([...together].sort((a, b) => b - a));
    expect(together[0]).toBeGreaterThan(0);
    expect(card.related.length).toBeLessThanOrEqual(8);
  });

  it('lists a sentence naming the entity twice once, and counts who appears with it by sentence', async () => {
    const data = await notebookWith(SAMPLE, LATER);
    const card = workbench.entityCard(data, named(data, 'Shigeru Ishiba').id);
    const sentences = card.mentions.map((m) => `${m.articleId} ${m.sentence}`);
    expect(new Set(sentences).size).toBe(sentences.length);
    // "Prime Minister Shigeru Ishiba agreed, and Ishiba later said" names him twice in one sentence.
    expect(card.mentionCount).toBe(card.mentions.length + 1);
    // Iwaya is in the first article but never in a sentence with Ishiba.
    expect(card.related.map((r) => r.name)).not.toContain('Takeshi Iwaya');
    expect(card.related.find((r) => r.name === 'Tokyo')?.together).toBe(1);
  });

  it('opens the card of a merged-away id on the entity it went into', async () => {
    const data = await notebookWith(SAMPLE);
    const beijing = named(data, 'Beijing');
    workbench.mergeEntities(data, named(data, 'China').id, [beijing.id]);
    expect(workbench.entityCard(data, beijing.id).name).toBe('China');
  });
});
