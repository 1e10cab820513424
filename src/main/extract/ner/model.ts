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
  /** Where each feature's weights start in `weights`, by template ("w-1", "ww+", …) then by the rest of its name. */
  private readonly templates = new Map<string, Map<string, number>>();
  /** T weights a feature, in the file's integer units: dense, so adding a feature's weights is a fixed loop. */
  private readonly weights: Int16Array;
  readonly scale: number;
  readonly trans: Float64Array;
  /** Ids of the words in word-pair features, and the pairs ("ww:a|b", "ww+:a|b") by first word, then second word's id. */
  readonly pairWords = new Map<string, number>();
  readonly pairs = { ww: new Map<string, Map<number, number>>(), 'ww+': new Map<string, Map<number, number>>() };

  constructor(file: NerModelFile) {
    const bytes = Buffer.from(file.weights, 'base64');
    const data = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
    const keys = file.keys.split('\n');
    this.weights = new Int16Array(keys.length * T);
    let from = 0;
    for (let f = 0; f < keys.length; f++) {
      const key = keys[f];
      const at = f * T;
      const n = data[from];
      for (let k = from + 1; k < from + 1 + 2 * n; k += 2) this.weights[at + data[k]] = data[k + 1];
      from += 1 + 2 * n;
      const colon = key.indexOf(':');
      const template = colon < 0 ? key : key.slice(0, colon);
      const rest = colon < 0 ? '' : key.slice(colon + 1);
      if (template === 'ww' || template === 'ww+') this.indexPair(this.pairs[template], rest, at);
      this.template(template).set(rest, at);
    }
    this.trans = Float64Array.from(file.trans, (v) => v / file.scale);
    this.scale = file.scale;
  }

  private indexPair(index: Map<string, Map<number, number>>, rest: string, at: number): void {
    // A word holds no '|' unless it is the token '|' itself.
    const bar = rest.startsWith('||') ? 1 : rest.indexOf('|');
    const first = rest.slice(0, bar);
    const second = rest.slice(bar + 1);
    let id = this.pairWords.get(second);
    if (id === undefined) {
      id = this.pairWords.size;
      this.pairWords.set(second, id);
    }
    const inner = index.get(first) ?? new Map<number, number>();
    inner.set(id, at);
    index.set(first, inner);
  }

  /** The features of one template, by the rest of their names ("w-1" → "tokyo" → offset); empty if unknown. */
  template(name: string): Map<string, number> {
    let map = this.templates.get(name);
    if (!map) {
      map = new Map();
      this.templates.set(name, map);
    }
    return map;
  }

  /** Where a feature's weights start, or -1 for a feature the model does not know. */
  find(feature: string): number {
    const colon = feature.indexOf(':');
    const map = this.templates.get(colon < 0 ? feature : feature.slice(0, colon));
    return map?.get(colon < 0 ? '' : feature.slice(colon + 1)) ?? -1;
  }

  /** Adds the weights stored at `at` (from find; -1 adds nothing) into out[row..row+T), in integer units. */
  addAt(at: number, out: Float64Array, row: number): void {
    if (at < 0) return;
    const w = this.weights;
    // Written out for the nine BIO tags (checked in tags.ts): a loop of nine adds is the tagger's hottest line.
    out[row] += w[at];
    out[row + 1] += w[at + 1];
    out[row + 2] += w[at + 2];
    out[row + 3] += w[at + 3];
    out[row + 4] += w[at + 4];
    out[row + 5] += w[at + 5];
    out[row + 6] += w[at + 6];
    out[row + 7] += w[at + 7];
    out[row + 8] += w[at + 8];
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
