import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../src/main/extract/entities';
import { findDates } from '../../../../src/main/extract/dates';

const whole = (text: string) => [{ start: 0, end: text.length }];
const isoOf = (text: string, publishedAt?: string) => findDates(text, whole(text), publishedAt).map((d) => [d.text, d.iso]);

describe('findDates', () => {
  it.each([
    ['The cabinet met on October 2nd.', '2024-05-01', [['October 2nd', '2024-10-02']]],
    ['Talks began in March 2023.', undefined, [['March 2023', '2023-03']]],
    ['The treaty was signed on Oct. 2, 1951.', undefined, [['Oct. 2, 1951', '1951-10-02']]],
    ['TOKYO 1996-08-30', undefined, [['1996-08-30', '1996-08-30']]],
    ['The base has operated since 1972.', undefined, [['1972', '1972']]],
    ['Ishiba spoke yesterday.', '2024-10-03', [['yesterday', '2024-10-02']]],
  ])('normalises %j to ISO', (text, publishedAt, expected) => {
    expect(isoOf(text, publishedAt)).toEqual(expected);
  });

  it('leaves a bracket or comma after the date out of it', () => {
    expect(isoOf('Spartak v Radnicki (to be played on Sunday)', '1996-08-31')).toEqual([['Sunday', '1996-09-01']]);
    expect(isoOf('Talks resume at the end of November, officials said.').map(([text]) => text)).toEqual(['end of November']);
  });

  it("reads a life's years in brackets, as reference works give them, but not a count in brackets", () => {
    expect(isoOf('Hendrik Vos (1922–1998) was a physicist. Marta Lind (born 1961) and Ola Berg (b. 1970) are economists.').map(([, iso]) => iso)).toEqual(['1922', '1998', '1961', '1970']);
    // A sentence may end at "c." inside them.
    const text = 'Jan Smit (c. 1450 – 1520) painted it.';
    const sentences = [{ start: 0, end: 12 }, { start: 13, end: text.length }];
    expect(findDates(text, sentences).map((d) => d.text)).toEqual(['1450', '1520']);
    expect(isoOf('The club has members (1500) and boats (1999).')).toEqual([]);
  });

  it('reads a second year joined to a year after a word of time', () => {
    expect(isoOf('Sales fell in 2022 and 2023 and rose between 2019 and 2021, from 2010-2011 on.').map(([, iso]) => iso)).toEqual(['2022', '2023', '2019', '2021', '2010', '2011']);
    // Not a count: "by 2018 and 2019 votes" is the year 2018 alone.
    expect(isoOf('Seats went up by 2018 and 2019 votes.').map(([, iso]) => iso)).toEqual(['2018']);
  });

  it('anchors a date without a year on the year of publication, not the nearest year', () => {
    expect(isoOf('The vote is on December 20th.', '2025-01-05')).toEqual([['December 20th', '2025-12-20']]);
  });

  it('takes no span of seconds, minutes or hours for a date', () => {
    expect(isoOf('Quellsoft missed forecasts for a second straight quarter, it said on Wednesday.', '2024-05-16').map(([t]) => t)).toEqual(['Wednesday']);
    expect(isoOf('On Tuesday, within the hour, police arrived; for two hours nobody moved.', '2024-05-16').map(([t]) => t)).toEqual(['Tuesday']);
    expect(isoOf('The plane landed at 3:40 on Friday.').map(([t]) => t)).toEqual(['3:40 on Friday']);
  });

  it('reads the number of an issue or a report before a month as no day', () => {
    expect(isoOf('Policy Brief No. 14, June 2025')).toEqual([['June 2025', '2025-06']]);
    expect(isoOf('Vol. 7, March 2023. Issue 3, May 12, 2024 edition.')).toEqual([['March 2023', '2023-03'], ['May 12, 2024', '2024-05-12']]);
    expect(isoOf('The accord was signed on 14 June 2025.')).toEqual([['14 June 2025', '2025-06-14']]);
  });

  it('gives no ISO when the year is unknown', () => {
    expect(isoOf('The cabinet met on October 2nd.')).toEqual([['October 2nd', undefined]]);
  });

  it('dates a bare weekday by its clause: the last such day for a verb in the past, the next for one looking ahead', () => {
    // 2024-10-03 is a Thursday.
    expect(isoOf('Officials said on Tuesday that talks had stalled.', '2024-10-03')).toEqual([['Tuesday', '2024-10-01']]);
    expect(isoOf('The minister said on Thursday the vote was close.', '2024-10-03')).toEqual([['Thursday', '2024-10-03']]);
    expect(isoOf('Troops withdrew on Monday, the ministry said.', '2024-10-03')).toEqual([['Monday', '2024-09-30']]);
    expect(isoOf('The council will vote on Friday.', '2024-10-03')).toEqual([['Friday', '2024-10-04']]);
    expect(isoOf('She said the council would vote on Wednesday.', '2024-10-03')).toEqual([['Wednesday', '2024-10-09']]);
    // Nothing of the clause before the day: the clause after it says its time.
    expect(isoOf('On Monday, the ministry said it would appeal.', '2024-10-03')).toEqual([['Monday', '2024-09-30']]);
    expect(isoOf('The ministry, on Tuesday, said talks had failed.', '2024-10-03')).toEqual([['Tuesday', '2024-10-01']]);
    expect(isoOf('On Friday, the council will vote on the budget.', '2024-10-03')).toEqual([['Friday', '2024-10-04']]);
    // The present could be either; without the article's date there is nothing to count from.
    expect(isoOf('Iwaya flies to Seoul on Thursday.', '2024-10-03')).toEqual([['Thursday', undefined]]);
    expect(isoOf('On Thursday the minister flies to Seoul.', '2024-10-03')).toEqual([['Thursday', undefined]]);
    expect(isoOf('Officials said on Tuesday that talks had stalled.')).toEqual([['Tuesday', undefined]]);
  });

  it('reads "may" and "march" as verbs and nouns, "May" and "March" as months', () => {
    expect(isoOf('The march on the capital may go ahead, officials said.', '2024-10-03')).toEqual([]);
    expect(isoOf('In May the council may vote again.', '2024-10-03')).toEqual([['May', '2024-05']]);
  });

  it('finds a time counted from the article\'s date in a sentence with no other word of date, with ISO as far as its unit allows', () => {
    expect(isoOf('Last week the central bank held its rate.', '2025-03-03')).toEqual([['Last week', undefined]]);
    expect(isoOf('The plan takes effect next month.', '2025-12-10')).toEqual([['next month', '2026-01']]);
    expect(isoOf('The strike began two days ago.', '2025-03-01')).toEqual([['two days ago', '2025-02-27']]);
    expect(isoOf('A year ago, the firm was healthy.', '2025-03-03')).toEqual([['A year ago', '2024']]);
    expect(isoOf('Prices rose last year.')).toEqual([['last year', undefined]]);
    // A stretch of time is no date.
    expect(isoOf('Over the past year prices rose.', '2025-03-03')).toEqual([]);
  });

  it('ignores numbers that are not years', () => {
    expect(isoOf('The ministry hired 2000 staff and 3,500 troops.')).toEqual([]);
  });
});

