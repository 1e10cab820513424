import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedQuote } from '../../shared/extraction';
import { extract } from '../extract';

// Quote-and-speaker figures on PolNeAR, by the same definitions as ../shared/tools/score-quotes.mjs
// (gold: the alphabetically first .ann per article; a direct quote is a Content span that starts with a
// quotation mark or has its opening mark just outside; overlap = one character in common).
// PolNeAR has no astral characters, so its code-point offsets are used as string indices directly.

type Frags = [number, number][];
interface GoldQuote {
  frags: Frags;
  sources: Frags;
}
interface GoldDoc {
  text: string;
  contents: Frags[];
  direct: GoldQuote[];
}
type QuoteFinder = (text: string) => Pick<ExtractedQuote, 'start' | 'end' | 'speakerStart' | 'speakerEnd' | 'fragment'>[];

const DOUBLE_OPEN_START = /^(?:''|[“”"„«‟])/;
const SINGLE_CLOSE = /[’'](?![\p{L}\p{N}])/u;

function startsWithOpener(s: string): boolean {
  if (DOUBLE_OPEN_START.test(s)) return true;
  return /^[‘']/.test(s) && SINGLE_CLOSE.test(s.slice(1));
}

function openerJustBefore(text: string, start: number): boolean {
  let i = start;
  let spaces = 0;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\u00a0') && spaces < 2) {
    i--;
    spaces++;
  }
  const c = text[i - 1];
  if ('“„«‟‘'.includes(c ?? 'x')) return true;
  if (spaces > 0) return false;
  const freeBefore = (j: number) => j < 0 || /[\s([{—–\-/]/.test(text[j]);
  if (c === "'" && text[i - 2] === "'") return freeBefore(i - 3);
  return c === '"' && freeBefore(i - 2);
}

function isDirect(text: string, frags: Frags): boolean {
  const joined = frags.map(([a, b]) => text.slice(a, b)).join(' ');
  const lead = joined.length - joined.trimStart().length;
  return startsWithOpener(joined.trimStart()) || openerJustBefore(text, frags[0][0] + lead);
}

function loadGold(text: string, ann: string): GoldDoc {
  const spans = new Map<string, Frags>();
  const events: string[][][] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ ([0-9 ;]+)\t/.exec(line);
    if (t) spans.set(t[1], t[2].split(';').map((f) => f.trim().split(/\s+/).map(Number) as [number, number]).sort((x, y) => x[0] - y[0]));
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) events.push(e[1].trim().split(/\s+/).map((r) => r.split(':')));
  }
  const byKey = new Map<string, GoldQuote & { direct: boolean }>();
  for (const roles of events) {
    const sources = roles.filter(([r]) => r === 'Source').flatMap(([, id]) => spans.get(id) ?? []);
    for (const [role, id] of roles) {
      const frags = spans.get(id);
      if (!frags || !/^Content\d*$/.test(role)) continue;
      const key = frags.map((f) => f.join('-')).join(';');
      const g = byKey.get(key) ?? { frags, sources: [], direct: isDirect(text, frags) };
      g.sources.push(...sources);
      byKey.set(key, g);
    }
  }
  const all = [...byKey.values()];
  return { text, contents: all.map((g) => g.frags), direct: all.filter((g) => g.direct) };
}

export function loadQuoteSplit(dir: string): GoldDoc[] {
  const anns = readdirSync(join(dir, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  return readdirSync(join(dir, 'text'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -4);
      const ann = anns.find((a) => /^(.*?)(?:_[0-9a-f]+)?\.ann$/.exec(a)?.[1] === id);
      const text = readFileSync(join(dir, 'text', f), 'utf8');
      return ann ? loadGold(text, readFileSync(join(dir, 'attributions', ann), 'utf8')) : { text, contents: [], direct: [] };
    });
}

const overlap = (frags: Frags, s: number, e: number) => frags.reduce((n, [a, b]) => n + Math.max(0, Math.min(b, e) - Math.max(a, s)), 0);

export interface QuoteScores {
  recall: number;
  precision: number;
  speaker: number;
}

export function scoreQuotes(docs: GoldDoc[], find: QuoteFinder): QuoteScores {
  let gold = 0;
  let matched = 0;
  let withSource = 0;
  let speakerOk = 0;
  let predicted = 0;
  let hit = 0;
  for (const doc of docs) {
    const quotes = find(doc.text).filter((q) => !q.fragment && q.end > q.start);
    predicted += quotes.length;
    hit += quotes.filter((q) => doc.contents.some((c) => overlap(c, q.start, q.end) > 0)).length;
    for (const g of doc.direct) {
      gold++;
      let best: (typeof quotes)[number] | null = null;
      let bestLength = 0;
      for (const q of quotes) {
        const length = overlap(g.frags, q.start, q.end);
        if (length > bestLength) [best, bestLength] = [q, length];
      }
      if (!best) continue;
      matched++;
      if (g.sources.length === 0) continue;
      withSource++;
      if (best.speakerEnd > best.speakerStart && best.speakerStart >= 0 && overlap(g.sources, best.speakerStart, best.speakerEnd) > 0) speakerOk++;
    }
  }
  const ratio = (a: number, b: number) => (b ? a / b : 0);
  return { recall: ratio(matched, gold), precision: ratio(hit, predicted), speaker: ratio(speakerOk, withSource) };
}

/** The deliberately naive baseline: text between double quotes, speaker from "X said" / "said X" right after. */
export function naiveQuotes(text: string): ReturnType<QuoteFinder> {
  return [...text.matchAll(/[“"]([^”"\n]{1,2000})[”"]/g)].map((m) => {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const after = /^,?\s*(?:said\s+)?((?:[A-Z][\w.'’-]*\s?)+|he|she|they)(?=\s+said|\.|,|$)/.exec(text.slice(end, end + 60));
    const speakerStart = after ? end + after.index + after[0].indexOf(after[1]) : -1;
    return { start, end, speakerStart, speakerEnd: after ? speakerStart + after[1].trimEnd().length : -1, fragment: m[1].split(/\s+/).length < 4 };
  });
}

const dossierQuotes: QuoteFinder = (text) => extract(text).quotes;

/** Prints quote recall, precision and speaker accuracy on PolNeAR dev and test, for Dossier and the naive baseline. */
export async function benchQuotes(dataDir: string): Promise<void> {
  const root = join(dataDir, 'polnear');
  if (!existsSync(join(root, 'dev', 'text')) || !existsSync(join(root, 'test', 'text'))) {
    console.log(`quotes: skipped — no PolNeAR data in ${root} (expected dev/ and test/ with text/ and attributions/).`);
    return;
  }
  const fmt = (x: number) => x.toFixed(3);
  console.log('quotes (PolNeAR)     recall  precision  speaker');
  for (const split of ['dev', 'test']) {
    const docs = loadQuoteSplit(join(root, split));
    for (const [name, find] of [['Dossier', dossierQuotes], ['naive regex', naiveQuotes]] as const) {
      const s = scoreQuotes(docs, find);
      console.log(`  ${split.padEnd(5)} ${name.padEnd(12)}  ${fmt(s.recall)}   ${fmt(s.precision)}     ${fmt(s.speaker)}`);
    }
  }
}
