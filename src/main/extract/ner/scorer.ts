import { cuesOf } from '../cues';
import { CAPITALISED, HAS_LETTER, HAS_LOWER, shape } from './features';
import { GAZETTEER_LABELS, gazetteerMasksInto, type PhraseStart, phraseStarts, wordCues } from './gazetteer';
import { loadLexicon } from './lexicon';
import type { NerModel } from './model';
import { T } from './tags';

/**
 * Tag scores for a sentence, exactly as the model scores the feature strings of features.ts, but
 * without building them: every feature is looked up once per distinct word, shape or shape pair
 * and remembered as the offset of its weights. Weights are integers until the final division, so
 * the sums do not depend on the order they are added in.
 */

// Openers after which a capitalised word says nothing about its case (as in documentCase).
const OPENER = /^["“'‘(:-]$/;
const TITLE_CASED = /^\p{Lu}\p{Ll}/u;

interface Lower {
  text: string;
  /** Weights of the word's own lower-case form ("w:…"; -1: none), and 1 where the model has any written form's ("W:…"). */
  w: number;
  cased: number;
  /** Where the word's weights as the previous word ("w-1:…" + "k-1:…") and as the next ("w+1:…" + "k+1:…") sit summed in the pool (-1: none). */
  asPrev: number;
  asNext: number;
  /** Weights of the word as a neighbour two away ("w-2:…", "w+2:…") and around a capitalised run ("rh:…", "rb:…"). */
  prev2: number;
  next2: number;
  runHead: number;
  runBefore: number;
  /** Weights of the word's own classes ("k1:…", "k2:…", "k3:…"). */
  classes: number[];
  /** Id among the second words of word pairs, and among the first words of "ww" and "ww+" pairs (-1: none). */
  pairId: number;
  ww: number;
  wwPlus: number;
  cues: number;
  /** The place and organisation names the word starts (gazetteer.ts). */
  places: PhraseStart;
  orgs: PhraseStart;
  /** Long enough and lettered enough to carry the document-case feature. */
  docCased: boolean;
  /** The last document that wrote this word in lower case, or Capitalised mid-sentence. */
  lowerIn: number;
  titleIn: number;
}

interface Shape {
  id: number;
  text: string;
  /** Weights of "s:…" and of "cs:m…", "cs:C…". */
  alone: number;
  mixed: number;
  caps: number;
  /** Pool offsets of "ss-:prev|this" + "ss+:this|next" + "sss:prev|this|next" summed, by the other shapes' ids (prev × MAX_SHAPES + next). */
  around: Map<number, number>;
}

/** A token as the scorer knows it: its lower-case form, shape, case flags and cached own scores. */
export interface ScoredWord {
  text: string;
  lower: Lower;
  shape: Shape;
  hasLower: boolean;
  hasLetter: boolean;
  capitalised: boolean;
  marksLower: boolean;
  titleCased: boolean;
  opener: boolean;
  /** Where the summed weights of the word's own features sit in the scorer's pool, in a mixed-case and in an all-caps sentence (-1: not yet summed). */
  mixed: number;
  caps: number;
  /** What the name rules may look for in the token (cues.ts). */
  ruleCues: number;
  /** How often the token was looked up in the big map (lookUp). */
  seen: number;
}

// Ids of shapes under 2^12 pair into one small-integer map key; rarer shapes are looked up each time.
const MAX_SHAPES = 4096;
// Bounded so a long-running app never grows without limit; refilling is cheap.
const MAX_WORDS = 200_000;
// A word joins the small map of common words at its 16th look-up, until that map holds 4,096 (2,048 at the 32nd, or
// 8,192 at the 8th, read GMB train no faster).
const HOT_AFTER = 16;
const MAX_HOT = 4096;

export class SentenceScorer {
  private words = new Map<string, ScoredWord>();
  /** The commonest words ("the", ",", "said"), in a map small enough to stay in the processor's caches (see lookUp). */
  private hot = new Map<string, ScoredWord>();
  private lowers = new Map<string, Lower>();
  private shapes = new Map<string, Shape>();
  private readonly model: NerModel;
  private start!: Lower;
  private end!: Lower;
  private startShape!: Shape;
  private endShape!: Shape;
  private document = 0;
  private readonly tpl: (name: string) => Map<string, number>;
  /** A neighbour's middle word class's weights ("k-1:…", "k+1:…"); the neighbour's own word's are the model's (NerModel.word). */
  private readonly nearClass: Record<'prev' | 'next', Map<string, number>>;
  private readonly classTemplates: Map<string, number>[];
  private readonly prefixes: Map<string, number>[];
  private readonly suffixes: Map<string, number>[];
  private readonly bias: number;
  // (caps, shape) → "i:…"; (caps, shape, seen lower, seen title) → "d:…"; (caps, shape, label) → "gs:…".
  private readonly initial = new Map<number, number>();
  private readonly docShape = new Map<number, number>();
  private readonly gazShape = new Map<number, number>();
  // Run length (1–4) and position (0–3) → "rl:…"; label → "g:…", "g-1:…", "g+1:…".
  private readonly runLength = new Int32Array(5 * 4);
  private readonly gaz: Int32Array[];
  // Empty at first, as tagger.ts's scores: the first sentence grows them before score() is optimised.
  private buffer = new Float64Array(0);
  private masks = new Uint16Array(0);
  // Words' own scores, T numbers each, in one array rather than one small array a word. Integers, as the model's
  // weights are until the final division (a sum of at most about 20 weights of 16 bits each), so half the bytes of
  // doubles for the scorer to read from memory: about 5% less time in score() on GMB train.
  // Small at first, so it grows while the first document is read, before reserve() is optimised.
  private pool = new Int32Array(16 * T);
  private pooled = 0;
  /** What prefetch() read, summed: never used. */
  touched = 0;

  constructor(model: NerModel) {
    this.model = model;
    this.tpl = (name) => model.template(name);
    const t = this.tpl;
    this.nearClass = { prev: t('k-1'), next: t('k+1') };
    this.classTemplates = [t('k1'), t('k2'), t('k3')];
    this.prefixes = [0, 1, 2, 3, 4].map((k) => model.template(`p${k}`));
    this.suffixes = [0, 1, 2, 3, 4].map((k) => model.template(`x${k}`));
    this.bias = model.find('b');
    this.reset();
    for (let len = 1; len <= 4; len++) for (let at = 0; at <= 3; at++) this.runLength[len * 4 + at] = model.find(`rl:${len}|${at}`);
    this.gaz = ['g', 'g-1', 'g+1'].map((p) => Int32Array.from(GAZETTEER_LABELS, (g) => model.find(`${p}:${g}`)));
  }

  /**
   * Looks up every token of a document and notes how the document writes each word (documentCase).
   * The words returned are valid for scoring until the next call.
   */
  readDocument(sentences: readonly string[][]): ScoredWord[][] {
    if (this.words.size > MAX_WORDS || this.shapes.size >= MAX_SHAPES) this.reset();
    const doc = ++this.document;
    // Built by push, not map(): map() gives packed arrays while its caller is interpreted and holey
    // ones once the optimising compiler has inlined it, and the hot loops that then see both kinds
    // of array throw their compiled code away and compile it again. The tagger's arrays do the same.
    const out: ScoredWord[][] = [];
    for (const tokens of sentences) {
      const ws: ScoredWord[] = [];
      for (const t of tokens) ws.push(this.hot.get(t) ?? this.lookUp(t));
      out.push(ws);
      // Marked while the sentence's words are still in the cache.
      if (allCaps(ws)) continue;
      for (let i = 0; i < ws.length; i++) {
        const w = ws[i];
        if (w.marksLower) w.lower.lowerIn = doc;
        else if (i > 0 && w.titleCased && !ws[i - 1].opener) w.lower.titleIn = doc;
      }
    }
    return out;
  }

  /**
   * A word from the big map, made where it is new. A word met often enough moves into the small one too: most of a
   * text's tokens are a few hundred words, and a look-up in a map of tens of thousands misses the caches each time.
   */
  private lookUp(token: string): ScoredWord {
    const word = this.words.get(token) ?? this.word(token);
    if (++word.seen === HOT_AFTER && this.hot.size < MAX_HOT) this.hot.set(token, word);
    return word;
  }

  /** Per-word tag scores (n×T, row-major) of one sentence of the last document read; reused by the next call. */
  score(ws: readonly ScoredWord[]): Float64Array {
    const n = ws.length;
    const caps = allCaps(ws);
    const capsBit = caps ? 1 : 0;
    const c = caps ? 'C' : 'm';
    const doc = this.document;
    const lower: Lower[] = [];
    for (const w of ws) lower.push(w.lower);
    this.prefetch(ws, lower, caps);
    if (this.masks.length < n) this.masks = new Uint16Array(2 * n);
    const masks = gazetteerMasksInto(lower, this.masks);
    for (let i = 0; i < n; i++) masks[i] |= lower[i].cues;
    if (this.buffer.length < n * T) this.buffer = new Float64Array(n * T);
    const out = this.buffer;
    const { model, start, end, startShape, endShape } = this;
    let runStart = -1;
    let runEnd = -1;
    for (let i = 0; i < n; i++) {
      const row = i * T;
      // Both read on every word: the first all-caps sentence would otherwise bring a read the optimised code never ran.
      const { mixed, caps: capsOwn } = ws[i];
      let own = caps ? capsOwn : mixed;
      if (own < 0) own = this.own(ws[i], caps);
      // Read after own() and sum(), which may grow the pool.
      const { pool } = this;
      // Written out for the nine BIO tags, as NerModel.addAt.
      out[row] = pool[own];
      out[row + 1] = pool[own + 1];
      out[row + 2] = pool[own + 2];
      out[row + 3] = pool[own + 3];
      out[row + 4] = pool[own + 4];
      out[row + 5] = pool[own + 5];
      out[row + 6] = pool[own + 6];
      out[row + 7] = pool[own + 7];
      out[row + 8] = pool[own + 8];
      const cur = lower[i];
      const prev = i > 0 ? lower[i - 1] : start;
      const next = i + 1 < n ? lower[i + 1] : end;
      this.addPooled(prev.asPrev, out, row);
      this.addPooled(next.asNext, out, row);
      model.addAt((i > 1 ? lower[i - 2] : start).prev2, out, row);
      model.addAt((i + 2 < n ? lower[i + 2] : end).next2, out, row);
      model.addAt(model.pairs.ww.find(prev.ww, cur.pairId), out, row);
      model.addAt(model.pairs['ww+'].find(cur.wwPlus, next.pairId), out, row);

      // Each shape lookup builds its feature's name only the first time its key is seen.
      const s = ws[i].shape;
      const sp = i > 0 ? ws[i - 1].shape : startShape;
      const sn = i + 1 < n ? ws[i + 1].shape : endShape;
      const key = sp.id < MAX_SHAPES && sn.id < MAX_SHAPES ? sp.id * MAX_SHAPES + sn.id : -1;
      let around = s.around.get(key);
      if (around === undefined) {
        around = this.sum(model.find(`ss-:${sp.text}|${s.text}`), model.find(`ss+:${s.text}|${sn.text}`), model.find(`sss:${sp.text}|${s.text}|${sn.text}`));
        if (key >= 0) s.around.set(key, around);
      }
      this.addPooled(around, out, row);
      const shapeKey = s.id * 2 + capsBit;
      if (i === 0) model.addAt(this.initial.get(shapeKey) ?? this.remember(this.initial, shapeKey, `i:${c}${s.text}`), out, row);
      if (cur.docCased) {
        const seen = (cur.lowerIn === doc ? 2 : 0) + (cur.titleIn === doc ? 1 : 0);
        const key = shapeKey * 4 + seen;
        model.addAt(this.docShape.get(key) ?? this.remember(this.docShape, key, `d:${c}${s.text}${seen & 2 ? 'L' : ''}${seen & 1 ? 'T' : ''}`), out, row);
      }

      if (!ws[i].capitalised) runStart = -1;
      else if (runStart < 0) {
        runStart = i;
        runEnd = i;
        while (runEnd < n && ws[runEnd].capitalised) runEnd++;
      }
      if (!caps && runStart >= 0) {
        model.addAt(this.runLength[Math.min(runEnd - runStart, 4) * 4 + Math.min(i - runStart, 3)], out, row);
        model.addAt(lower[runEnd - 1].runHead, out, row);
        if (runStart > 0) model.addAt(lower[runStart - 1].runBefore, out, row);
      }

      for (let m = masks[i], bit = 0; m; m >>= 1, bit++) {
        if (!(m & 1)) continue;
        model.addAt(this.gaz[0][bit], out, row);
        const key = shapeKey * 16 + bit;
        model.addAt(this.gazShape.get(key) ?? this.remember(this.gazShape, key, `gs:${GAZETTEER_LABELS[bit]}${c}${s.text}`), out, row);
      }
      if (i > 0) for (let m = masks[i - 1], bit = 0; m; m >>= 1, bit++) if (m & 1) model.addAt(this.gaz[1][bit], out, row);
      if (i + 1 < n) for (let m = masks[i + 1], bit = 0; m; m >>= 1, bit++) if (m & 1) model.addAt(this.gaz[2][bit], out, row);
      for (let t = row; t < row + T; t++) out[t] /= model.scale;
    }
    return out;
  }

  /**
   * Reads one number at each end of the rows the sentence's words will add most (their own sums, their sums as a
   * neighbour, the model's rows for them two away), and nothing else. Those rows lie all over a pool and a model of
   * megabytes, and a document's words have seldom been read since the last: here each read waits on memory. In a loop
   * of loads alone the processor keeps many in flight at once, where score()'s own loop, with a map look-up and a branch
   * between two rows, waits for them one at a time; score() then finds the rows in its caches.
   */
  private prefetch(ws: readonly ScoredWord[], lower: readonly Lower[], caps: boolean): void {
    const { pool } = this;
    const weights = this.model.weights;
    let sum = 0;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      const l = lower[i];
      // No test that could go either way in the loop: a row's offset of -1 (none) reads row 0.
      const own = Math.max(0, caps ? w.caps : w.mixed);
      const prev = Math.max(0, l.asPrev);
      const next = Math.max(0, l.asNext);
      const prev2 = Math.max(0, l.prev2);
      const next2 = Math.max(0, l.next2);
      sum += pool[own] + pool[own + T - 1] + pool[prev] + pool[prev + T - 1] + pool[next] + pool[next + T - 1];
      sum += weights[prev2] + weights[prev2 + T - 1] + weights[next2] + weights[next2 + T - 1];
    }
    // Kept, so the compiler cannot drop the reads as unused.
    this.touched = sum;
  }

  /** The offset of a feature's weights, remembered under a numeric key (-1: too rare a key to remember). */
  private remember(map: Map<number, number>, key: number, feature: string): number {
    const at = this.model.find(feature);
    if (key >= 0) map.set(key, at);
    return at;
  }

  /** T zeroed numbers in the pool, by their offset; growing the pool keeps earlier offsets valid. */
  private reserve(): number {
    if (this.pooled + T > this.pool.length) {
      const grown = new Int32Array(this.pool.length * 2);
      grown.set(this.pool);
      this.pool = grown;
    }
    const at = this.pooled;
    this.pooled += T;
    // A reset reuses the pool from the start: clear what an earlier document left there.
    this.pool.fill(0, at, at + T);
    return at;
  }

  /** Adds the pooled sum at `at` (from sum; -1 adds nothing) into out[row..row+T). */
  private addPooled(at: number, out: Float64Array, row: number): void {
    if (at < 0) return;
    const p = this.pool;
    // Written out for the nine BIO tags, as NerModel.addAt.
    out[row] += p[at];
    out[row + 1] += p[at + 1];
    out[row + 2] += p[at + 2];
    out[row + 3] += p[at + 3];
    out[row + 4] += p[at + 4];
    out[row + 5] += p[at + 5];
    out[row + 6] += p[at + 6];
    out[row + 7] += p[at + 7];
    out[row + 8] += p[at + 8];
  }

  /** The weights of two or three features (by model offset; -1: unknown) summed into the pool, or -1 if none is known. */
  private sum(a: number, b: number, c = -1): number {
    if (a < 0 && b < 0 && c < 0) return -1;
    const at = this.reserve();
    this.model.addAtInt(a, this.pool, at);
    this.model.addAtInt(b, this.pool, at);
    this.model.addAtInt(c, this.pool, at);
    return at;
  }

  /** The word's own features (wordFeatures): bias, lower-case form and affixes, shape, and the word itself outside all-caps. */
  private own(word: ScoredWord, caps: boolean): number {
    const { model, tpl } = this;
    const at = this.reserve();
    const w = word.lower.text;
    const scores = this.pool;
    model.addAtInt(this.bias, scores, at);
    model.addAtInt(word.lower.w, scores, at);
    for (let k = 1; k <= 4 && k < w.length; k++) {
      model.addAtInt(this.prefixes[k].get(w.slice(0, k)) ?? -1, scores, at);
      model.addAtInt(this.suffixes[k].get(w.slice(-k)) ?? -1, scores, at);
    }
    for (const c of word.lower.classes) model.addAtInt(c, scores, at);
    model.addAtInt(word.shape.alone, scores, at);
    model.addAtInt(caps ? word.shape.caps : word.shape.mixed, scores, at);
    if (caps) word.caps = at;
    else {
      // Most words have no weights as written: looked up only where some written form of the word has.
      if (word.lower.cased) model.addAtInt(tpl('W').get(word.text) ?? -1, scores, at);
      word.mixed = at;
    }
    return at;
  }

  private word(token: string): ScoredWord {
    const text = token.toLowerCase();
    const c = token.charCodeAt(0);
    const word: ScoredWord = {
      text: token,
      lower: this.lowers.get(text) ?? this.lower(text, true),
      shape: this.shape(shape(token)),
      hasLower: HAS_LOWER.test(token),
      hasLetter: HAS_LETTER.test(token),
      capitalised: CAPITALISED.test(token),
      marksLower: c >= 97 && c <= 122 && token === text,
      titleCased: TITLE_CASED.test(token),
      opener: OPENER.test(token),
      mixed: -1,
      caps: -1,
      ruleCues: cuesOf(token),
      seen: 0,
    };
    this.words.set(token, word);
    return word;
  }

  private lower(text: string, keep: boolean): Lower {
    const { nearClass } = this;
    const k = this.model.word(text);
    const classes = keep ? loadLexicon().classes.get(text) : undefined;
    const middle = classes?.[1] ?? '-';
    const starts = phraseStarts(text);
    const entry: Lower = {
      text,
      w: k.w,
      cased: k.cased,
      asPrev: this.sum(k.prev, nearClass.prev.get(middle) ?? -1),
      asNext: this.sum(k.next, nearClass.next.get(middle) ?? -1),
      prev2: k.prev2,
      next2: k.next2,
      runHead: k.runHead,
      runBefore: k.runBefore,
      classes: [],
      pairId: k.pairId,
      ww: k.ww,
      wwPlus: k.wwPlus,
      cues: wordCues(text),
      places: starts.places,
      orgs: starts.orgs,
      docCased: text.length > 1 && HAS_LETTER.test(text),
      lowerIn: 0,
      titleIn: 0,
    };
    if (classes) for (let k = 0; k < classes.length; k++) entry.classes.push(this.classTemplates[k].get(classes[k]) ?? -1);
    if (keep) this.lowers.set(text, entry);
    return entry;
  }

  private shape(text: string): Shape {
    let entry = this.shapes.get(text);
    if (!entry) {
      const cased = this.tpl('cs');
      entry = {
        id: this.shapes.size,
        text,
        alone: this.tpl('s').get(text) ?? -1,
        mixed: cased.get(`m${text}`) ?? -1,
        caps: cased.get(`C${text}`) ?? -1,
        around: new Map(),
      };
      this.shapes.set(text, entry);
    }
    return entry;
  }

  /** Forgets every word, shape and pooled sum, then sums the sentence edges afresh (they live in the pool too). */
  private reset(): void {
    this.words = new Map();
    this.hot = new Map();
    this.lowers = new Map();
    this.shapes = new Map();
    this.pooled = 0;
    this.start = this.lower('<s>', false);
    this.end = this.lower('</s>', false);
    this.startShape = this.shape('<s>');
    this.endShape = this.shape('</s>');
    this.initial.clear();
    this.docShape.clear();
    this.gazShape.clear();
  }
}

/** isAllCaps over looked-up words: no lower-case letter anywhere, and some letter. */
export function allCaps(ws: readonly ScoredWord[]): boolean {
  let letters = false;
  for (const w of ws) {
    if (w.hasLower) return false;
    letters ||= w.hasLetter;
  }
  return letters;
}
