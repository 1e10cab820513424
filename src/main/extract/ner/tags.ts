/** The tagger's labels: BIO over the four CoNLL types. MISC is learned so it is not confused with the rest. */
export const TAGS = ['O', 'B-PER', 'I-PER', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export type Tag = (typeof TAGS)[number];
export const T = TAGS.length;

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

// For each tag, the tags allowed before it, in ascending order (so ties go to the lower tag).
const BEFORE = Array.from({ length: T }, (_, t) => Int8Array.from(Array.from({ length: T }, (_, p) => p).filter((p) => ALLOWED[p * T + t])));
// Scratch space reused by every call; Viterbi runs once a sentence.
let scratch = { best: new Float64Array(64 * T), back: new Int8Array(64 * T) };

/**
 * Best tag sequence under per-word scores (n×T, row-major) and transition scores ((T+1)×T; the
 * last row scores the first word), never breaking the BIO constraint.
 */
export function viterbi(scores: Float64Array, n: number, trans: ArrayLike<number>): number[] {
  if (n === 0) return [];
  if (scratch.best.length < n * T) scratch = { best: new Float64Array(n * T), back: new Int8Array(n * T) };
  const { best, back } = scratch;
  for (let t = 0; t < T; t++) best[t] = ALLOWED[T * T + t] ? scores[t] + trans[T * T + t] : NEG;
  for (let i = 1; i < n; i++) {
    const prev = (i - 1) * T;
    const row = i * T;
    for (let t = 0; t < T; t++) {
      const before = BEFORE[t];
      let top = NEG;
      let arg = 0;
      for (let k = 0; k < before.length; k++) {
        const p = before[k];
        const v = best[prev + p] + trans[p * T + t];
        if (v > top) {
          top = v;
          arg = p;
        }
      }
      best[row + t] = top + scores[row + t];
      back[row + t] = arg;
    }
  }
  let arg = 0;
  for (let t = 1; t < T; t++) if (best[(n - 1) * T + t] > best[(n - 1) * T + arg]) arg = t;
  const path = new Array<number>(n);
  path[n - 1] = arg;
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
