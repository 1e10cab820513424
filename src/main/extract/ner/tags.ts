/** The tagger's labels: BIO over the four CoNLL types. MISC is learned so it is not confused with the rest. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const T = TAGS.length;
// NerModel.addAt and SentenceScorer.addPooled are written out for nine tags.
if (T !== 9) throw new Error('the scorer’s adds are written out for nine tags');

const NEG = Number.NEGATIVE_INFINITY;

/** I-X may only follow B-X or I-X; nothing else is forbidden. */
export function allowed(prev: number, cur: number): boolean {
  const tag = TAGS[cur];
  if (!tag.startsWith('I-')) return true;
  if (prev < 0) return false;
  return TAGS[prev].slice(2) === tag.slice(2) && TAGS[prev] !== 'O';
}

// The same test as a table (row T = sentence start), since Viterbi asks it T² times a word.
const ALLOWED = Uint8Array.from({ length: (T + 1) * T }, (_, i) => (allowed(i >= T * T ? -1 : Math.floor(i / T), i % T) ? 1 : 0));

// For each tag, the one tag besides itself allowed before it (I-X: B-X), or -1 where every tag is (O, B-X).
const INSIDE_OF = Int8Array.from({ length: T }, (_, t) => {
  const before = Array.from({ length: T }, (_, p) => p).filter((p) => ALLOWED[p * T + t]);
  if (before.length === T) return -1;
  if (before.length !== 2 || !before.includes(t)) throw new Error(`unexpected BIO constraint for ${TAGS[t]}`);
  return before.find((p) => p !== t) ?? -1;
});
// The decoder below is written out for this layout: O, then B-X and I-X of each type in turn.
if (INSIDE_OF.some((inside, t) => (t === 0 || t % 2 ? inside !== -1 : inside !== t - 1))) throw new Error('tags out of the order viterbi assumes');
// Scratch space reused by every call; Viterbi runs once or twice a sentence. Empty at first, so the first call
// grows it while viterbi is still interpreted (see tagger.ts's scores).
let scratch = { best: new Float64Array(0), back: new Int8Array(0) };

/**
 * Best tag sequence under per-word scores (n×T, row-major, from offset `from`) and transition
 * scores ((T+1)×T; the last row scores the first word), never breaking the BIO constraint.
 * Ties go to the lower-numbered tag.
 */
export function viterbi(scores: Float64Array, n: number, trans: Float64Array, from = 0): number[] {
  if (n === 0) return [];
  if (scratch.best.length < n * T) scratch = { best: new Float64Array(n * T), back: new Int8Array(n * T) };
  const { best, back } = scratch;
  for (let t = 0; t < T; t++) best[t] = ALLOWED[T * T + t] ? scores[from + t] + trans[T * T + t] : NEG;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const row = i * T;
    // O and B-X may follow any tag: the best predecessor of each, reading each predecessor once.
    const b0 = best[prev];
    let o = b0 + trans[0];
    let bp = b0 + trans[1];
    let bo = b0 + trans[3];
    let bl = b0 + trans[5];
    let bm = b0 + trans[7];
    let ao = 0;
    let ap = 0;
    let ab = 0;
    let al = 0;
    let am = 0;
    for (let p = 1; p < T; p++) {
      const v = best[prev + p];
      const at = p * T;
      if (v + trans[at] > o) {
        o = v + trans[at];
        ao = p;
      }
      if (v + trans[at + 1] > bp) {
        bp = v + trans[at + 1];
        ap = p;
      }
      if (v + trans[at + 3] > bo) {
        bo = v + trans[at + 3];
        ab = p;
      }
      if (v + trans[at + 5] > bl) {
        bl = v + trans[at + 5];
        al = p;
      }
      if (v + trans[at + 7] > bm) {
        bm = v + trans[at + 7];
        am = p;
      }
    }
    best[row] = o + scores[from + row];
    back[row] = ao;
    best[row + 1] = bp + scores[from + row + 1];
    back[row + 1] = ap;
    best[row + 3] = bo + scores[from + row + 3];
    back[row + 3] = ab;
    best[row + 5] = bl + scores[from + row + 5];
    back[row + 5] = al;
    best[row + 7] = bm + scores[from + row + 7];
    back[row + 7] = am;
    // I-X: after B-X or I-X only.
    for (let t = 2; t < T; t += 2) {
      const a = best[prev + t - 1] + trans[(t - 1) * T + t];
      const c = best[prev + t] + trans[t * T + t];
      if (c > a) {
        best[row + t] = c + scores[from + row + t];
        back[row + t] = t;
      } else {
        best[row + t] = a + scores[from + row + t];
        back[row + t] = t - 1;
      }
    }
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t] > best[(n - 1) * T + last]) last = t;
  const path = new Array<number>(n);
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/** Entity spans (first word, last word inclusive) and their types from a BIO path. */
export function spansOf(path: number[]): { from: number; to: number; type: string }[] {
  const spans: { from: number; to: number; type: string }[] = [];
  for (let i = 0; i < path.length; i++) {
    const tag = TAGS[path[i]];
    if (!tag.startsWith('B-')) continue;
    let j = i;
    while (j + 1 < path.length && TAGS[path[j + 1]] === `I-${tag.slice(2)}`) j++;
    spans.push({ from: i, to: j, type: tag.slice(2) });
    i = j;
  }
  return spans;
}
