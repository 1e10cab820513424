import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../../src/main/extract/ner/tokenize';

const words = (text: string) => tokenize(text).map((t) => t.text);

describe('tokenize', () => {
  it('keeps the full stop of an abbreviation or initialism inside a line', () => {
    expect(words('Acme Corp. said the U.S. market grew.')).toEqual(['Acme', 'Corp.', 'said', 'the', 'U.S.', 'market', 'grew', '.']);
  });

  it('sets apart the full stop of an abbreviation or initialism that ends a line, as CoNLL writes it', () => {
    expect(words('Shares of Acme Corp.\nNext line')).toEqual(['Shares', 'of', 'Acme', 'Corp', '.', 'Next', 'line']);
    expect(words('said an analyst at Smith & Co."')).toEqual(['said', 'an', 'analyst', 'at', 'Smith', '&', 'Co', '.', '"']);
    expect(words('sold in the U.S.')).toEqual(['sold', 'in', 'the', 'U.S', '.']);
    expect(words('and then...\n')).toEqual(['and', 'then', '...']);
  });
});
