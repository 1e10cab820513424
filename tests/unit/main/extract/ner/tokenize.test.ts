import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../../../src/main/extract/entities';
import { isKnownPlace } from '../../../../../src/main/extract/ner/gazetteer';
import { nameTokens, tokenize } from '../../../../../src/main/extract/ner/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize: abbreviations and the full stop', () => {
  it('keeps the dot of an abbreviation inside a sentence', () => {
    expect(words('Lear Corp. said Mr. Smith left Acme Inc., then St. Louis.')).toEqual([
      'Lear', 'Corp.', 'said', 'Mr.', 'Smith', 'left', 'Acme', 'Inc.', ',', 'then', 'St.', 'Louis', '.',
    ]);
  });

  it('gives a line-ending full stop its own token, as the training data does', () => {
    expect(words('It competes with Lear Corp.\nFamily-owned Warner Bros. \nNext')).toEqual([
      'It', 'competes', 'with', 'Lear', 'Corp', '.', 'Family-owned', 'Warner', 'Bros', '.', 'Next',
    ]);
    expect(words('shares of Acme Inc.')).toEqual(['shares', 'of', 'Acme', 'Inc', '.']);
    expect(words('said an analyst at Edward D. Jones & Co."\nWhoever')).toEqual(['said', 'an', 'analyst', 'at', 'Edward', 'D.', 'Jones', '&', 'Co', '.', '"', 'Whoever']);
  });

  it('reads numbers as the training data wrote them: list numbers, ordinals, decimals, signs and currencies', () => {
    expect(words('1. Alex Zanardi (Italy)\n 12. Bobby Rahal')).toEqual(['1.', 'Alex', 'Zanardi', '(', 'Italy', ')', '12.', 'Bobby', 'Rahal']);
    expect(words('scored in the 61st minute of the 1980s, 11th-seeded')).toEqual(['scored', 'in', 'the', '61st', 'minute', 'of', 'the', '1980s', ',', '11th-seeded']);
    expect(words('the U.S.-led force')).toEqual(['the', 'U.S.-led', 'force']);
    expect(words('batting .496 for C$ 12 and US$ 5; Tel +44 171')).toEqual(['batting', '.496', 'for', 'C$', '12', 'and', 'US$', '5', ';', 'Tel', '+44', '171']);
    // Inside a sentence a number's full stop stays punctuation.
    expect(words('He won 3. Then he lost.')).toEqual(['He', 'won', '3', '.', 'Then', 'he', 'lost', '.']);
  });

  it('leaves initials and titles whole at a line end', () => {
    expect(words('signed by Harry S.\nand by Dr.\nJones')).toEqual(['signed', 'by', 'Harry', 'S.', 'and', 'by', 'Dr.', 'Jones']);
  });

  it('ends a company name before a line-ending full stop, and keeps it inside a sentence', () => {
    const text = 'It competes with Johnson Controls Inc and Lear Corp.\nLear Corp. said sales rose.';
    const orgs = findEntities(text).mentions.filter((m) => m.type === 'ORGANIZATION').map((m) => m.text);
    expect(orgs).toContain('Lear Corp');
    expect(orgs).toContain('Lear Corp.');
    expect(orgs).not.toContain('Lear Corp.\n');
  });

  it("reads a name alone as it reads inside a sentence, so a final abbreviation keeps its dot", () => {
    expect(words('Eastwick, Calif.')).toEqual(['Eastwick', ',', 'Calif', '.']);
    expect(nameTokens('Calif.')).toEqual(['Calif.']);
    expect(nameTokens('Lear Corp.')).toEqual(['Lear', 'Corp.']);
    expect(isKnownPlace('Calif.')).toBe(true);
  });

  it('gives plain names (read without the tokenizer) the tokens the tokenizer gives them', () => {
    const byTokenizer = (name: string) => words(`${name} x`).slice(0, -1);
    for (const name of ['Smith', 'New York', 'Bank of Japan', 'G7', 'Boeing 747', 'Don', 'US', 'Mr Smith', 'St Louis', 'A B C']) {
      expect(nameTokens(name)).toEqual(byTokenizer(name));
    }
    // Not plain, so tokenized: the results are the tokenizer's still.
    for (const name of ['Lear Corp.', "O'Brien", 'U.S.', 'Rolls-Royce', 'AT&T', 'Zoë', 'Calif.', ' New', 'New  York', '747 Boeing', "Don't"]) {
      expect(nameTokens(name)).toEqual(byTokenizer(name));
    }
  });
});

describe('tokenize: plain words without the regex, and where the regex takes over', () => {
  it('reads each lone mark as one token, and the marks a longer token opens with as before', () => {
    const marks = ',;:()"!?[]{}|~“”$%#@=<>^_`\\/*&';
    expect(words([...marks].join('a'))).toEqual([...marks].flatMap((m, i) => (i ? ['a', m] : [m])));
    expect(words(marks)).toEqual([...marks]);
    // Marks TOKEN reads on from: the possessive, a signed number, dashes and dots, a decimal.
    expect(words("(Reuters') +5, --x ...y .5% “Hi”")).toEqual(['(', 'Reuters', "'", ')', '+5', ',', '--', 'x', '...', 'y', '.5', '%', '“', 'Hi', '”']);
  });

  it('reads numbers, and words before a full stop or a dash, as the regex does', () => {
    expect(words('In 1996, 3.5 of 1,000 at 10:30 or 1/2; 3rd 10-year 1996-08-29 12. 7% 5”')).toEqual([
      'In', '1996', ',', '3.5', 'of', '1,000', 'at', '10:30', 'or', '1/2', ';', '3rd', '10-year', '1996-08-29', '12', '.', '7', '%', '5', '”',
    ]);
    expect(words('2,\n3. 4:x 5/ 6.x')).toEqual(['2', ',', '3.', '4', ':', 'x', '5', '/', '6', '.', 'x']);
    expect(words('He left. U.S. Ph.D. a.m. Co.\nword—word word–word end… ab\u00a0cd naïve’s')).toEqual([
      'He', 'left', '.', 'U.S.', 'Ph', '.', 'D.', 'a.m.', 'Co', '.', 'word', '—', 'word', 'word', '–', 'word', 'end', '…', 'ab', 'cd', 'naïve', '’s',
    ]);
  });

  it('splits words the same whichever way it reads them', () => {
    // Plain ASCII words go by the fast path; each of these stops it before a character the regex reads on.
    expect(words("Don't DON'T can’t rock&roll AT&T e-mail L'Oreal it’s Zoë's naïve café ab12cd")).toEqual([
      'Do', "n't", 'DO', "N'T", 'ca', 'n’t', 'rock&roll', 'AT&T', 'e-mail', "L'Oreal", 'it', '’s', 'Zoë', "'s", 'naïve', 'café', 'ab12cd',
    ]);
    // Other white space, marks, symbols and pictographs between and after words.
    expect(words('x\u00a0y\u2028z a\u000bb end. ab\u0301c 😀abc abc😀 word$ ...--')).toEqual([
      'x', 'y', 'z', 'a', 'b', 'end', '.', 'ab\u0301c', '😀', 'abc', 'abc', '😀', 'word', '$', '...', '--',
    ]);
    expect(tokenize('  Mr. Smith').map((t) => [t.start, t.end])).toEqual([[2, 5], [6, 11]]);
  });
});
