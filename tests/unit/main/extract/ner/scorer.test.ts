import { describe, expect, it } from 'vitest';
import { documentCase, sentenceFeatures, shape } from '../../../../../src/main/extract/ner/features';
import { SentenceScorer } from '../../../../../src/main/extract/ner/scorer';
import { T } from '../../../../../src/main/extract/ner/tags';
import { loadModel } from '../../../../../src/main/extract/ner/tagger';
import { splitSentences, tokenize } from '../../../../../src/main/extract/ner/tokenize';

const TEXT = [
  'JAPAN, U.S. AGREE ON NEW SECURITY PACT IN TOKYO',
  'Prime Minister Shigeru Ishiba met Foreign Minister Takeshi Iwaya in Tokyo on Tuesday.',
  'Ishiba said the Chinese Communist Party (CCP) was testing the Japan-US alliance | not Seoul.',
  'Crown Prince Mohammed bin Salman and Ursula von der Leyen spoke in Riyadh; the ministry disagreed.',
  '“Asian NATO” — as Xi Jinping’s aides call it — worries Москва and 東京 alike… 1996-08-22 ★★ ||| ok',
  'The New York Stock Exchange said IBM Corp and Apple Inc. rose 3.5% in early trading.',
  '"President Joe Biden will visit," said the ambassador to the United Nations, calling it a "Status of Forces Agreement".',
  'ishiba and abe met in the office of Kishida, of the Liberal Democratic Party.',
].join('\n');

// The string features are what the trainer learned from; the scorer must add up exactly the same weights.
function expected(words: string[][], s: number): Float64Array {
  const model = loadModel();
  const feats = sentenceFeatures(words[s], documentCase(words));
  const out = new Float64Array(feats.length * T);
  for (let i = 0; i < feats.length; i++) model.add(feats[i], out, i * T);
  return out.map((v) => v / model.scale);
}

describe('SentenceScorer', () => {
  it('scores every word exactly as the feature strings the model was trained on', () => {
    const words = splitSentences(TEXT, tokenize(TEXT)).map((s) => s.map((t) => t.text));
    const scorer = new SentenceScorer(loadModel());
    // Twice over, so the second pass reads every cache the first one filled.
    for (let pass = 0; pass < 2; pass++) {
      const looked = scorer.readDocument(words);
      for (let s = 0; s < words.length; s++) {
        const got = scorer.score(looked[s]).slice(0, words[s].length * T);
        expect(Array.from(got)).toEqual(Array.from(expected(words, s)));
      }
    }
  });

  it('scores the same after it forgets what it cached (a long-running app reading many documents)', () => {
    const words = splitSentences(TEXT, tokenize(TEXT)).map((s) => s.map((t) => t.text));
    const scorer = new SentenceScorer(loadModel());
    scorer.readDocument(words);
    // More distinct word shapes than the scorer keeps: the next document starts it afresh.
    // Six marks of six classes, no two alike in a row, so no two tokens collapse to one shape.
    const marks = ['A', 'a', '1', '.', '-', '&'];
    const odd = Array.from({ length: 5000 }, (_, n) => {
      let token = marks[n % 6];
      let last = n % 6;
      for (let k = 1, rest = Math.floor(n / 6); k < 6; k++, rest = Math.floor(rest / 5)) {
        last = (last + 1 + (rest % 5)) % 6;
        token += marks[last];
      }
      return token;
    });
    expect(new Set(odd.map(shape)).size).toBe(odd.length);
    const oddLooked = scorer.readDocument([odd]);
    scorer.score(oddLooked[0]);
    const looked = scorer.readDocument(words);
    for (let s = 0; s < words.length; s++) {
      const got = scorer.score(looked[s]).slice(0, words[s].length * T);
      expect(Array.from(got)).toEqual(Array.from(expected(words, s)));
    }
  });
});
