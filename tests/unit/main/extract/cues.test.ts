import { describe, expect, it } from 'vitest';
import { ALL_CUES, CUE, cuesOf } from '../../../../src/main/extract/cues';
import { findDates } from '../../../../src/main/extract/dates';
import { correctNames } from '../../../../src/main/extract/nameRules';
import { namesFromSpans } from '../../../../src/main/extract/names';
import { tagText } from '../../../../src/main/extract/ner/tagger';
import { DATED_TEXTS, RULE_TEXTS } from '../../../../src/main/extract/primer';

const has = (token: string, cue: number) => (cuesOf(token) & cue) !== 0;

describe('a token’s cues for the name rules', () => {
  it('reads a token as its runs of ASCII letters, as the patterns’ word boundaries do', () => {
    expect(has('Inc.', CUE.LEGAL_FORM)).toBe(true);
    expect(has('S.A.', CUE.LEGAL_FORM)).toBe(true);
    // "Quellsoft S.A said": the tokenizer splits the form into "S", ".", "A".
    expect(has('S', CUE.LEGAL_FORM)).toBe(true);
    expect(has('Incoming', CUE.LEGAL_FORM)).toBe(false);
    expect(has('bank-owned', CUE.KIND_FIRST)).toBe(true);
    expect(has('bank-owned', CUE.KIND_LAST)).toBe(false);
    expect(has('state-bank', CUE.KIND_LAST)).toBe(true);
    expect(has('banker', CUE.KIND_FIRST | CUE.KIND_LAST)).toBe(false);
    expect(has('newspapers', CUE.PAPER)).toBe(false);
    expect(has('daily', CUE.PAPER | CUE.AGENCY_PAPER)).toBe(true);
  });

  it('finds the figures, days, titles and stances the rules look for', () => {
    expect(has('82nd', CUE.ORDINAL)).toBe(true);
    expect(has('1996-08-30', CUE.ISO_DAY)).toBe(true);
    expect(has('Vice-Minister', CUE.PORTFOLIO)).toBe(true);
    expect(has('pro-Russia', CUE.STANCE)).toBe(true);
    expect(has('v', CUE.VERSUS)).toBe(true);
    expect(has('vs', CUE.VERSUS)).toBe(false);
    expect(has('start-up', CUE.BODY_KIND)).toBe(true);
    expect(has('Guardian', CUE.PUBLICATION)).toBe(true);
    expect(has('OF', CUE.CAPS_OF)).toBe(true);
    expect(has('FOR', CUE.CAPS_OF)).toBe(true);
    expect(has('Of', CUE.CAPS_OF)).toBe(false);
    expect(has('OFFICE', CUE.CAPS_OF)).toBe(false);
    // "(D-N.Y.)": the tokenizer gives "D-N", then ".", "Y", ".".
    expect(has('D-N', CUE.PARTY)).toBe(true);
    expect(has('R-Texas', CUE.PARTY)).toBe(true);
    expect(has('pro-Russia', CUE.PARTY)).toBe(false);
    expect(has('D-day', CUE.PARTY)).toBe(false);
    expect(has('board', CUE.BOARD)).toBe(true);
    expect(has('on-board', CUE.BOARD)).toBe(true);
    expect(has('co-founded', CUE.BOARD)).toBe(true);
    expect(has('cofounded', CUE.BOARD)).toBe(true);
    expect(has('keyboard', CUE.BOARD)).toBe(false);
    expect(has('Board', CUE.BOARD)).toBe(false);
  });

  it('gathers a document’s cues from its tokens', () => {
    const { cues } = tagText('Shares of Quellsoft Inc. fell 3 percent, the daily Nowa Gazeta said on 1996-08-30.');
    for (const cue of [CUE.SHARES, CUE.LEGAL_FORM, CUE.PAPER, CUE.ISO_DAY]) expect(cues & cue).not.toBe(0);
    expect(cues & CUE.VERSUS).toBe(0);
    expect(cues & CUE.KIND_FIRST).toBe(0);
  });

  it('lists the tokens holding a cue, in text order, and each sentence’s cues', () => {
    const tagged = tagText('Shares of Quellsoft Inc. fell. The board met on 1996-08-30 in the capital.\nNothing else.');
    const all = tagged.sentences.flat();
    expect(tagged.cued).toEqual(all.filter((t) => t.cues !== 0));
    expect(tagged.cued.map((t) => t.text)).toEqual(['Shares', 'Inc.', 'board', '1996-08-30', 'capital']);
    expect(tagged.sentenceCues).toEqual(tagged.sentences.map((s) => s.reduce((c, t) => c | t.cues, 0)));
    expect(tagged.sentenceCues.reduce((c, x) => c | x, 0)).toBe(tagged.cues);
  });
});

// The invented texts the extractor is primed with (primer.ts), each for a rule that asks the cues before it reads the text.
describe('the name rules with a document’s cues', () => {
  it('find what they find with every cue assumed, the whole text read', () => {
    for (const text of RULE_TEXTS) {
      const tagged = tagText(text);
      const read = (cues: number) =>
        correctNames(text, namesFromSpans(text, tagged.spans, tagged.sentences), tagged.sentences, cues).map((n) => `${n.start} ${n.end} ${n.type}`);
      expect(read(tagged.cues), text).toEqual(read(ALL_CUES));
    }
  });
});

// The primer's sentences whose dates the cues must not lose or add.
describe('dates with a document’s cues', () => {
  it('are those found with every cue assumed, each sentence read', () => {
    for (const text of DATED_TEXTS) {
      const { sentences } = tagText(text);
      const ranges = sentences.map((s) => ({ start: s[0].start, end: s[s.length - 1].end }));
      const cues = sentences.map((s) => s.reduce((c, t) => c | t.cues, 0));
      const found = (c?: number[]) => findDates(text, ranges, '2016-09-01', c).map((d) => `${d.start} ${d.text} ${d.iso ?? ''}`);
      expect(found(cues), text).toEqual(found());
      expect(found(cues).length, text).toBeGreaterThan(0);
    }
  });
});
