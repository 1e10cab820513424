import { describe, expect, it } from 'vitest';
import { ALL_CUES, CUE, cuesOf } from '../../../../src/main/extract/cues';
import { findDates } from '../../../../src/main/extract/dates';
import { correctNames } from '../../../../src/main/extract/nameRules';
import { namesFromSpans } from '../../../../src/main/extract/names';
import { tagText } from '../../../../src/main/extract/ner/tagger';

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

// Invented texts, each for a rule that now asks the cues before it reads the text.
const TEXTS = [
  'The daily Zycie Nowa said the plan had failed. Zycie Nowa daily reported on Monday that Ana Reyes would resign.',
  'The state-run Velmaran news agency said talks had stalled. Norway’s Aftenbladet newspaper disagreed.',
  'Shares of Arequipa fell 4 percent. Arequipa shareholders met on Tuesday; Quellsoft’s chief executive was absent.',
  'Quellsoft, the accounting software maker, said it would appeal. Cotecna, a Swiss company that inspects cargo, agreed.',
  'Results on Saturday: Torquay v Exeter 2-1, Wigan v Chester 0-0.',
  'Advanced Medical Inc. said profits rose. Advanced Medical reported a loss last year; Dunmore S.A said nothing.',
  'Fighting was reported near Hudur, a town in the south. Halden is a port city in the east of the country.',
  'Soldiers of the 82nd Airborne Division and the 1st Battalion, 5th Marines, arrived.',
  'GENOA, Italy 1996-08-29\nThe club said its coach would stay.',
  'The pro-Russia party won. The Minister of Foreign Affairs, Ito, said the Minister for Trade would travel.',
  'She has written for The Guardian and told The Statesman that the plan had failed.',
  'The private bank Bamerindus said its state-bank rival Banespa and the group Koninklijke Boskalis Westminster would merge.',
  'Sao Paulo midfielder Andre scored twice. Fiorentina easily beat Cosenza 3-1 and second-placed Stuttgart lost 3-0 to Palermo.',
  'The Institute for the Study of War and the Office of the Mayor said the Council on Foreign Relations and the Council of Europe met.',
  'ALTA said on Monday it would appeal, and AT&T’s chairman agreed; ALTA has 3,000 staff. A USA TODAY investigation found that S&P said so.',
  'PRAGUE STOCKS\nCESKA SPORITELNA 335.00 375.00 533153 198354.941\n- AHOLD 7,190 1,123 10.01\nTOTAL 1,113,785 2.5 7\n',
  'The tanker Stena Impero and HMS Defender sailed; the aircraft carrier Carl Vinson followed. Operation Prosperity Guardian began.',
  'MINISTRY OF DEFENCE\nBUREAU OF POLITICAL-MILITARY AFFAIRS\nThe DEPARTMENT OF STATE said Sen. Ada Voss (D-N.Y.) and Rep. Kim Ward, R-Texas, agreed.',
  'Kenya’s ODM, the Orange Democratic Movement, and the IEBC, the Independent Electoral and Boundaries Commission, met.',
  'He sits on the board of Norsk Hydro and co-founded Ostby Kjemiske; the board of the Velmar Trust met. Banks such as Arequipa, Quellsoft and Cotecna, and companies including the Dunmore Group, fell.',
];

describe('the name rules with a document’s cues', () => {
  it('find what they find with every cue assumed, the whole text read', () => {
    for (const text of TEXTS) {
      const tagged = tagText(text);
      const read = (cues: number) =>
        correctNames(text, namesFromSpans(text, tagged.spans, tagged.sentences), tagged.sentences, cues).map((n) => `${n.start} ${n.end} ${n.type}`);
      expect(read(tagged.cues), text).toEqual(read(ALL_CUES));
    }
  });
});

// Sentences whose dates the cues must not lose or add: a verb "may", a month before a day, a slash date, an underscore
// before a weekday (no word boundary there), a time counted back, a bare year, a weekend.
const DATED = [
  'The talks may resume. Talks may 5 resume, officials said on Monday.',
  'The vote, set for 12/25/2016, was moved; the file tmp_Monday was not.',
  'The law passed in 1998, two weeks ago, and takes effect next month.',
  'MARCH 3 was the deadline. The march ended at noon.',
  'Published 2016-08-30. Yesterday the Jan. session opened; talks run through Sept.',
  'He could not go. They will meet this weekend in Chicago.',
];

describe('dates with a document’s cues', () => {
  it('are those found with every cue assumed, each sentence read', () => {
    for (const text of DATED) {
      const { sentences } = tagText(text);
      const ranges = sentences.map((s) => ({ start: s[0].start, end: s[s.length - 1].end }));
      const cues = sentences.map((s) => s.reduce((c, t) => c | t.cues, 0));
      const found = (c?: number[]) => findDates(text, ranges, '2016-09-01', c).map((d) => `${d.start} ${d.text} ${d.iso ?? ''}`);
      expect(found(cues), text).toEqual(found());
      expect(found(cues).length, text).toBeGreaterThan(0);
    }
  });
});
