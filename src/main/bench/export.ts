import { writeFileSync } from 'node:fs';
import type { Article, Entity, Note } from '../../shared/model';
import { exportBrief } from '../export/brief';
import { ChromiumPdfPrinter } from '../export/chromium-printer';
import { emptyNotebook, type NotebookData } from '../store/schema';

// A long brief built in memory: sections of prose with mentions, cited passages, lists and tables.
type Node = Record<string, unknown>;
const text = (t: string, format = 0): Node => ({ type: 'text', text: t, format, detail: 0, mode: 'normal', style: '', version: 1 });
const block = (type: string, children: Node[], extra: Node = {}): Node => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra });
const SENTENCES = [
  'The new cabinet has signalled a firmer line on regional defence, and officials in Tokyo describe the budget request as the largest in a decade.',
  'Analysts in Seoul and Beijing read the appointments as a sign that the alliance agenda will move faster than under the previous government.',
  'Coalition partners remain wary of constitutional change, and the opposition has promised to contest the supplementary budget line by line.',
  'Market reaction was muted; the yen moved less than half a percent and defence contractors gained modestly on the day.',
];

function longBrief(articles: Article[], people: Entity[]): Note {
  const blocks: Node[] = [];
  for (let section = 1; section <= 48; section++) {
    blocks.push(block('heading', [text(`Section ${section}: cabinet, alliance and budget`)], { tag: 'h2' }));
    for (let para = 0; para < 4; para++) {
      const person = people[(section + para) % people.length];
      const mention = { type: 'mention', version: 1, entityId: person.id, entityType: person.type, name: person.name, text: person.name, format: 0, detail: 0, mode: 'segmented', style: '' };
      blocks.push(block('paragraph', [mention, text(' is central here. '), text(SENTENCES[para % 4], para === 1 ? 1 : 0), text(` ${SENTENCES[(para + 1) % 4]}`)]));
    }
    const article = articles[section % articles.length];
    const exact = article.text.slice(0, 90);
    blocks.push({ ...block('citation', [text(exact)]), anchor: { articleId: article.id, start: 0, end: 90, exact, prefix: '', suffix: '' }, articleTitle: article.title, source: article.source });
    blocks.push(block('list', [1, 2, 3].map((i) => block('listitem', [text(`Point ${i} of section ${section}: follow the committee hearing.`)], { value: i })), { listType: 'bullet', start: 1, tag: 'ul' }));
    if (section % 3 === 0) {
      const cell = (t: string) => block('tablecell', [block('paragraph', [text(t)])], { headerState: 0 });
      blocks.push(block('table', [['Post', 'Holder', 'Since'], ...people.map((p) => ['Minister', p.name, '2024-10'])].map((r) => block('tablerow', r.map(cell)))));
    }
  }
  const stamp = new Date().toISOString();
  return { id: 'bench-brief', title: 'Thirty-page brief', content: JSON.stringify({ root: block('root', blocks) }), createdAt: stamp, updatedAt: stamp };
}

function benchNotebook(): NotebookData {
  const data = emptyNotebook();
  const names = ['Shigeru Ishiba', '石破茂', '习近平', '김정은', 'Takeshi Iwaya', 'Gen Nakatani'];
  data.entities = names.map((name, i) => ({ id: `p${i}`, key: `PERSON:${name}`, type: 'PERSON', name, aliases: [], roles: [] }));
  data.articles = [0, 1, 2, 3].map((i) => ({
    id: `a${i}`,
    title: `Article ${i + 1} on the cabinet`,
    source: 'Dossier Wire',
    publishedAt: `2024-10-0${i + 1}`,
    url: `https://example.com/${i}`,
    text: SENTENCES.join(' '),
    format: 'paste',
    importedAt: new Date().toISOString(),
    mentions: [],
    quotes: [],
  }));
  data.notes = [longBrief(data.articles, data.entities)];
  return data;
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

/** Markdown and PDF export time for a brief of about 30 pages (target: PDF under 5 s). */
export async function benchExport(): Promise<void> {
  const data = benchNotebook();
  const md = await timed(() => exportBrief(data, ['bench-brief'], { format: 'md' }));
  console.log(`  Markdown: ${md.ms.toFixed(0)} ms (${(md.result.content.length / 1024).toFixed(0)} KB)`);
  const printer = new ChromiumPdfPrinter();
  for (const paper of ['A4', 'Letter'] as const) {
    const pdf = await timed(() => exportBrief(data, ['bench-brief'], { format: 'pdf', paper }, printer));
    const bytes = Buffer.from(pdf.result.content, 'base64');
    const pages = bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    if (process.env.DOSSIER_BENCH_PDF) writeFileSync(`${process.env.DOSSIER_BENCH_PDF}-${paper}.pdf`, bytes); // to look at the pages
    console.log(`  PDF (${paper}): ${pdf.ms.toFixed(0)} ms for ${pages} pages (${(bytes.length / 1024).toFixed(0)} KB) — target under 5000 ms`);
  }
}
