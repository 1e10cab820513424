import * as chrono from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { caseBlind, dateParser } from '../../../../src/main/extract/dateParser';

// Text that exercises every English parser chrono has, in both cases and mixed, at every offset.
const SAMPLES = [
  'On Monday, March 3 2024 at 3 p.m. EST the talks resumed',
  'two DAYS AGO; Three Weeks Later; within 5 Mins; about a couple of years earlier',
  'the 2nd of JANUARY, Sept. 5th, 12/05/2024, 2024-05-06T10:00:00Z, Q3 2020, mid-June',
  'yesterday NIGHT, TOMORROW at noon, next mon, this weekend, last Friday, Monday–Friday',
  'ſunday and the Kelvin sign K are no letters the flag folds to ASCII',
];

describe('the case-blind date parser', () => {
  it('writes each ASCII letter as a class of both its cases, and the flag off', () => {
    expect(String(caseBlind(/ab[c-e]\x41\u0042[^xy0-9]\s\w\b(?:foo|bar)+/i))).toBe('/[aA][bB][c-eC-E]\\x41\\u0042[^xy0-9XY]\\s\\w\\b(?:[fF][oO][oO]|[bB][aA][rR])+/');
    // Left as they are where the classes could not say the same: no flag, the u flag, a letter beyond ASCII, a named group, a range across the cases.
    for (const r of [/a/g, /a/iu, /é/i, /(?<n>a)\k<n>/i, /[A-z]/i]) expect(caseBlind(r)).toBe(r);
  });

  it('matches what chrono’s own patterns match, at every offset of every sample', () => {
    const context = { option: {}, refDate: new Date(2020, 0, 1), reference: { instant: new Date(2020, 0, 1) } } as never;
    let compared = 0;
    for (const parser of chrono.casual.parsers) {
      const original = parser.pattern(context);
      const blind = caseBlind(original);
      for (const sample of SAMPLES)
        for (let k = 0; k < sample.length; k++) {
          expect(blind.exec(sample.slice(k)), `${parser.constructor.name} at ${k} of "${sample}"`).toEqual(original.exec(sample.slice(k)));
          compared++;
        }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('parses as chrono does', () => {
    const reference = new Date(2024, 4, 15, 12);
    for (const sample of SAMPLES) {
      const ours = dateParser.parse(sample, reference).map((r) => [r.index, r.text, r.start.date().toISOString()]);
      expect(ours).toEqual(chrono.parse(sample, reference).map((r) => [r.index, r.text, r.start.date().toISOString()]));
    }
  });

  it('does not run a parser over a sentence that lacks what its pattern needs, and finds what chrono finds where it runs them all', () => {
    const context = (text: string) => ({ text, option: {}, refDate: new Date(2020, 0, 1), reference: { instant: new Date(2020, 0, 1) } }) as never;
    const skipped = (text: string) => dateParser.parsers.filter((p) => p.pattern(context(text)).source === '^(?!)').map((p) => p.constructor.name);
    // A weekday alone: no month, no figure, no "ago" or "later" — the month and time-unit parsers are spared.
    expect(skipped('The talks resumed on Monday')).toEqual(expect.arrayContaining(['ENMonthNameParser', 'ENTimeExpressionParser', 'ENTimeUnitAgoFormatParser', 'ENCasualDateParser']));
    expect(skipped('The talks resumed on Monday')).not.toContain('ENWeekdayParser');
    // Found in any case, as the patterns are.
    expect(skipped('TALKS RESUMED TWO WEEKS AGO IN MARCH')).not.toContain('ENTimeUnitAgoFormatParser');
    expect(skipped('TALKS RESUMED TWO WEEKS AGO IN MARCH')).not.toContain('ENMonthNameParser');
    const reference = new Date(2024, 4, 15, 12);
    const sentences = [
      ...SAMPLES,
      'The talks resumed on Monday',
      'Ten days later, on the last day of the month, he left',
      'He spoke this morning and will return next week, 3 hours from now',
      'The vote, held 2024/05/06 or 5/6/24 or 06/2024, came in the end of the month',
      'NOW AND TONIGHT, TMRW AT MIDDAY',
    ];
    for (const sample of sentences) {
      const ours = dateParser.parse(sample, reference).map((r) => [r.index, r.text, r.start.date().toISOString()]);
      expect(ours, sample).toEqual(chrono.parse(sample, reference).map((r) => [r.index, r.text, r.start.date().toISOString()]));
    }
  });
});
