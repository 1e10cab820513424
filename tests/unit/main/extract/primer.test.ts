import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/main/extract';
import { DATED_TEXTS, primeExtractor, RULE_TEXTS } from '../../../../src/main/extract/primer';

const TEXT = 'WASHINGTON (Dossier Wire) — Sen. Ada Voss, R-Texas, told The Guardian on Monday that Quellsoft, the accounting software maker, would appeal. “We will win,” she said.';

describe('priming the extractor', () => {
  it('changes nothing an extraction gives, and runs once a process', () => {
    const before = JSON.stringify(extract(TEXT, { publishedAt: '2016-09-01' }));
    primeExtractor();
    primeExtractor();
    expect(JSON.stringify(extract(TEXT, { publishedAt: '2016-09-01' }))).toBe(before);
  });

  it('is invented text of every kind the rules read, none of it empty', () => {
    expect(RULE_TEXTS.length).toBeGreaterThan(15);
    expect(DATED_TEXTS.length).toBeGreaterThan(3);
    for (const text of [...RULE_TEXTS, ...DATED_TEXTS]) expect(text.trim().length).toBeGreaterThan(20);
  });
});