describe('dates in findEntities', () => {
  it("gives a weekday with no tense of its own the day the article's other mentions of it are", () => {
    const text = 'Officials said on Tuesday that talks had stalled. The envoy flies home on Tuesday. The council will vote on Friday.';
    const dates = findEntities(text, { publishedAt: '2024-10-03' }).entities.filter((e) => e.type === 'DATE');
    expect(dates.map((e) => [e.name, e.iso, e.mentions.length])).toEqual([
      ['Tuesday', '2024-10-01', 2],
      ['Friday', '2024-10-04', 1],
    ]);
  });

  it('joins two spellings of one day into one DATE entity with its ISO date', () => {
    const text = 'Ishiba met Iwaya on October 2nd. The October 2 meeting was brief.';
    const dates = findEntities(text, { publishedAt: '2024-10-05' }).entities.filter((e) => e.type === 'DATE');
    expect(dates).toHaveLength(1);
    expect(dates[0]).toMatchObject({ key: 'DATE:2024-10-02', iso: '2024-10-02', name: 'October 2nd', aliases: ['October 2'] });
  });

  it('takes no lone lower-case word for a date unless it names a day, a month or the weekend', () => {
    const text = 'She is now sure the meeting lasts a day; they sat in the sun on Monday and will meet again tomorrow.';
    expect(findDates(text, whole(text), '2024-10-05').map((d) => d.text)).toEqual(['Monday', 'tomorrow']);
  });

  it('takes no stretch of time from another event for a date, unless it names a month or a year', () => {
    const text = 'He resigned on Monday, three days after the vote; a week earlier he had flown to Ohio. Talks began in May 2013, four months after the war, and ended 20 minutes later.';
    expect(findDates(text, whole(text), '2016-03-10').map((d) => d.text)).toEqual(['Monday', 'May 2013']);
    // Counted from the article's day, a stretch of time still dates: "three days ago", "two weeks from now".
    const ago = 'The vote was three days ago, on Monday.';
    expect(findDates(ago, whole(ago), '2016-03-10').map((d) => d.text)).toContain('three days ago');
  });
});
