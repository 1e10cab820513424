import { DOCUMENT_FEATURES, documentFeatures } from './document';
import { NerModel, type NerModelFile } from './model';
import modelFile from './ner.model.json';
import { allCaps, type ScoredWord, SentenceScorer } from './scorer';
import { spansOf, T, viterbi } from './tags';
import { splitSentences, type Token, tokenize } from './tokenize';

/** A name the tagger found: its tokens and its CoNLL type (PER, ORG, LOC or MISC). */
export interface TaggedSpan {
  type: string;
  tokens: Token[];
}

export interface TaggedText {
  sentences: Token[][];
  spans: TaggedSpan[];
  /** What the name rules may look for in the text (cues.ts), gathered from the tokens. */
  cues: number;
  /** Each sentence's cues, in the order of `sentences`. */
  sentenceCues: number[];
  /** The tokens holding any cue, in text order: what the rules that look for their cues' tokens walk. */
  cued: Token[];
}

let model: NerModel | undefined;
let shared: SentenceScorer | undefined;
// Where each document feature's weights sit in the model (-1: none), by feature id.
let offsets: Int32Array | undefined;
const row = new Float64Array(T);
// The document's first-pass scores, all sentences end to end; grown as needed, reused. Empty at first, so
// the first document grows it while tagText is still interpreted: growing it for the first time in optimised
// code, at a document longer than any before, would throw that code away for a line it had never run.
let scores = new Float64Array(0);

/** The shipped model, parsed once on first use. */
export function loadModel(): NerModel {
  model ??= new NerModel(modelFile as NerModelFile);
  return model;
}

/** Tags with another model from now on (training scripts measuring a candidate without writing the shipped file). */
export function useModel(file: NerModelFile): void {
  model = new NerModel(file);
  shared = undefined;
  offsets = undefined;
}

function sentenceScorer(): SentenceScorer {
  shared ??= new SentenceScorer(loadModel());
  return shared;
}

/**
 * Tokenises text and tags it in two passes: each sentence by itself, then again with what the
 * first pass said about the same words elsewhere in the document (document.ts). Returns the names found.
 */
export function tagText(text: string): TaggedText {
  const m = loadModel();
  const scorer = sentenceScorer();
  offsets ??= Int32Array.from(DOCUMENT_FEATURES, (f) => m.find(f));
  const at = offsets;
  const sentences = splitSentences(text, tokenize(text));
  // Arrays built by push, never map(), so they are packed in every tier (see readDocument).
  const words: string[][] = [];
  for (const s of sentences) {
    const ws: string[] = [];
    for (const t of s) ws.push(t.text);
    words.push(ws);
  }
  const looked = scorer.readDocument(words);
  // Each token's cues (cues.ts), worked out once a distinct word by the scorer, each sentence's and the document's: all
  // of them ORed.
  let cues = 0;
  const sentenceCues: number[] = [];
  const cued: Token[] = [];
  for (let s = 0; s < sentences.length; s++) {
    let c = 0;
    for (let i = 0; i < sentences[s].length; i++) {
      const t = sentences[s][i];
      const tc = looked[s][i].ruleCues;
      t.cues = tc;
      if (tc) {
        c |= tc;
        cued.push(t);
      }
    }
    sentenceCues.push(c);
    cues |= c;
  }
  // The first pass: each sentence by itself, its scores kept for the second.
  let total = 0;
  for (const s of words) total += s.length;
  if (scores.length < total * T) scores = new Float64Array(total * T);
  const paths: number[][] = [];
  for (let s = 0, from = 0; s < sentences.length; s++) {
    const n = words[s].length;
    scores.set(scorer.score(looked[s]).subarray(0, n * T), from);
    paths.push(viterbi(scores, n, m.trans, from));
    from += n * T;
  }
  // The scorer keeps one record a lower-case word, so the records tell the same words apart.
  const keys: ScoredWord['lower'][][] = [];
  const caps: boolean[] = [];
  for (const ws of looked) {
    const ks: ScoredWord['lower'][] = [];
    for (const w of ws) ks.push(w.lower);
    keys.push(ks);
    caps.push(allCaps(ws));
  }
  const second = documentFeatures(words, keys, paths, caps);
  const spans: TaggedSpan[] = [];
  for (let s = 0, from = 0; s < sentences.length; from += words[s].length * T, s++) {
    let changed = false;
    for (let i = 0; i < words[s].length; i++) {
      const feats = second[s][i];
      if (!feats) continue;
      row.fill(0);
      let found = false;
      for (const f of feats) {
        if (at[f] < 0) continue;
        m.addAt(at[f], row, 0);
        found = true;
      }
      if (!found) continue;
      // Where the features favour the tag the first pass chose above all others, its path only gains.
      const chosen = row[paths[s][i]];
      const word = from + i * T;
      for (let t = 0; t < T; t++) {
        scores[word + t] += row[t] / m.scale;
        if (row[t] > chosen) changed = true;
      }
    }
    const path = changed ? viterbi(scores, words[s].length, m.trans, from) : paths[s];
    for (const span of spansOf(path)) spans.push({ type: span.type, tokens: sentences[s].slice(span.from, span.to + 1) });
  }
  return { sentences, spans, cues, sentenceCues, cued };
}
