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
  readonly scale: number;
  readonly trans: Float64Array;
  /** The word-pair features ("ww:a|b", "ww+:a|b") indexed by first word then second, so pairs need no key strings. */
  readonly pairs = { ww: new Map<string, Map<string, number>>(), 'ww+': new Map<string, Map<string, number>>() };

  constructor(file: NerModelFile) {
    const bytes = Buffer.from(file.weights, 'base64');
    this.data = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
    const keys = file.keys.split('\n');
    let at = 0;
    for (const key of keys) {
      this.offsets.set(key, at);
      if (key.startsWith('ww')) this.indexPair(key, at);
      at += 1 + 2 * this.data[at];
    }
    this.trans = Float64Array.from(file.trans, (v) => v / file.scale);
    this.scale = file.scale;
  }

  private indexPair(key: string, at: number): void {
    const colon = key.indexOf(':');
    const index = key.slice(0, colon) === 'ww' ? this.pairs.ww : this.pairs['ww+'];
    const rest = key.slice(colon + 1);
    // A word holds no '|' unless it is the token '|' itself.
    const bar = rest.startsWith('||') ? 1 : rest.indexOf('|');
    const first = rest.slice(0, bar);
    const inner = index.get(first) ?? new Map<string, number>();
    inner.set(rest.slice(bar + 1), at);
    index.set(first, inner);
  }

  /** Where a feature's weights start, or -1 for a feature the model does not know. */
  find(feature: string): number {
    return this.offsets.get(feature) ?? -1;
  }

  /** Adds the weights stored at `at` (from find; -1 adds nothing) into out[row..row+T), in integer units. */
  addAt(at: number, out: Float64Array, row: number): void {
    if (at < 0) return;
    const { data } = this;
    const n = data[at];
    for (let k = at + 1; k < at + 1 + 2 * n; k += 2) out[row + data[k]] += data[k + 1];
  }

  /** Adds the weights of `features` into out[row..row+T), in the model's integer units. */
  add(features: string[], out: Float64Array, row: number): void {
    for (const f of features) this.addAt(this.find(f), out, row);
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
