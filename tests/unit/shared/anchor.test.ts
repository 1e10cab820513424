import { describe, expect, it } from 'vitest';
import { locateAnchor, makeAnchor } from '../../../src/shared/anchor';

const ARTICLE =
  'Prime Minister Shigeru Ishiba named his cabinet on Tuesday. "We cannot protect peace by wishing for it," he said. ' +
  'Critics said the line-up was hawkish. Later, a minister repeated: "We cannot protect peace by wishing for it," to applause.';

describe('locateAnchor', () => {
  const start = ARTICLE.indexOf('We cannot');
  const anchor = makeAnchor('a1', ARTICLE, start, start + 'We cannot protect peace by wishing for it'.length);

  it('keeps the passage where the stored offsets still hold its text', () => {
    expect(locateAnchor(ARTICLE, anchor)).toEqual({ start: anchor.start, end: anchor.end });
  });

  it('stores the exact text and up to 32 characters of context on each side', () => {
    expect(anchor.exact).toBe('We cannot protect peace by wishing for it');
    expect(anchor.prefix).toBe(ARTICLE.slice(start - 32, start));
    expect(anchor.suffix).toHaveLength(32);
  });

  it('finds the passage again when text was added before it', () => {
    const edited = `UPDATED: corrected a name. ${ARTICLE}`;
    const found = locateAnchor(edited, anchor);
    expect(found && edited.slice(found.start, found.end)).toBe(anchor.exact);
    expect(found?.start).toBe(start + 'UPDATED: corrected a name. '.length);
  });

  it('picks the occurrence whose context matches when the passage appears twice', () => {
    const second = ARTICLE.lastIndexOf('We cannot');
    const later = makeAnchor('a1', ARTICLE, second, second + anchor.exact.length);
    const edited = `Intro paragraph added by the editors.\n\n${ARTICLE}`;
    expect(locateAnchor(edited, later)?.start).toBe(edited.lastIndexOf('We cannot'));
  });

  it('tolerates changed whitespace and line breaks inside the passage', () => {
    const edited = ARTICLE.replace('protect peace by', 'protect\npeace  by');
    const found = locateAnchor(edited, anchor);
    expect(found && edited.slice(found.start, found.end)).toBe('We cannot protect\npeace  by wishing for it');
  });

  it('returns null when the passage is gone', () => {
    expect(locateAnchor(ARTICLE.replaceAll('We cannot protect peace', 'Peace needs strength'), anchor)).toBeNull();
  });

  it('returns null for an empty passage', () => {
    expect(locateAnchor(ARTICLE, { ...anchor, exact: '' })).toBeNull();
  });
});
