// Exact-span NER scoring by the rules of ../shared/tools/score-ner.mjs, so `npm run bench` agrees
// with it: PER/ORG/LOC only; spans trimmed of surrounding whitespace and a trailing possessive 's
// on both sides; predictions compared as sets.

export const SCORED_TYPES = ['PER', 'ORG', 'LOC'] as const;
const TYPE_MAP: Record<string, string> = { PERSON: 'PER', PER: 'PER', ORGANIZATION: 'ORG', ORG: 'ORG', PLACE: 'LOC', LOC: 'LOC', LOCATION: 'LOC' };

export interface ScoredSpan {
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  tp: number;
  gold: number;
  pred: number;
}

function normSpan(text: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e - s > 2 && /^['’]s$/i.test(text.slice(e - 2, e))) {
    e -= 2;
    while (e > s && /\s/.test(text[e - 1])) e--;
  }
  return [s, e];
}

function spanSet(text: string, spans: ScoredSpan[]): Set<string> {
  const set = new Set<string>();
  for (const span of spans) {
    const type = TYPE_MAP[span.type];
    if (!type || span.end <= span.start || span.start < 0 || span.end > text.length) continue;
    const [s, e] = normSpan(text, span.start, span.end);
    if (e > s) set.add(`${type}:${s}:${e}`);
  }
  return set;
}

/** Adds one document's true positives, gold and predicted counts per type into `counts`. */
export function countDocument(text: string, gold: ScoredSpan[], pred: ScoredSpan[], counts: Record<string, Counts>): void {
  const g = spanSet(text, gold);
  const p = spanSet(text, pred);
  for (const key of g) counts[key.split(':')[0]].gold++;
  for (const key of p) {
    const type = key.split(':')[0];
    counts[type].pred++;
    if (g.has(key)) counts[type].tp++;
  }
}

export function emptyCounts(): Record<string, Counts> {
  return Object.fromEntries(SCORED_TYPES.map((t) => [t, { tp: 0, gold: 0, pred: 0 }]));
}

/** Precision, recall and F1 of one row of counts (0 where undefined, as score-ner prints). */
export function prf({ tp, gold, pred }: Counts): { p: number; r: number; f1: number } {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function micro(counts: Record<string, Counts>): Counts {
  const all = { tp: 0, gold: 0, pred: 0 };
  for (const t of SCORED_TYPES) {
    all.tp += counts[t].tp;
    all.gold += counts[t].gold;
    all.pred += counts[t].pred;
  }
  return all;
}
