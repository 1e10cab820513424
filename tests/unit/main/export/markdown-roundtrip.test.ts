import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openNotebook } from '../../../../src/main/open-notebook';
import { makeAnchor } from '../../../../src/shared/anchor';
import type { ExportOptions } from '../../../../src/shared/api';

process.env.DOSSIER_AUTHOR = 'Jane Analyst';

const SAMPLE = readFileSync(join(__dirname, '../../../../resources/sample-article.txt'), 'utf8');
const PIXEL = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
const PASSAGE = 'We cannot protect peace by wishing for it,';

type Node = Record<string, unknown> & { type: string; children?: Node[] };
const base = { direction: 'ltr', format: '', indent: 0, version: 1 };
const text = (t: string, format = 0): Node => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
const p = (...children: Node[]): Node => ({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children });
const li = (children: Node[], extra: Record<string, unknown> = {}): Node => ({ ...base, type: 'listitem', value: 1, children, ...extra });
const list = (listType: string, items: Node[]): Node => ({ ...base, type: 'list', listType, start: 1, tag: listType === 'number' ? 'ol' : 'ul', children: items });
const cell = (...children: Node[]): Node => ({ ...base, type: 'tablecell', headerState: 0, colSpan: 1, rowSpan: 1, backgroundColor: null, children: [p(...children)] });
const row = (...cells: Node[]): Node => ({ ...base, type: 'tablerow', children: cells });

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

/** A notebook with the sample article and a brief holding every kind of node a note can hold. */
async function briefWithEverything() {
  const { notebook, store } = await openNotebook(mkdtempSync(join(tmpdir(), 'dossier-roundtrip-')));
  close = () => store.close();
  const { article } = await notebook.importText({ title: "Japan's new cabinet", text: SAMPLE, source: 'Dossier Wire', publishedAt: '2024-10-02' });
  const entities = await notebook.listEntities();
  const ishiba = entities.find((e) => e.name === 'Shigeru Ishiba')!;
  const iwaya = entities.find((e) => e.name === 'Takeshi Iwaya')!;
  const chip = (e: typeof ishiba): Node => ({ type: 'mention', version: 1, entityId: e.id, entityType: e.type, name: e.name, text: e.name, format: 0, detail: 0, mode: 'token', style: '' });
  const at = SAMPLE.indexOf(PASSAGE);
  const cite: Node = { type: 'citation', version: 1, anchor: makeAnchor(article.id, SAMPLE, at, at + PASSAGE.length), articleTitle: article.title, source: 'Dossier Wire', publishedAt: '2024-10-02' };
  const content = JSON.stringify({
    root: {
      ...base,
      type: 'root',
      children: [
        { ...base, type: 'heading', tag: 'h2', children: [text('Summary')] },
        p(chip(ishiba), text(' leads a '), text('defence-heavy', 1), text(' cabinet, '), text('cautious', 2), text(' on '), text('old', 4), text(' ties; run '), text('npm test', 16), text('. See '), { ...base, type: 'link', url: 'https://example.com/a', rel: null, target: null, title: null, children: [text('the wire')] }, text('. Untrusted <b>*stars*</b> [brackets] & co.')),
        list('bullet', [li([text('Budget')]), li([text('Alliance')]), li([list('bullet', [li([text('SOFA')])])])]),
        list('number', [li([text('One')]), li([text('Two')])]),
        list('check', [li([text('Done')], { checked: true }), li([text('To do')], { checked: false })]),
        { ...base, type: 'quote', children: [text('Continuity, not rupture.')] },
        { ...base, type: 'code', language: 'ts', children: [text('const fence = "```";')] },
        { ...base, type: 'table', colWidths: [120, 120], children: [row(cell(text('Post')), cell(text('Holder'))), row(cell(text('Foreign Minister')), cell(chip(iwaya)))] },
        { type: 'horizontalrule', version: 1 },
        cite,
        { type: 'figure', version: 1, src: `data:image/png;base64,${PIXEL}`, alt: 'Graph of 2 people', caption: 'Who appears with whom. Drawn by Dossier.', width: 1, height: 1 },
        p(text('After the picture.')),
      ],
    },
  });
  const note = await notebook.createNote({ title: 'Round trip', content });
  return { notebook, article, ishiba, iwaya, note };
}

function nodes(content: string): Node[] {
  const all: Node[] = [];
  const walk = (n: Node) => {
    all.push(n);
    for (const c of n.children ?? []) walk(c);
  };
  walk(JSON.parse(content).root);
  return all;
}

