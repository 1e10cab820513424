// The second pass's training data (scripts/train-ner.ts): first-pass tag scores and paths over
// documents the first-pass model did not learn from, so the second pass learns how far to trust
// what the first pass says about the rest of a document (jack-knifing: each fold of the training
// documents is read by a model trained on the other folds).
import type { TaggedDocument } from '../../src/main/extract/ner/conll';
import { DOCUMENT_FEATURES, documentFeatures } from '../../src/main/extract/ner/document';
import { NerModel, type NerModelFile } from '../../src/main/extract/ner/model';
import { SentenceScorer } from '../../src/main/extract/ner/scorer';
import { T, viterbi } from '../../src/main/extract/ner/tags';
import { rng, shuffle } from '../../src/main/extract/ner/trainer';

/** One document as the first pass read it: per sentence its words, gold tags, tag scores (n×T) and best path. */
export interface ReadDocument {
  words: string[][];
  tags: number[][];
  scores: Float64Array[];
  paths: number[][];
}

/** Reads documents with a first-pass model, exactly as the tagger does. */
export function firstPass(file: NerModelFile, docs: TaggedDocument[]): { trans: Float64Array; docs: ReadDocument[] } {
  const model = new NerModel(file);
  const scorer = new SentenceScorer(model);
  const out: ReadDocument[] = [];
  for (const doc of docs) {
    const words = doc.sentences.map((s) => s.words);
    const looked = scorer.readDocument(words);
    const scores: Float64Array[] = [];
    const paths: number[][] = [];
    for (let s = 0; s < words.length; s++) {
      const n = words[s].length;
      const sc = scorer.score(looked[s]).slice(0, n * T);
      scores.push(sc);
      paths.push(viterbi(sc, n, model.trans));
    }
    out.push({ words, tags: doc.sentences.map((s) => s.tags), scores, paths });
  }
  return { trans: model.trans, docs: out };
}

/** The document features of every word of a read document, as feature names. */
export function secondPassFeatures(doc: ReadDocument): (string[] | undefined)[][] {
  const ids = documentFeatures(
    doc.words,
    doc.words.map((ws) => ws.map((w) => w.toLowerCase())),
    doc.paths,
  );
  return ids.map((sentence) => sentence.map((word) => word?.map((id) => DOCUMENT_FEATURES[id])));
}

/**
 * Averaged perceptron over the document features alone, on top of the first pass's fixed scores
 * and transitions: the second pass's weights, in the same units as the first pass's.
 */
export function trainSecondPass(sets: { trans: Float64Array; docs: ReadDocument[] }[], epochs: number, log: (msg: string) => void) {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const id = (f: string) => {
    let k = ids.get(f);
    if (k === undefined) {
      k = names.length;
      ids.set(f, k);
      names.push(f);
    }
    return k;
  };
  const examples: { scores: Float64Array; feats: (Int32Array | undefined)[]; tags: number[]; trans: Float64Array }[] = [];
  for (const { trans, docs } of sets)
    for (const doc of docs) {
      const feats = secondPassFeatures(doc);
      for (let s = 0; s < doc.words.length; s++) {
        if (!feats[s].some((f) => f)) continue;
        examples.push({ scores: doc.scores[s], feats: feats[s].map((fs) => (fs ? Int32Array.from(fs, id) : undefined)), tags: doc.tags[s], trans });
      }
    }
  log(`second pass: ${examples.length} sentences with document features, ${names.length} features`);
  const w = new Float64Array(names.length * T);
  const u = new Float64Array(names.length * T);
  let c = 1;
  const random = rng(2009);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    let wrong = 0;
    for (const k of order) {
      const { scores, feats, tags, trans } = examples[k];
      const n = tags.length;
      const total = Float64Array.from(scores);
      for (let i = 0; i < n; i++) for (const f of feats[i] ?? []) for (let t = 0; t < T; t++) total[i * T + t] += w[f * T + t];
      const path = viterbi(total, n, trans);
      for (let i = 0; i < n; i++) {
        if (path[i] === tags[i]) continue;
        wrong++;
        for (const f of feats[i] ?? []) {
          w[f * T + tags[i]] += 1;
          u[f * T + tags[i]] += c;
          w[f * T + path[i]] -= 1;
          u[f * T + path[i]] -= c;
        }
      }
      c++;
    }
    log(`second pass epoch ${epoch + 1}: ${wrong} wrong tags`);
  }
  for (let i = 0; i < w.length; i++) w[i] -= u[i] / c;
  return { names, weights: w };
}
