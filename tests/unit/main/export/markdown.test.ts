import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportBrief } from '../../../../src/main/export/brief';
import { openNotebook } from '../../../../src/main/open-notebook';
import type { ExportOptions } from '../../../../src/shared/api';
import { article1, briefNote, citation, h, HOSTILE, ishiba, li, link, list, mention, notebookWith, p, rawHtml, state, table, text } from './fixture';

process.env.DOSSIER_AUTHOR = 'Jane Analyst';

async function markdown(options: Partial<ExportOptions> = {}, data = notebookWith(briefNote())): Promise<string> {
  const file = await exportBrief(data, data.notes.map((n) => n.id), { format: 'md', ...options });
  expect(file.mimeType).toBe('text/markdown');
  return file.content;
}

describe('a brief in Markdown', () => {
  it('opens with YAML front matter giving title, author and date, then the title heading', async () => {
    expect(await markdown()).toMatch(/^---\ntitle: "Ishiba cabinet brief"\nauthor: "Jane Analyst"\ndate: 2024-10-07\n(?:mentions:\n(?: {2}- \{.*\}\n)+)?---\n\n# Ishiba cabinet brief\n\n## Summary\n/);
  });

  it('keeps headings, emphasis, links, lists, task lists, quotes and GFM tables', async () => {
    const md = await markdown();
    expect(md).toContain('### Regional reaction');
    expect(md).toContain('leads a **defence-heavy** cabinet; *cautious* on China. See [the wire](https://example.com/a).');
    expect(md).toContain('- Iwaya to Foreign Ministry\n- Nakatani to Defence\n    - nested point');
    expect(md).toContain('1. First step\n2. Second step');
    expect(md).toContain('- [x] Call the embassy\n- [ ] Read the SOFA text');
    expect(md).toContain('> Peace needs deterrence.');
    expect(md).toContain('| Post | Holder |\n| --- | --- |\n| Prime Minister | 石破茂 |\n| Foreign Minister | Takeshi Iwaya \\| acting |');
  });

  it('writes mentions as plain names, CJK names included', async () => {
    const md = await markdown();
    expect(md).toContain('\nShigeru Ishiba leads a');
    expect(md).toContain('Leaders named: 习近平 and 김정은.');
    expect(md).not.toContain('## Entities');
  });

  it('links mentions to an entity appendix when asked', async () => {
    const md = await markdown({ mentionLinks: true });
    expect(md).toContain('[Shigeru Ishiba](#entity-e-ishiba-0001) leads');
    expect(md).toContain('[习近平](#entity-e-xi-000002) and [김정은](#entity-e-kim-00003)');
    expect(md).toContain('## Entities\n\n- <a id="entity-e-ishiba-0001"></a>**Shigeru Ishiba** — Person; Prime Minister\n- <a id="entity-e-xi-000002"></a>**习近平** — Person');
  });

  it('cites as footnotes with source title, publication, date and address, dropping unsafe addresses', async () => {
    const md = await markdown();
    expect(md).toContain('> We cannot protect peace by wishing for it,[^1]');
    expect(md).toContain('> Officials in Seoul said 김정은 and 习近平 would respond.[^2]');
    expect(md).toContain(
      '[^1]: *Japan’s new cabinet leans on defence*, Dossier Wire, A. Reporter, 2 October 2024. <https://example.com/japan-cabinet?x=1&y=2>\n[^2]: *Seoul and Beijing watch Tokyo \\<closely\\>*, Asia Desk, 5 October 2024.\n',
    );
    expect(md).not.toContain('javascript:');
    expect(md).not.toContain('## Sources');
  });

  it('adds a Sources list of every article cited when asked', async () => {
    const md = await markdown({ sourcesList: true });
    expect(md).toContain('## Sources\n\n1. *Japan’s new cabinet leans on defence*, Dossier Wire, A. Reporter, 2 October 2024. <https://example.com/japan-cabinet?x=1&y=2>\n2. *Seoul and Beijing');
    expect(md).toContain('[^1]:');
  });

  it('cites as numbered Sources instead of footnotes when asked', async () => {
    const md = await markdown({ citations: 'sources' });
    expect(md).toContain('wishing for it, \\[1\\]');
    expect(md).toContain('would respond. \\[2\\]');
    expect(md).toContain('## Sources\n\n1. *Japan’s new cabinet');
    expect(md).not.toContain('[^');
  });

  it('escapes note text so it cannot become markup', async () => {
    const md = await markdown();
    expect(md).toContain('Untrusted \\<script\\>alert(1)\\</script\\> & \\*stars\\* # not a heading');
    const data = notebookWith({ ...briefNote(), content: state(p(text('# not a heading')), p(text('1. not a list'))) });
    expect(await markdown({}, data)).toContain('\\# not a heading\n\n1\\. not a list');
  });

  it('puts several notes into one document with footnotes numbered through', async () => {
    const second = { ...briefNote(), id: 'n-2', title: 'Second note', updatedAt: '2024-10-08T00:00:00.000Z' };
    const md = await markdown({}, notebookWith(briefNote(), second));
    expect(md).toMatch(/^---\ntitle: "Briefs"\n/);
    expect(md).toContain('date: 2024-10-08');
    expect(md).toContain('# Ishiba cabinet brief\n');
    expect(md).toContain('# Second note\n');
    expect(md).toContain('[^4]: *Seoul and Beijing');
  });

  it('refuses a missing note with a message that says what to do', async () => {
    await expect(exportBrief(notebookWith(briefNote()), ['nope'], { format: 'md' })).rejects.toThrow(/no longer exists.*dossier list notes/);
  });
});

describe('a brief in Markdown, from untrusted details', () => {
  const hostileArticle = (extra: Partial<typeof article1>) => ({ ...article1, id: 'a-h', title: HOSTILE, source: `Wire ${HOSTILE}`, author: '[me](javascript:alert(1))', publishedAt: HOSTILE, ...extra });

  it.each([
    ['footnotes', {}],
    ['a Sources list', { sourcesList: true }],
    ['numbered sources', { citations: 'sources' as const }],
  ])('writes every detail of a cited article inert in %s', async (_, options) => {
    const data = notebookWith({ ...briefNote(), title: `Brief ${HOSTILE}`, content: state(citation(hostileArticle({ url: 'https://example.com/a?q=<b>"x"' }), 'Prime Minister')) });
    data.articles.push(hostileArticle({ url: 'https://example.com/a?q=<b>"x"' }));
    const md = await markdown(options, data);
    expect(rawHtml(md)).toEqual([]);
    expect(md).toContain('*\\<img src=x onerror=alert(1)\\>*, Wire \\<img src=x onerror=alert(1)\\>, \\[me\\](javascript:alert(1)), \\<img src=x onerror=alert(1)\\>. <https://example.com/a?q=%3Cb%3E%22x%22>');
    expect(md).toContain('# Brief \\<img src=x onerror=alert(1)\\>\n');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', ' JAVASCRIPT:alert(1)'])('prints no %s address', async (url) => {
    const data = notebookWith({ ...briefNote(), content: state(citation(hostileArticle({ url }), 'Prime Minister'), p(link(url, 'a link'))) });
    data.articles.push(hostileArticle({ url, author: 'A. Reporter' }));
    const md = await markdown({ sourcesList: true }, data);
    expect(md.toLowerCase()).not.toMatch(/javascript:alert|data:|vbscript:|file:/);
    expect(rawHtml(md)).toEqual([]);
  });

  it('keeps each detail on its own line: a line break in a title, name or date cannot start a block', async () => {
    const broken = hostileArticle({ title: '# Line one\r\n# Heading\u2028- item', source: 'Desk\r\r> quoted', author: 'A\nB', publishedAt: '<b>\r\n2024' });
    const data = notebookWith({ ...briefNote(), title: 'Title\r\n<b>two</b>', content: state(citation(broken, 'Prime Minister')) });
    data.articles.push(broken);
    const md = await markdown({ sourcesList: true }, data);
    // The note points into the Sources list, where the source is written once.
    expect(md).toContain('[^1]: *\\# Line one # Heading - item*, see Sources 1.');
    expect(md).toContain('1. *\\# Line one # Heading - item*, Desk \\> quoted, A B, \\<b\\> 2024.');
    expect(md).toContain('# Title \\<b\\>two\\</b\\>\n');
    expect(md).not.toMatch(/\r|\u2028/);
  });

  it('writes front matter a YAML reader takes as one line each, and a reader without front matter as text', async () => {
    const data = notebookWith({ ...briefNote(), title: 'Say "hi"\u2028---\ntitle: <b>evil</b> & co' });
    const md = await markdown({}, data);
    expect(md).toMatch(/^---\ntitle: "Say \\"hi\\"\\u2028---\\ntitle: \\u003cb\\u003eevil\\u003c\/b\\u003e \\u0026 co"\nauthor: "Jane Analyst"\ndate: 2024-10-07\n(?:mentions:\n(?: {2}- \{.*\}\n)+)?---\n/);
    const reimported = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-export-')));
    try {
      expect((await reimported.notebook.createNote({ markdown: md })).title).toBe('Say "hi"\u2028---\ntitle: <b>evil</b> & co');
    } finally {
      await reimported.store.close();
    }
  });

  it.each([
    ['a carriage return', 'a\r\r<img src=x onerror=alert(1)>', '`a  <img src=x onerror=alert(1)>`'],
    ['CRLF', 'a\r\n\r\n<b>', '`a  <b>`'],
    ['a line separator', 'a\u2028\u2028<b>', '`a  <b>`'],
    ['a line feed', 'a\n\n<b>', '`a  <b>`'],
    ['backticks', '``x``', '``` ``x`` ```'],
  ])('keeps %s inside inline code from ending the code span', async (_, code, expected) => {
    const data = notebookWith({ ...briefNote(), content: state(p(text('Run '), text(code, 16), text(' now.'))) });
    const md = await markdown({}, data);
    expect(md).toContain(`Run ${expected} now.`);
  });

  it('normalises line endings in note text, so every line is escaped where it starts', async () => {
    const data = notebookWith({ ...briefNote(), content: state(p(text('one\r\n# two\rthree\u2028- four <i>'))) });
    expect(await markdown({}, data)).toContain('one\n\\# two\nthree\n\\- four \\<i\\>');
  });

  it('drops a code block language that would end the fence line', async () => {
    const code = (language: string) => ({ type: 'code', version: 1, language, children: [text('x = 1')] });
    const data = notebookWith({ ...briefNote(), content: state(code('js\n```\n<img src=x onerror=alert(1)>'), code('python')) });
    const md = await markdown({}, data);
    expect(md).toContain('```\nx = 1\n```\n\n```python\nx = 1\n```');
    expect(rawHtml(md)).toEqual([]);
  });

  it('writes entity names, posts and mentions inert in the appendix', async () => {
    const data = notebookWith({ ...briefNote(), content: state(p(mention({ ...ishiba, name: HOSTILE }), text(' and '), { type: 'mention', version: 1, entityId: '"><script>', name: HOSTILE, text: HOSTILE })) });
    data.entities[0] = { ...ishiba, name: `Ishiba ${HOSTILE}`, roles: [{ title: HOSTILE, organization: '<b>LDP</b>', start: 0, end: 1, articleId: 'a-1' }] };
    const md = await markdown({ mentionLinks: true }, data);
    expect(rawHtml(md)).toEqual([]);
    expect(md).toContain('**Ishiba \\<img src=x onerror=alert(1)\\>** — Person; \\<img src=x onerror=alert(1)\\>, \\<b\\>LDP\\</b\\>');
    expect(md).toContain('<a id="entity-script"></a>**\\<img src=x onerror=alert(1)\\>** — Entity');
  });
});

describe('importing an exported brief', () => {
  it('gives back the same note: title, headings, emphasis, links, lists, task lists and quotes', async () => {
    const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-export-')));
    try {
      const original = await notebook.createNote({
        title: 'Round trip',
        content: state(
          h('h2', 'Outlook'),
          p(text('A '), text('firm', 1), text(' and '), text('careful', 2), text(' line.')),
          list('bullet', [li([text('Budget')]), li([text('Alliance')]), li([list('bullet', [li([text('SOFA')])])])]),
          list('number', [li([text('One')]), li([text('Two')])]),
          list('check', [li([text('Done')], { checked: true }), li([text('To do')], { checked: false })]),
          p(text('Untrusted <b>*stars*</b> [brackets]')),
          table([
            ['Post', 'Holder'],
            ['Prime Minister', '石破茂'],
          ]),
          { type: 'horizontalrule', version: 1 },
          p(text('After the rule.')),
        ),
      });
      const first = await notebook.exportNotes([original.id], { format: 'md' });
      const imported = await notebook.createNote({ markdown: first.content });
      expect(imported.title).toBe('Round trip');
      const again = await notebook.exportNotes([imported.id], { format: 'md' });
      const body = (md: string) => md.slice(md.indexOf('\n# '));
      expect(body(again.content)).toBe(body(first.content));
      expect(body(first.content)).toContain('- [x] Done\n- [ ] To do');
      expect(body(first.content)).toContain('| Post | Holder |\n| --- | --- |\n| Prime Minister | 石破茂 |\n\n---\n\nAfter the rule.');
    } finally {
      await store.close();
    }
  });
});
