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

/**
 * What the model holds for one lower-case word in the templates keyed by a word alone: where its weights sit as the word
 * itself ("w:…"), as a neighbour ("w-1:…", "w+1:…", "w-2:…", "w+2:…") and around a capitalised run ("rh:…", "rb:…"),
 * each -1 where it has none; and its ids in the word pairs ("ww:…", "ww+:…"), -1 where it is in none.
 */
export interface ModelWord {
  w: number;
  prev: number;
  next: number;
  prev2: number;
  next2: number;
  runHead: number;
  runBefore: number;
  /** Id among the pairs' second words, and among the first words of "ww" and of "ww+" pairs. */
  pairId: number;
  ww: number;
  wwPlus: number;
  /** 1 where the model has weights for the word as written in some case ("W:Tokyo", "W:TOKYO"), else 0. */
  cased: number;
}

/** A word the model holds nothing for yet; one object literal, so every ModelWord has one layout. */
const blankWord = (): ModelWord => ({ w: -1, prev: -1, next: -1, prev2: -1, next2: -1, runHead: -1, runBefore: -1, pairId: -1, ww: -1, wwPlus: -1, cased: 0 });

/** A word the model holds nothing for. */
export const UNKNOWN_WORD: Readonly<ModelWord> = blankWord();

// The templates keyed by a word alone, by the ModelWord field each fills.
const WORD_TEMPLATES = new Map<string, 'w' | 'prev' | 'next' | 'prev2' | 'next2' | 'runHead' | 'runBefore'>([
  ['w', 'w'],
  ['w-1', 'prev'],
  ['w+1', 'next'],
  ['w-2', 'prev2'],
  ['w+2', 'next2'],
  ['rh', 'runHead'],
  ['rb', 'runBefore'],
]);

export class NerModel {
  /** Where each feature's weights start in `weights`, by template ("w-1", "ww+", …) then by the rest of its name. */
  private readonly templates = new Map<string, Map<string, number>>();
  /** T weights a feature, in the file's integer units: dense, so adding a feature's weights is a fixed loop. Read by the scorer's prefetch too. */
  readonly weights: Int16Array;
  readonly scale: number;
  readonly trans: Float64Array;
  /** Ids of the words in word-pair features as the second word, and the pairs ("ww:a|b", "ww+:a|b") by both words' ids. */
  readonly pairWords = new Map<string, number>();
  readonly pairs = { ww: new PairTable(), 'ww+': new PairTable() };
  /**
   * Every word of the word templates, with all it has in them (ModelWord): the scorer looks a word new to it up once
   * here, not in ten maps that most new words miss (in a pass over PolNeAR after CoNLL-2003, 96% of the new words
   * were in none of them). Made in the same loop as the templates, so it costs the load little.
   */
  private readonly words = new Map<string, ModelWord>();

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
      if (template === 'ww' || template === 'ww+') this.indexPair(template, rest, at);
      else if (template === 'W') this.wordOf(rest.toLowerCase()).cased = 1;
      else {
        const field = WORD_TEMPLATES.get(template);
        if (field !== undefined) this.wordOf(rest)[field] = at;
      }
      this.template(template).set(rest, at);
    }
    this.pairs.ww.build();
    this.pairs['ww+'].build();
    this.trans = Float64Array.from(file.trans, (v) => v / file.scale);
    this.scale = file.scale;
  }

  private indexPair(template: 'ww' | 'ww+', rest: string, at: number): void {
    // A word holds no '|' unless it is the token '|' itself.
    const bar = rest.startsWith('||') ? 1 : rest.indexOf('|');
    const first = rest.slice(0, bar);
    const second = rest.slice(bar + 1);
    let id = this.pairWords.get(second);
    if (id === undefined) {
      id = this.pairWords.size;
      this.pairWords.set(second, id);
      this.wordOf(second).pairId = id;
    }
    const firstId = this.pairs[template].add(first, id, at);
    if (template === 'ww') this.wordOf(first).ww = firstId;
    else this.wordOf(first).wwPlus = firstId;
  }

  private wordOf(word: string): ModelWord {
    let entry = this.words.get(word);
    if (entry === undefined) {
      entry = blankWord();
      this.words.set(word, entry);
    }
    return entry;
  }

  /** All the model holds for a lower-case word in the templates keyed by a word alone (UNKNOWN_WORD where nothing). */
  word(word: string): Readonly<ModelWord> {
    return this.words.get(word) ?? UNKNOWN_WORD;
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

  /**
   * addAt into integers: the scorer's pooled sums, which stay whole (at most a few dozen weights of 16 bits each). A copy
   * of addAt, not one function for both arrays: each array kind keeps its own loads monomorphic on the tagger's hottest line.
   */
  addAtInt(at: number, out: Int32Array, row: number): void {
    if (at < 0) return;
    const w = this.weights;
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

/**
 * One template's word-pair features, looked up by the first word's id here and the second word's id in
 * pairWords: an open-addressing table of integers, since the tagger looks up two pairs a word and a Map
 * of Maps cost it a tenth of its time.
 */
export class PairTable {
  /** Ids of the words that open a pair. */
  readonly firsts = new Map<string, number>();
  private pending: number[] = [];
  private keys = new Int32Array(0);
  private values = new Int32Array(0);
  private shift = 32;

  /** Adds a pair by its first word and its second word's id; returns the first word's id. */
  add(first: string, second: number, at: number): number {
    let id = this.firsts.get(first);
    if (id === undefined) {
      id = this.firsts.size;
      this.firsts.set(first, id);
    }
    this.pending.push(id, second, at);
    return id;
  }

  /** Lays the pairs added out in a table at most a quarter full. */
  build(): void {
    const n = this.pending.length / 3;
    let bits = 4;
    while (1 << bits < n * 4) bits++;
    // Keys are first × 2^16 + second, kept under 2^31.
    if (this.firsts.size >= 1 << 15 || this.pending.some((v, k) => k % 3 === 1 && v >= 1 << 16)) throw new Error('too many words in word pairs for the pair table');
    this.keys = new Int32Array(1 << bits).fill(-1);
    this.values = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    for (let k = 0; k < this.pending.length; k += 3) {
      const key = this.pending[k] * 65536 + this.pending[k + 1];
      let slot = Math.imul(key, 0x9e3779b1) >>> this.shift;
      while (this.keys[slot] !== -1 && this.keys[slot] !== key) slot = (slot + 1) & (this.keys.length - 1);
      this.keys[slot] = key;
      this.values[slot] = this.pending[k + 2];
    }
    this.pending = [];
  }

  /** Where the pair's weights start, or -1 for a pair the model does not know (or a word that opens none: first -1). */
  find(first: number, second: number): number {
    if (first < 0 || second < 0) return -1;
    const key = first * 65536 + second;
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let slot = Math.imul(key, 0x9e3779b1) >>> this.shift; ; slot = (slot + 1) & mask) {
      const k = keys[slot];
      if (k === key) return this.values[slot];
      if (k === -1) return -1;
    }
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
