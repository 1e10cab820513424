import { describe, expect, it } from 'vitest';
import { entitiesCsv, entityDossier } from '../../../../src/main/export/brief';
import { csvField } from '../../../../src/main/export/entities-csv';
import { briefNote, notebookWith } from './fixture';

describe('an entity dossier', () => {
  const file = entityDossier(notebookWith(briefNote()), 'e-ishiba-0001');

  it('gives the card: type, counts, other names and posts', () => {
    expect(file.fileName).toBe('Shigeru Ishiba dossier.md');
    expect(file.content).toMatch(/^---\ntitle: "Shigeru Ishiba"\n/);
    expect(file.content).toContain('# Shigeru Ishiba\n\n**Person** · 3 mentions in 1 article');
    expect(file.content).toContain('**Also named:** Ishiba; 石破茂');
    expect(file.content).toContain('## Posts\n\n- Prime Minister');
  });

  it('lists every mention in its sentence, the quotes, and their sources', () => {
    expect(file.content).toContain('### Japan’s new cabinet leans on defence \\[1\\]');
    expect(file.content).toContain('- Prime Minister **Shigeru Ishiba** named his cabinet on Tuesday.');
    expect(file.content).toContain('- **石破茂** spoke in Tokyo.');
    expect(file.content).toContain('> “We cannot protect peace by wishing for it,”\n> — Shigeru Ishiba, *Japan’s new cabinet leans on defence* \\[1\\]');
    expect(file.content).toContain('## Sources\n\n1. *Japan’s new cabinet leans on defence*, Dossier Wire, A. Reporter, 2 October 2024. <https://example.com/japan-cabinet?x=1&y=2>');
  });

  it('says so when the entity is gone', () => {
    expect(() => entityDossier(notebookWith(), 'nope')).toThrow(/no longer in the notebook/);
  });
});

describe('the entity table as CSV', () => {
  it('has one row per entity with aliases, counts and posts, UTF-8 with a byte-order mark', () => {
    const data = notebookWith(briefNote());
    data.entities[0].roles.push({ title: 'Leader', organization: 'LDP, "main" party', start: 0, end: 1, articleId: 'a-1' });
    const file = entitiesCsv(data);
    expect(file.mimeType).toBe('text/csv');
    expect(file.content.split('\r\n')).toEqual([
      '\uFEFFid,name,type,aliases,mentions,articles,posts',
      'e-ishiba-0001,Shigeru Ishiba,PERSON,Ishiba; 石破茂,3,1,"Prime Minister; Leader, LDP, ""main"" party"',
      'e-kim-00003,김정은,PERSON,Kim Jong Un,1,1,',
      'e-xi-000002,习近平,PERSON,Xi Jinping,1,1,',
      '',
    ]);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=SUM(A1)', "'=SUM(A1)"],
  ])('quotes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});
