import { describe, expect, it } from 'vitest';
import { UNKNOWN_WORD } from '../../../../../src/main/extract/ner/model';
import { loadModel } from '../../../../../src/main/extract/ner/tagger';

describe('NerModel.word', () => {
  it('holds, for every word of the word templates, what each template holds for it', () => {
    const model = loadModel();
    const words = new Set<string>();
    for (const template of ['w', 'w-1', 'w+1', 'w-2', 'w+2', 'rh', 'rb']) for (const w of model.template(template).keys()) words.add(w);
    for (const w of model.pairWords.keys()) words.add(w);
    for (const w of model.pairs.ww.firsts.keys()) words.add(w);
    for (const w of model.pairs['ww+'].firsts.keys()) words.add(w);
    const cased = new Set([...model.template('W').keys()].map((w) => w.toLowerCase()));
    for (const w of cased) words.add(w);
    expect(words.size).toBeGreaterThan(1000);
    for (const w of words) {
      const at = (template: string) => model.template(template).get(w) ?? -1;
      expect(model.word(w)).toEqual({
        w: at('w'),
        prev: at('w-1'),
        next: at('w+1'),
        prev2: at('w-2'),
        next2: at('w+2'),
        runHead: at('rh'),
        runBefore: at('rb'),
        pairId: model.pairWords.get(w) ?? -1,
        ww: model.pairs.ww.firsts.get(w) ?? -1,
        wwPlus: model.pairs['ww+'].firsts.get(w) ?? -1,
        cased: cased.has(w) ? 1 : 0,
      });
    }
  });

  it('holds nothing for a word in no template, the sentence edges being words like any other', () => {
    const model = loadModel();
    expect(model.word('zzqxv-not-a-word')).toBe(UNKNOWN_WORD);
    expect(model.word('<s>').prev).toBe(model.find('w-1:<s>'));
    expect(model.word('</s>').next).toBe(model.find('w+1:</s>'));
  });
});

