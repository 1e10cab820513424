import { describe, expect, it } from 'vitest';
import { entitiesCsv, entityDossier } from '../../../../src/main/export/brief';
import { csvField } from '../../../../src/main/export/entities-csv';
import { article1, briefNote, HOSTILE, notebookWith, rawHtml } from './fixture';

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

describe('an entity dossier from untrusted names and details', () => {
  const data = notebookWith(briefNote());
  data.entities[0] = {
    ...data.entities[0],
    name: `Ishiba ${HOSTILE}`,
    aliases: ['<b>alias</b>', 'two\r\nlines'],
    roles: [{ title: `Leader ${HOSTILE}`, organization: '[LDP](javascript:alert(1))', start: 0, end: 1, articleId: 'a-1' }],
  };
  data.entities[1] = { ...data.entities[1], name: `Xi ${HOSTILE}` };
  data.articles[0] = {
    ...article1,
    title: `Cabinet\r\n# ${HOSTILE}`,
    source: `<script>alert(1)</script>`,
    author: 'A\u2028B',
    publishedAt: HOSTILE,
    url: 'data:text/html,<script>alert(1)</script>',
    quotes: [{ ...article1.quotes[0], text: 'We cannot\r\n\r\n<img src=x onerror=alert(1)>', speaker: HOSTILE }],
    mentions: [...article1.mentions, { start: 0, end: 5, entityId: 'e-xi-000002' }],
  };
  const content = entityDossier(data, 'e-ishiba-0001').content;

  it('writes names, aliases, posts, quotes, sources and dates inert', () => {
    expect(rawHtml(content)).toEqual([]);
    expect(content).not.toMatch(/data:|\r|\u2028/);
    expect(content).toMatch(/^---\ntitle: "Ishiba \\u003cimg src=x onerror=alert\(1\)\\u003e"\n/);
    expect(content).toContain('# Ishiba \\<img src=x onerror=alert(1)\\>\n');
    expect(content).toContain('**Also named:** \\<b\\>alias\\</b\\>; two lines');
    expect(content).toContain('- Leader \\<img src=x onerror=alert(1)\\>, \\[LDP\\](javascript:alert(1))');
    expect(content).toContain('- Xi \\<img src=x onerror=alert(1)\\> (Person, 1 sentence)');
    expect(content).toContain('1. *Cabinet # \\<img src=x onerror=alert(1)\\>*, \\<script\\>alert(1)\\</script\\>, A B, \\<img src=x onerror=alert(1)\\>.\n');
  });

  it('keeps a quote with line breaks inside its block quote', () => {
    expect(content).toContain('> “We cannot \\<img src=x onerror=alert(1)\\>”\n> — \\<img src=x onerror=alert(1)\\>, *Cabinet # \\<img src=x onerror=alert(1)\\>* \\[1\\]');
    expect(content).toContain('### Cabinet # \\<img src=x onerror=alert(1)\\> \\[1\\]');
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
