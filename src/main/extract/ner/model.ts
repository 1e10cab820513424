import { T, TAGS } from './tags';

/**
 * The trained tagger as shipped: a JSON file of a few long strings, so it parses fast and the
 * type checker never has to read a huge object literal. `keys` lists feature names one a line;
 * `weights` is base64 Int16 data, for each key in turn: a count n, then n (tag, weight) pairs.
 */
export interface NerModelFile {
  version: number;
  tags: string[];
  scale: number;
  trans: number[];
  keys: string;
  weights: string;
}

export class NerModel {
  private readonly offsets = new Map<string, number>();
  private readonly data: Int16Array;
  private readonly scale: number;
  readonly trans: Float64Array;

  constructor(file: NerModelFile) {
    const bytes = Buffer.from(file.weights, 'base64');
    this.data = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
    const keys = file.keys.split('\n');
    let at = 0;
    for (const key of keys) {
      this.offsets.set(key, at);
      at += 1 + 2 * this.data[at];
    }
    this.trans = Float64Array.from(file.trans, (v) => v / file.scale);
    this.scale = file.scale;
  }

  /** Adds the weights of `features` into out[row..row+T), in the model's integer units. */
  add(features: string[], out: Float64Array, row: number): void {
    const { data, offsets } = this;
    for (const f of features) {
      const at = offsets.get(f);
      if (at === undefined) continue;
      const n = data[at];
      for (let k = 0; k < n; k++) out[row + data[at + 1 + 2 * k]] += data[at + 2 + 2 * k];
    }
  }

  /** Per-word tag scores (n×T, row-major): cached per-word scores plus each word's context features. */
  scores(wordScores: Float64Array[], context: string[][]): Float64Array {
    const out = new Float64Array(context.length * T);
    for (let i = 0; i < context.length; i++) {
      const row = i * T;
      out.set(wordScores[i], row);
      this.add(context[i], out, row);
      for (let t = 0; t < T; t++) out[row + t] /= this.scale;
    }
    return out;
  }

  private readonly wordCache = new Map<string, Float64Array>();

  /** The summed weights of a word's own features; cached, as most words recur across articles. */
  wordScores(word: string, caps: boolean, features: (word: string, caps: boolean) => string[]): Float64Array {
    const key = caps ? `C${word}` : `m${word}`;
    let scores = this.wordCache.get(key);
    if (!scores) {
      scores = new Float64Array(T);
      this.add(features(word, caps), scores, 0);
      // Bounded so a long-running app never grows without limit; refilling is cheap.
      if (this.wordCache.size > 200_000) this.wordCache.clear();
      this.wordCache.set(key, scores);
    }
    return scores;
  }
}

/** Packs averaged weights (features × T) into the shipped format, dropping weights too small to matter. */
export function encodeModel(names: string[], weights: Float64Array, trans: Float64Array, scale: number, minAbs: number): NerModelFile {
  const keys: string[] = [];
  const data: number[] = [];
  for (let f = 0; f < names.length; f++) {
    const pairs: number[] = [];
    for (let t = 0; t < T; t++) {
      const v = Math.round(weights[f * T + t] * scale);
      if (Math.abs(v) >= minAbs) pairs.push(t, Math.max(-32767, Math.min(32767, v)));
    }
    if (!pairs.length) continue;
    keys.push(names[f]);
    data.push(pairs.length / 2, ...pairs);
  }
  const packed = Int16Array.from(data);
  return {
    version: 1,
    tags: [...TAGS],
    scale,
    trans: Array.from(trans, (v) => Math.round(v * scale)),
    keys: keys.join('\n'),
    weights: Buffer.from(packed.buffer).toString('base64'),
  };
}
