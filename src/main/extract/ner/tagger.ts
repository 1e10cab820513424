import { NerModel, type NerModelFile } from './model';
import modelFile from './ner.model.json';
import { SentenceScorer } from './scorer';
import { spansOf, viterbi } from './tags';
import { splitSentences, type Token, tokenize } from './tokenize';

/** A name the tagger found: its tokens and its CoNLL type (PER, ORG, LOC or MISC). */
export interface TaggedSpan {
  type: string;
  tokens: Token[];
}

export interface TaggedText {
  sentences: Token[][];
  spans: TaggedSpan[];
}

let model: NerModel | undefined;
let shared: SentenceScorer | undefined;

/** The shipped model, parsed once on first use. */
export function loadModel(): NerModel {
  model ??= new NerModel(modelFile as NerModelFile);
  return model;
}

function sentenceScorer(): SentenceScorer {
  shared ??= new SentenceScorer(loadModel());
  return shared;
}

/** Tokenises text, tags each sentence with the learned model, and returns the names it found. */
export function tagText(text: string): TaggedText {
  const m = loadModel();
  const scorer = sentenceScorer();
  const sentences = splitSentences(text, tokenize(text));
  const words = sentences.map((s) => s.map((t) => t.text));
  const looked = scorer.readDocument(words);
  const spans: TaggedSpan[] = [];
  for (let s = 0; s < sentences.length; s++) {
    const path = viterbi(scorer.score(looked[s]), words[s].length, m.trans);
    for (const { from, to, type } of spansOf(path)) spans.push({ type, tokens: sentences[s].slice(from, to + 1) });
  }
  return { sentences, spans };
}
