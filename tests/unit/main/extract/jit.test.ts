import { describe, expect, it } from 'vitest';
import { extract } from '../../../../src/main/extract';
import { tuneCompilerForExtraction } from '../../../../src/main/extract/jit';

describe('the compiler setting for extraction', () => {
  it('can be set more than once, and extraction reads the same after it', () => {
    const text = 'Donald Trump spoke in Iowa on Monday. "We will win," Trump said.';
    const before = extract(text);
    tuneCompilerForExtraction();
    tuneCompilerForExtraction();
    expect(extract(text)).toEqual(before);
  });
});
