import { CAPITALISED, type DocumentCase, HAS_LETTER, HAS_LOWER, shape, wordFeatures } from './features';
import { GAZETTEER_LABELS, gazetteerMasks, wordCues } from './gazetteer';
import type { NerModel } from './model';
import { T } from './tags';

/**
 * Tag scores for a sentence, exactly as the model scores the feature strings of features.ts, but
 * without building them: every feature is looked up once per distinct word, shape or shape pair
 * and remembered as the offset of its weights. Weights are integers until the final division, so
 * the sums do not depend on the order they are added in.
 */

// What a lower-case word contributes as a neighbour, and as the last word of a capitalised run or the word before one.
const NEAR = ['w-1', 'w+1', 'w-2', 'w+2', 'rh', 'rb'] as const;
const [PREV, NEXT, PREV2, NEXT2, RUN_HEAD, RUN_BEFORE] = NEAR.map((_, i) => i);

interface Lower {
  text: string;
  near: Int32Array;
  /** Weights of "ww:this|next" and "ww+:this|next", by the next word. */
  ww: Map<string, number> | undefined;
  wwPlus: Map<string, number> | undefined;
  cues: number;
  /** Long enough and lettered enough to carry the document-case feature. */
  docCased: boolean;
}

interface Shape {
  id: number;
  text: string;
  /** Weights of "ss-:prev|this", "ss+:this|next" and "sss:prev|this|next", by the other shapes' ids. */
  left: Map<number, number>;
  right: Map<number, number>;
  around: Map<number, number>;
}

interface Word {
  lower: Lower;
  shape: Shape;
  hasLower: boolean;
  hasLetter: boolean;
  capitalised: boolean;
  /** Summed weights of the word's own features, in a mixed-case and an all-caps sentence. */
  own: (Float64Array | undefined)[];
}

// Ids of shapes under 2^12 pair into one small-integer map key; rarer shapes are looked up each time.
const MAX_SHAPES = 4096;
// Bounded so a long-running app never grows without limit; refilling is cheap.
const MAX_WORDS = 200_000;

export class SentenceScorer {
  private words = new Map<string, Word>();
  private lowers = new Map<string, Lower>();
  private shapes = new Map<string, Shape>();
  private readonly start: Lower;
  private readonly end: Lower;
  private startShape!: Shape;
  private endShape!: Shape;
  // (caps, shape) → "i:…"; (caps, shape, seen lower, seen title) → "d:…"; (caps, shape, label) → "gs:…".
  private readonly initial = new Map<number, number>();
  private readonly docShape = new Map<number, number>();
  private readonly gazShape = new Map<number, number>();
  // Run length (1–4) and position (0–3) → "rl:…"; label → "g:…", "g-1:…", "g+1:…".
  private readonly runLength = new Int32Array(5 * 4);
  private readonly gaz: Int32Array[];
  private buffer = new Float64Array(64 * T);

  constructor(private readonly model: NerModel) {
    this.start = this.lower('<s>', false);
    this.end = this.lower('</s>', false);
    this.resetShapes();
    for (let len = 1; len <= 4; len++) for (let at = 0; at <= 3; at++) this.runLength[len * 4 + at] = model.find(`rl:${len}|${at}`);
    this.gaz = ['g', 'g-1', 'g+1'].map((p) => Int32Array.from(GAZETTEER_LABELS, (g) => model.find(`${p}:${g}`)));
  }

