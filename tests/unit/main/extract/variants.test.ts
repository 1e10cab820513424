import { describe, expect, it } from 'vitest';
import { canonicalVariant, normalizeName, normalizeWhole, variantType } from '../../../../src/main/extract/variants';

describe('name keys', () => {
  it('lower-cases plain names and strips accents, curly quotes and extra white space from the rest', () => {
    expect(normalizeName('Shigeru Ishiba')).toBe('shigeru ishiba');
    expect(normalizeName('U.S.')).toBe('u.s.');
    expect(normalizeName('São Paulo')).toBe('sao paulo');
    expect(normalizeName('People’s Liberation Army')).toBe("people's liberation army");
    expect(normalizeName('  United \t Nations\n')).toBe('united nations');
    expect(normalizeName('Ｔｏｋｙｏ')).toBe('tokyo');
  });

  it('gives every name, plain or not, the key the whole normalisation gives', () => {
    const names = ['Acme Corp', 'acme  corp', ' Acme Corp', 'Acme Corp ', 'Acme\u00a0Corp', 'Zürich', 'Ishiba’s', "O'Neill", 'A', '', ' ', 'Crédit Agricole', 'Ｎ.Ｖ.', 'x\u0301y', 'Mr.\tSmith'];
    for (const name of names) {
      expect(normalizeName(name), JSON.stringify(name)).toBe(normalizeWhole(name));
      // Asked twice, from the cache the second time where there is one.
      expect(normalizeName(name), JSON.stringify(name)).toBe(normalizeWhole(name));
    }
  });

  it('maps a known spelling to its canonical name and type', () => {
    expect(canonicalVariant('U.S.')).toBe('United States');
    expect(canonicalVariant('the  United States')).toBe('United States');
    expect(variantType('NATO')).toBe('ORGANIZATION');
    expect(variantType('Burma')).toBe('PLACE');
    expect(canonicalVariant('Acme Corp')).toBeUndefined();
  });
});
