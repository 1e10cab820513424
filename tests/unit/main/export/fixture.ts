import type { Article, Entity, Note } from '../../../../src/shared/model';
import { emptyNotebook, type NotebookData } from '../../../../src/main/store/schema';

// Hand-written Lexical serialised state, as the editor saves it, including Dossier's mention and citation nodes.
type Node = Record<string, unknown>;
const base = { direction: 'ltr', format: '', indent: 0, version: 1 };
export const text = (t: string, format = 0): Node => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
export const p = (...children: Node[]): Node => ({ ...base, type: 'paragraph', textFormat: 0, textStyle: '', children });
export const h = (tag: string, t: string): Node => ({ ...base, type: 'heading', tag, children: [text(t)] });
export const quote = (t: string): Node => ({ ...base, type: 'quote', children: [text(t)] });
export const li = (children: Node[], extra: Node = {}): Node => ({ ...base, type: 'listitem', value: 1, children, ...extra });
export const list = (listType: 'bullet' | 'number' | 'check', items: Node[]): Node => ({
  ...base,
  type: 'list',
  listType,
  start: 1,
  tag: listType === 'number' ? 'ol' : 'ul',
  children: items,
});
export const link = (url: string, t: string): Node => ({ ...base, type: 'link', url, rel: null, target: null, title: null, children: [text(t)] });
export const mention = (entity: Entity): Node => ({
  type: 'mention',
  version: 1,
  entityId: entity.id,
  entityType: entity.type,
  name: entity.name,
  text: entity.name,
  format: 0,
  detail: 0,
  mode: 'segmented',
  style: '',
});
export const citation = (article: Article, exact: string): Node => ({
  ...base,
  type: 'citation',
  anchor: { articleId: article.id, start: article.text.indexOf(exact), end: article.text.indexOf(exact) + exact.length, exact, prefix: '', suffix: '' },
  articleTitle: article.title,
  source: article.source,
  publishedAt: article.publishedAt,
  url: article.url,
  children: [text(exact)],
});
const cell = (t: string, header: boolean): Node => ({ ...base, type: 'tablecell', headerState: header ? 1 : 0, colSpan: 1, children: [p(text(t))] });
export const table = (rows: string[][]): Node => ({
  ...base,
  type: 'table',
  children: rows.map((r, i) => ({ ...base, type: 'tablerow', children: r.map((c) => cell(c, i === 0)) })),
});
export const state = (...children: Node[]): string => JSON.stringify({ root: { ...base, type: 'root', children } });

export const ishiba: Entity = { id: 'e-ishiba-0001', key: 'PERSON:shigeru ishiba', type: 'PERSON', name: 'Shigeru Ishiba', aliases: ['Ishiba', '石破茂'], roles: [{ title: 'Prime Minister', start: 0, end: 14, articleId: 'a-1' }] };
export const xi: Entity = { id: 'e-xi-000002', key: 'PERSON:xi jinping', type: 'PERSON', name: '习近平', aliases: ['Xi Jinping'], roles: [] };
export const kim: Entity = { id: 'e-kim-00003', key: 'PERSON:kim jong un', type: 'PERSON', name: '김정은', aliases: ['Kim Jong Un'], roles: [] };

const TEXT1 = 'Prime Minister Shigeru Ishiba named his cabinet on Tuesday. "We cannot protect peace by wishing for it," Ishiba said. 石破茂 spoke in Tokyo.';
const TEXT2 = 'Officials in Seoul said 김정은 and 习近平 would respond.';
const span = (text: string, found: string, length = found.length) => ({ start: text.indexOf(found), end: text.indexOf(found) + length });

export const article1: Article = {
  id: 'a-1',
  title: 'Japan’s new cabinet leans on defence',
  source: 'Dossier Wire',
  author: 'A. Reporter',
  publishedAt: '2024-10-02',
  url: 'https://example.com/japan-cabinet?x=1&y=2',
  text: TEXT1,
  format: 'paste',
  importedAt: '2024-10-03T08:00:00.000Z',
  mentions: [
    { ...span(TEXT1, 'Shigeru Ishiba'), entityId: 'e-ishiba-0001' },
    { ...span(TEXT1, 'Ishiba said', 6), entityId: 'e-ishiba-0001' },
    { ...span(TEXT1, '石破茂'), entityId: 'e-ishiba-0001' },
  ],
  quotes: [
    { ...span(TEXT1, 'We cannot protect peace by wishing for it,'), text: 'We cannot protect peace by wishing for it,', speaker: 'Shigeru Ishiba', speakerEntityId: 'e-ishiba-0001', speakerStart: span(TEXT1, 'Ishiba said').start, speakerEnd: span(TEXT1, 'Ishiba said').start + 6, fragment: false },
  ],
};
export const article2: Article = {
  id: 'a-2',
  title: 'Seoul and Beijing watch Tokyo <closely>',
  source: 'Asia Desk',
  publishedAt: '2024-10-05',
  url: 'javascript:alert(1)',
  text: TEXT2,
  format: 'paste',
  importedAt: '2024-10-05T08:00:00.000Z',
  mentions: [
    { ...span(TEXT2, '김정은'), entityId: 'e-kim-00003' },
    { ...span(TEXT2, '习近平'), entityId: 'e-xi-000002' },
  ],
  quotes: [],
};

export function briefNote(): Note {
  return {
    id: 'n-brief',
    title: 'Ishiba cabinet brief',
    createdAt: '2024-10-06T09:00:00.000Z',
    updatedAt: '2024-10-07T09:00:00.000Z',
    content: state(
      h('h2', 'Summary'),
      p(mention(ishiba), text(' leads a '), text('defence-heavy', 1), text(' cabinet; '), text('cautious', 2), text(' on China. See '), link('https://example.com/a', 'the wire'), text('.')),
      citation(article1, 'We cannot protect peace by wishing for it,'),
      h('h3', 'Regional reaction'),
      p(text('Leaders named: '), mention(xi), text(' and '), mention(kim), text('.')),
      citation(article2, 'Officials in Seoul said 김정은 and 习近平 would respond.'),
      list('bullet', [li([text('Iwaya to Foreign Ministry')]), li([text('Nakatani to Defence')]), li([list('bullet', [li([text('nested point')])])])]),
      list('number', [li([text('First step')]), li([text('Second step')])]),
      list('check', [li([text('Call the embassy')], { checked: true }), li([text('Read the SOFA text')], { checked: false })]),
      quote('Peace needs deterrence.'),
      table([
        ['Post', 'Holder'],
        ['Prime Minister', '石破茂'],
        ['Foreign Minister', 'Takeshi Iwaya | acting'],
      ]),
      p(text('Untrusted <script>alert(1)</script> & *stars* # not a heading')),
    ),
  };
}

export function notebookWith(...notes: Note[]): NotebookData {
  const data = emptyNotebook();
  data.notes.push(...notes);
  data.articles.push(article1, article2);
  data.entities.push(ishiba, xi, kim);
  return data;
}

export const HOSTILE = '<img src=x onerror=alert(1)>';

/**
 * The HTML a renderer would find in a Markdown export: every `<` that is neither backslash-escaped
 * nor one of the export's own constructs (an http(s) autolink, an appendix anchor, a table's <br>).
 */
export function rawHtml(markdown: string): string[] {
  const own = markdown
    .replace(/<https?:\/\/[^\s<>]*>/g, '')
    .replace(/<a id="entity-[\w-]+"><\/a>/g, '')
    .replace(/<br>/g, '');
  return [...own.matchAll(/(?<!\\)<[^\n]{0,30}/g)].map((m) => m[0]);
}