  /** Per-word tag scores (n×T, row-major, in weight units); the array is reused by the next call. */
  score(tokens: readonly string[], doc: DocumentCase): Float64Array {
    if (this.words.size > MAX_WORDS || this.shapes.size >= MAX_SHAPES) this.reset();
    const n = tokens.length;
    const ws = tokens.map((t) => this.word(t));
    let anyLower = false;
    let anyLetter = false;
    for (const w of ws) {
      anyLower ||= w.hasLower;
      anyLetter ||= w.hasLetter;
    }
    const caps = !anyLower && anyLetter;
    const capsBit = caps ? 1 : 0;
    const lower = ws.map((w) => w.lower);
    const masks = gazetteerMasks(
      lower.map((l) => l.text),
      (i) => lower[i].cues,
    );
    if (this.buffer.length < n * T) this.buffer = new Float64Array(n * T);
    const out = this.buffer;
    const { model } = this;
    let runStart = -1;
    let runEnd = -1;
    for (let i = 0; i < n; i++) {
      const row = i * T;
      out.set(this.own(tokens[i], ws[i], capsBit), row);
      const cur = lower[i];
      const prev = i > 0 ? lower[i - 1] : this.start;
      const next = i + 1 < n ? lower[i + 1] : this.end;
      model.addAt(prev.near[PREV], out, row);
      model.addAt(next.near[NEXT], out, row);
      model.addAt((i > 1 ? lower[i - 2] : this.start).near[PREV2], out, row);
      model.addAt((i + 2 < n ? lower[i + 2] : this.end).near[NEXT2], out, row);
      model.addAt(prev.ww?.get(cur.text) ?? -1, out, row);
      model.addAt(cur.wwPlus?.get(next.text) ?? -1, out, row);

      const s = ws[i].shape;
      const sp = i > 0 ? ws[i - 1].shape : this.startShape;
      const sn = i + 1 < n ? ws[i + 1].shape : this.endShape;
      model.addAt(this.cached(s.left, sp.id, () => `ss-:${sp.text}|${s.text}`), out, row);
      model.addAt(this.cached(s.right, sn.id, () => `ss+:${s.text}|${sn.text}`), out, row);
      model.addAt(this.cached(s.around, sp.id < MAX_SHAPES && sn.id < MAX_SHAPES ? sp.id * MAX_SHAPES + sn.id : -1, () => `sss:${sp.text}|${s.text}|${sn.text}`), out, row);
      const c = caps ? 'C' : 'm';
      if (i === 0) model.addAt(this.cached(this.initial, s.id * 2 + capsBit, () => `i:${c}${s.text}`), out, row);
      if (cur.docCased) {
        const seen = (doc.lower.has(cur.text) ? 2 : 0) + (doc.title.has(cur.text) ? 1 : 0);
        model.addAt(this.cached(this.docShape, (s.id * 2 + capsBit) * 4 + seen, () => `d:${c}${s.text}${seen & 2 ? 'L' : ''}${seen & 1 ? 'T' : ''}`), out, row);
      }

      if (!ws[i].capitalised) runStart = -1;
      else if (runStart < 0) {
        runStart = i;
        runEnd = i;
        while (runEnd < n && ws[runEnd].capitalised) runEnd++;
      }
      if (!caps && runStart >= 0) {
        model.addAt(this.runLength[Math.min(runEnd - runStart, 4) * 4 + Math.min(i - runStart, 3)], out, row);
        model.addAt(lower[runEnd - 1].near[RUN_HEAD], out, row);
        if (runStart > 0) model.addAt(lower[runStart - 1].near[RUN_BEFORE], out, row);
      }

      for (let m = masks[i], bit = 0; m; m >>= 1, bit++) {
        if (!(m & 1)) continue;
        model.addAt(this.gaz[0][bit], out, row);
        model.addAt(this.cached(this.gazShape, (s.id * 2 + capsBit) * 8 + bit, () => `gs:${GAZETTEER_LABELS[bit]}${c}${s.text}`), out, row);
      }
      if (i > 0) for (let m = masks[i - 1], bit = 0; m; m >>= 1, bit++) if (m & 1) model.addAt(this.gaz[1][bit], out, row);
      if (i + 1 < n) for (let m = masks[i + 1], bit = 0; m; m >>= 1, bit++) if (m & 1) model.addAt(this.gaz[2][bit], out, row);
      for (let t = row; t < row + T; t++) out[t] /= model.scale;
    }
    return out;
  }

  /** The offset of a feature's weights, remembered under a numeric key (-1: too rare a key to remember). */
  private cached(map: Map<number, number>, key: number, feature: () => string): number {
    if (key < 0) return this.model.find(feature());
    let at = map.get(key);
    if (at === undefined) {
      at = this.model.find(feature());
      map.set(key, at);
    }
    return at;
  }

  private own(token: string, word: Word, capsBit: number): Float64Array {
    let scores = word.own[capsBit];
    if (!scores) {
      scores = new Float64Array(T);
      this.model.add(wordFeatures(token, capsBit === 1), scores, 0);
      word.own[capsBit] = scores;
    }
    return scores;
  }

  private word(token: string): Word {
    let word = this.words.get(token);
    if (!word) {
      const text = token.toLowerCase();
      word = {
        lower: this.lowers.get(text) ?? this.lower(text, true),
        shape: this.shape(shape(token)),
        hasLower: HAS_LOWER.test(token),
        hasLetter: HAS_LETTER.test(token),
        capitalised: CAPITALISED.test(token),
        own: [undefined, undefined],
      };
      this.words.set(token, word);
    }
    return word;
  }

  private lower(text: string, keep: boolean): Lower {
    const { model } = this;
    const entry: Lower = {
      text,
      near: Int32Array.from(NEAR, (p) => model.find(`${p}:${text}`)),
      ww: model.pairs.ww.get(text),
      wwPlus: model.pairs['ww+'].get(text),
      cues: wordCues(text),
      docCased: text.length > 1 && HAS_LETTER.test(text),
    };
    if (keep) this.lowers.set(text, entry);
    return entry;
  }

  private shape(text: string): Shape {
    let entry = this.shapes.get(text);
    if (!entry) {
      entry = { id: this.shapes.size, text, left: new Map(), right: new Map(), around: new Map() };
      this.shapes.set(text, entry);
    }
    return entry;
  }

  private resetShapes(): void {
    this.shapes = new Map();
    this.startShape = this.shape('<s>');
    this.endShape = this.shape('</s>');
    this.initial.clear();
    this.docShape.clear();
    this.gazShape.clear();
  }

  private reset(): void {
    this.words = new Map();
    this.lowers = new Map();
    this.resetShapes();
  }
}