const body = (md: string) => md.slice(md.indexOf('\n# ')).replace(/^!\[.*\]\(.*\)\n\n/m, '');

describe('a brief exported to Markdown and imported again', () => {
  const variants: Array<[string, Partial<ExportOptions>]> = [
    ['footnotes (the default)', {}],
    ['a Sources list', { citations: 'sources' }],
    ['footnotes and a Sources list', { sourcesList: true }],
    ['names linked to an entity appendix', { mentionLinks: true }],
  ];
  for (const [what, options] of variants) {
    it(`keeps every node kind, its citations and its mentions, with ${what}`, async () => {
      const { notebook, article, ishiba, iwaya, note } = await briefWithEverything();
      const first = await notebook.exportNotes([note.id], { format: 'md', ...options });
      const imported = await notebook.createNote({ markdown: first.content });
      expect(imported.title).toBe('Round trip');
      const found = nodes(imported.content);
      const types = found.map((n) => n.type);
      for (const kind of ['heading', 'paragraph', 'link', 'list', 'listitem', 'quote', 'code', 'table', 'tablecell', 'horizontalrule', 'citation', 'figure', 'mention']) expect(types, kind).toContain(kind);

      // The citation is tied to its article again, at its passage.
      const citation = found.find((n) => n.type === 'citation') as unknown as { anchor: { articleId: string; exact: string; start: number }; source: string };
      expect(citation.anchor).toMatchObject({ articleId: article.id, exact: PASSAGE, start: SAMPLE.indexOf(PASSAGE) });
      expect(citation.source).toBe('Dossier Wire');
      // Mentions are mentions of their entities again, in the text and in the table.
      const mentions = found.filter((n) => n.type === 'mention').map((n) => [n.entityId, n.text]);
      expect(mentions).toEqual([
        [ishiba.id, 'Shigeru Ishiba'],
        [iwaya.id, 'Takeshi Iwaya'],
      ]);
      // Formatting, the link's address, the task states, the code and its fence, the untrusted text as text.
      const texts = found.filter((n) => n.type === 'text' || n.type === 'code-highlight');
      expect(texts.find((n) => n.text === 'defence-heavy')?.format).toBe(1);
      expect(texts.find((n) => n.text === 'cautious')?.format).toBe(2);
      expect(texts.find((n) => n.text === 'old')?.format).toBe(4);
      expect(texts.find((n) => n.text === 'npm test')?.format).toBe(16);
      expect(found.find((n) => n.type === 'link')?.url).toBe('https://example.com/a');
      expect(found.filter((n) => n.type === 'listitem' && typeof n.checked === 'boolean').map((n) => n.checked)).toEqual([true, false]);
      expect(found.find((n) => n.type === 'code')?.language).toBe('ts');
      expect(texts.map((n) => n.text).join('')).toContain('const fence = "```";');
      expect(texts.map((n) => n.text).join('')).toContain('Untrusted <b>*stars*</b> [brackets] & co.');
      const figure = found.find((n) => n.type === 'figure');
      expect(figure).toMatchObject({ alt: 'Graph of 2 people', caption: 'Who appears with whom. Drawn by Dossier.' });

      // Exported again, it is the same brief (but for the image, which stays beside the first file).
      const again = await notebook.exportNotes([imported.id], { format: 'md', ...options });
      expect(body(again.content)).toBe(body(first.content));
    });
  }

  it('writes a citation and a mention as Dossier reads them: the passage with its note, the name as it reads', async () => {
    const { notebook, note } = await briefWithEverything();
    const md = (await notebook.exportNotes([note.id], { format: 'md' })).content;
    expect(md).toContain(`> ${PASSAGE}[^1]`);
    expect(md).toContain("[^1]: *Japan's new cabinet*, Dossier Wire, 2 October 2024.");
    expect(md).toContain('Shigeru Ishiba leads a **defence-heavy** cabinet, *cautious* on ~~old~~ ties; run `npm test`. See [the wire](https://example.com/a). Untrusted \\<b\\>\\*stars\\*\\</b\\> \\[brackets\\] & co.');
    expect(md).toMatch(/^mentions:\n {2}- \{"id": ".+", "type": "PERSON", "name": "Shigeru Ishiba"\}$/m);
  });

  it('with a Sources list, prints each source once: the notes point into the list', async () => {
    const { notebook, note } = await briefWithEverything();
    const md = (await notebook.exportNotes([note.id], { format: 'md', sourcesList: true })).content;
    expect(md).toContain("[^1]: *Japan's new cabinet*, see Sources 1.");
    expect(md.match(/Dossier Wire, 2 October 2024/g)).toHaveLength(1);
  });
});
