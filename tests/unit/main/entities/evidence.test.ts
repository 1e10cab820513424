import { describe, expect, it } from 'vitest';
import * as workbench from '../../../../src/main/entities/corrections';
import * as evidence from '../../../../src/main/entities/evidence';
import { isDossierError } from '../../../../src/shared/errors';
import { importInto, named, noteMentioning, notebookWith, SAMPLE } from './helpers';

const HARBOUR = 'Harbour talks\n\nThe harbour board met on Monday. Later the harbour board voted, and the harbour boardroom emptied.';

describe('evidence corrections', () => {
  it('gives a quote to another speaker, or to nobody, and the cards follow', async () => {
    const data = await notebookWith(SAMPLE);
    const article = data.articles[0];
    const ishiba = named(data, 'Shigeru Ishiba');
    const song = named(data, 'Song Xuewen');
    const quote = article.quotes.find((x) => x.speakerEntityId === ishiba.id && !x.fragment)!;
    evidence.setQuoteSpeaker(data, article.id, quote.start, song.id);
    expect(workbench.entityCard(data, song.id).quotes.map((x) => x.text)).toContain(quote.text);
    expect(workbench.entityCard(data, ishiba.id).quotes.map((x) => x.text)).not.toContain(quote.text);
    expect(data.corrections.at(-1)?.label).toMatch(/^Gave “.*” to “Song Xuewen”$/);
    evidence.setQuoteSpeaker(data, article.id, quote.start, null);
    expect(article.quotes.find((x) => x.start === quote.start)).toMatchObject({ speaker: null });
    expect(article.quotes.find((x) => x.start === quote.start)?.speakerEntityId).toBeUndefined();
  });

  it('dismisses a quote: it leaves the article and its speaker’s card', async () => {
    const data = await notebookWith(SAMPLE);
    const article = data.articles[0];
    const quote = article.quotes.find((x) => !x.fragment)!;
    evidence.dismissQuote(data, article.id, quote.start);
    expect(article.quotes.some((x) => x.start === quote.start)).toBe(false);
    expect(data.corrections.at(-1)?.kind).toBe('dismiss');
  });

  it('edits, adds and removes a person’s posts, keeping the articles that state them', async () => {
    const data = await notebookWith(SAMPLE);
    const iwaya = named(data, 'Takeshi Iwaya');
    const before = iwaya.roles.find((r) => r.title === 'Foreign Minister')!;
    evidence.editPost(data, iwaya.id, 'Foreign Minister', { title: 'Foreign Minister', organization: 'Japan' });
    expect(iwaya.roles.find((r) => r.organization === 'Japan')).toMatchObject({ title: 'Foreign Minister', articleId: before.articleId, start: before.start });
    evidence.editPost(data, iwaya.id, null, { title: 'Member', organization: 'Liberal Democratic Party' });
    expect(iwaya.roles.at(-1)).toMatchObject({ title: 'Member', organization: 'Liberal Democratic Party', articleId: '' });
    evidence.editPost(data, iwaya.id, 'Member, Liberal Democratic Party', null);
    expect(iwaya.roles.some((r) => r.title === 'Member')).toBe(false);
  });

  it('marks a name the extractor missed, at every place the article says it as a whole word', async () => {
    const data = await notebookWith(SAMPLE);
    const id = await importInto(data, HARBOUR);
    const article = data.articles.find((a) => a.id === id)!;
    const at = article.text.indexOf('harbour board');
    // A space caught with the selection is left out of the name.
    const board = evidence.markEntity(data, id, at, at + 'harbour board '.length, 'ORGANIZATION');
    expect(board).toMatchObject({ name: 'harbour board', type: 'ORGANIZATION' });
    const marked = article.mentions.filter((m) => m.entityId === board.id).map((m) => article.text.slice(m.start, m.end));
    expect(marked).toEqual(['harbour board', 'harbour board']);
    expect(data.corrections.at(-1)?.label).toBe('Marked “harbour board” as an organisation');
    // Marking the name again in another article adds to the same entity.
    const first = data.articles[0];
    const lower = first.text.indexOf('lower house');
    const house = evidence.markEntity(data, first.id, lower, lower + 'lower house'.length, 'ORGANIZATION');
    expect(house.id).not.toBe(board.id);
    expect(evidence.markEntity(data, first.id, lower, lower + 'lower house'.length, 'ORGANIZATION').id).toBe(house.id);
  });

  it('remembers a marked name for later imports, where the extractor missed it or typed it otherwise, until undone', async () => {
    const data = await notebookWith(SAMPLE);
    const id = await importInto(data, HARBOUR);
    const article = data.articles.find((a) => a.id === id)!;
    const at = article.text.indexOf('harbour board');
    const board = evidence.markEntity(data, id, at, at + 'harbour board'.length, 'ORGANIZATION');
    const later = await importInto(data, 'Harbour vote\n\nThe harbour  board\napproved the plan. A harbour boardroom stood empty.');
    const next = data.articles.find((a) => a.id === later)!;
    const said = next.mentions.filter((m) => m.entityId === board.id).map((m) => next.text.slice(m.start, m.end));
    expect(said).toEqual(['harbour board']);
    // Undone, the rule goes with it: the next import finds nothing.
    workbench.undoLastCorrection(data);
    const after = await importInto(data, 'Harbour again\n\nThe harbour board met once more.');
    const again = data.articles.find((a) => a.id === after)!;
    expect(again.mentions.some((m) => again.text.slice(m.start, m.end) === 'harbour board')).toBe(false);
  });

  it('lists on the card the notes that mention the entity, one merged into it too', async () => {
    const data = await notebookWith(SAMPLE);
    const china = named(data, 'China');
    const beijing = named(data, 'Beijing');
    const aboutChina = noteMentioning(data, china);
    const aboutBeijing = noteMentioning(data, beijing);
    const stale = data.notes.find((n) => n.id === aboutBeijing)!.content;
    expect(workbench.entityCard(data, china.id).notes?.map((n) => n.id)).toEqual([aboutChina]);
    workbench.mergeEntities(data, china.id, [beijing.id]);
    data.notes.find((n) => n.id === aboutBeijing)!.content = stale; // a chip saved before the merge
    expect(workbench.entityCard(data, china.id).notes?.map((n) => n.id).sort()).toEqual([aboutChina, aboutBeijing].sort());
    data.notes.find((n) => n.id === aboutChina)!.trashedAt = new Date().toISOString();
    expect(workbench.entityCard(data, china.id).notes?.map((n) => n.id)).toEqual([aboutBeijing]);
  });

  const corrections: Array<[string, (d: Awaited<ReturnType<typeof notebookWith>>) => void]> = [
    ['speaker', (d) => evidence.setQuoteSpeaker(d, d.articles[0].id, d.articles[0].quotes.find((x) => !x.fragment)!.start, named(d, 'Song Xuewen').id)],
    ['dismiss', (d) => evidence.dismissQuote(d, d.articles[0].id, d.articles[0].quotes[0].start)],
    ['post', (d) => evidence.editPost(d, named(d, 'Takeshi Iwaya').id, null, { title: 'Member', organization: 'LDP' })],
    ['mark', (d) => evidence.markEntity(d, d.articles[0].id, d.articles[0].text.indexOf('lower house'), d.articles[0].text.indexOf('lower house') + 11, 'TERM')],
  ];
  for (const [kind, correct] of corrections) {
    it(`puts the notebook back exactly when a ${kind} correction is undone`, async () => {
      const data = await notebookWith(SAMPLE);
      const before = structuredClone(data);
      correct(data);
      expect(data).not.toEqual(before);
      expect(workbench.undoLastCorrection(data)?.kind).toBe(kind);
      expect(data).toEqual(before);
    });
  }

  it('refuses what cannot be done, saying what to do, and records nothing', async () => {
    const data = await notebookWith(SAMPLE);
    const article = data.articles[0];
    const attempts: Array<[() => unknown, RegExp]> = [
      [() => evidence.setQuoteSpeaker(data, article.id, 99_999, null), /no longer in the article/],
      [() => evidence.setQuoteSpeaker(data, article.id, article.quotes[0].start, named(data, 'China').id), /not a person or an organisation/],
      [() => evidence.editPost(data, named(data, 'Takeshi Iwaya').id, null, { title: '  ' }), /Type the post/],
      [() => evidence.editPost(data, named(data, 'Takeshi Iwaya').id, 'Emperor', null), /no longer holds the post/],
      [() => evidence.markEntity(data, article.id, 5, 5, 'PERSON'), /Select the name/],
      [() => evidence.markEntity(data, article.id, 0, article.text.length, 'PERSON'), /just the name/],
      [() => evidence.markEntity(data, 'gone', 0, 4, 'PERSON'), /no longer in the notebook/],
    ];
    for (const [attempt, message] of attempts) {
      let caught: unknown;
      try {
        attempt();
      } catch (error) {
        caught = error;
      }
      expect(isDossierError(caught), String(message)).toBe(true);
      expect((caught as Error).message).toMatch(message);
    }
    expect(data.corrections).toEqual([]);
  });
});
