import type { TaggedDocument } from './conll';
import { documentCase, sentenceFeatures } from './features';
import { T, viterbi } from './tags';

interface Example {
  feats: Int32Array[];
  tags: number[];
  weight: number;
  /** Which words are capitalised (1), the ones word dropout may hide. */
  capitalised: Uint8Array;
}

// The features that name a word itself or it and a neighbour: what word dropout hides.
const IDENTITY = /^(?:w|W|ww|ww\+):/;

/** Documents to learn from, and how far one mistake on them moves the weights (silver data moves them less). */
export interface TrainingSet {
  docs: TaggedDocument[];
  weight: number;
  /** Called before a document's features are read (the trainer swaps the name lists per fold here). */
  prepare?: (doc: TaggedDocument) => void;
  /**
   * The set's source, for training with a copy of every feature per source besides the shared one (Daumé
   * 2007, "frustratingly easy domain adaptation"): the shared weights learn what the sources agree on,
   * each source's copy how its labels differ. collapseDomains() then keeps the shared weights plus one source's.
   */
  domain?: string;
}

/** The separator between a source's name and a feature's in the copies trainPerceptron makes. */
export const DOMAIN_MARK = '§';

/**
 * The weights as one source reads them: each shared feature's weights plus its copy for `domain`; other
 * sources' copies are dropped. Names and weights as trainPerceptron returns them.
 */
export function collapseDomains(names: string[], weights: Float64Array, domain: string): { names: string[]; weights: Float64Array } {
  const index = new Map(names.map((f, i) => [f, i]));
  const shared: number[] = [];
  for (let i = 0; i < names.length; i++) if (!names[i].includes(DOMAIN_MARK)) shared.push(i);
  const out = new Float64Array(shared.length * T);
  shared.forEach((i, k) => {
    const copy = index.get(`${domain}${DOMAIN_MARK}${names[i]}`);
    for (let t = 0; t < T; t++) out[k * T + t] = weights[i * T + t] + (copy === undefined ? 0 : weights[copy * T + t]);
  });
  return { names: shared.map((i) => names[i]), weights: out };
}

/** Deterministic shuffling, so the same data always trains the same model. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Fisher–Yates, in place, with `random` from rng(). */
export function shuffle(order: number[], random: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
}

/**
 * Averaged structured perceptron (Collins 2002): decode each sentence with the current weights,
 * and where the best path differs from the gold one, move weights toward gold. Averaging all
 * intermediate weight vectors is what keeps it from overfitting the last examples it saw.
 */
export function trainPerceptron(sets: TrainingSet[], epochs: number, log: (msg: string) => void, wordDropout = 0) {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const examples: Example[] = [];
  for (const { docs, weight, prepare, domain } of sets)
  for (const doc of docs) {
    prepare?.(doc);
    const dc = documentCase(doc.sentences.map((s) => s.words));
    for (const s of doc.sentences) {
      const feats = sentenceFeatures(s.words, dc).map((fs) =>
        Int32Array.from(domain ? [...fs, ...fs.map((f) => `${domain}${DOMAIN_MARK}${f}`)] : fs, (f) => {
          let id = ids.get(f);
          if (id === undefined) {
            id = names.length;
            ids.set(f, id);
            names.push(f);
          }
          return id;
        }),
      );
      examples.push({ feats, tags: s.tags, weight, capitalised: Uint8Array.from(s.words, (w) => (/^\p{Lu}/u.test(w) ? 1 : 0)) });
    }
  }
  log(`${examples.length} sentences, ${names.length} features`);
  const identity = Uint8Array.from(names, (f) => (IDENTITY.test(f) ? 1 : 0));
  const dropRandom = rng(1996);
  const w = new Float64Array(names.length * T);
  const u = new Float64Array(names.length * T);
  const tw = new Float64Array((T + 1) * T);
  const tu = new Float64Array((T + 1) * T);
  let c = 1;
  const bump = (arr: Float64Array, acc: Float64Array, i: number, d: number) => {
    arr[i] += d;
    acc[i] += c * d;
  };
  const random = rng(2003);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let wrong = 0;
    for (const k of order) {
      const { feats, tags, weight, capitalised } = examples[k];
      const n = tags.length;
      const hidden = new Uint8Array(n);
      if (wordDropout > 0) for (let i = 0; i < n; i++) hidden[i] = capitalised[i] && dropRandom() < wordDropout ? 1 : 0;
      const scores = new Float64Array(n * T);
      for (let i = 0; i < n; i++) for (const f of feats[i]) if (!hidden[i] || !identity[f]) for (let t = 0; t < T; t++) scores[i * T + t] += w[f * T + t];
      const path = viterbi(scores, n, tw);
      for (let i = 0; i < n; i++) {
        const prevGold = i ? tags[i - 1] : T;
        const prevPred = i ? path[i - 1] : T;
        if (path[i] !== tags[i]) {
          wrong++;
          for (const f of feats[i]) {
            if (hidden[i] && identity[f]) continue;
            bump(w, u, f * T + tags[i], weight);
            bump(w, u, f * T + path[i], -weight);
          }
        }
        if (path[i] !== tags[i] || prevGold !== prevPred) {
          bump(tw, tu, prevGold * T + tags[i], weight);
          bump(tw, tu, prevPred * T + path[i], -weight);
        }
      }
      c++;
    }
    log(`epoch ${epoch + 1}: ${wrong} wrong tags`);
  }
  for (let i = 0; i < w.length; i++) w[i] -= u[i] / c;
  for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / c;
  return { names, weights: w, trans: tw };
}
