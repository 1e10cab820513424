/** A quotation mark found in the text, already told apart from apostrophes. */
export interface QuoteMark {
  at: number;
  length: number;
  /** Double marks (“ ” " '' « ») carry statements; single marks (‘ ’ ') usually nest inside them. */
  kind: 'double' | 'single';
  /** open / close when the glyph or its surroundings say so; either for a straight mark whose side is unclear. */
  side: 'open' | 'close' | 'either';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
// Characters after which a mark can open a quotation: start, space, brackets, dashes, slashes.
const OPENS_AFTER = /[\s([{—–\-/]/;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}

function canOpenAfter(c: string | undefined): boolean {
  return c === undefined || OPENS_AFTER.test(c) || c === '“' || c === '"';
}

// Elisions that start with an apostrophe and must never open a quotation ('90s, 'em, 'til, rock 'n' roll).
const ELISION = /^'(?:\d\d?s?\b|em\b|til\b|cause\b|n'|tis\b|twas\b|bout\b|round\b)/i;
const ELISION_CURLY = /^’(?:\d\d?s?\b|em\b|til\b|cause\b|n’|tis\b|twas\b)/i;

// The characters that can be quotation marks; the rest of the text is skipped by the regex engine.
const CANDIDATE = /[“„«‟»”"'‘’]/g;

/** Every quotation mark in `text`, in order; apostrophes (don't, Japan's, '90s) are left out. */
export function findQuoteMarks(text: string): QuoteMark[] {
  const marks: QuoteMark[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m !== null; m = CANDIDATE.exec(text)) {
    const i = m.index;
    const c = m[0];
    const before = i > 0 ? text[i - 1] : undefined;
    const after = text[i + 1];
    if (c === '“' || c === '„' || c === '«' || c === '‟') marks.push({ at: i, length: 1, kind: 'double', side: 'open' });
    else if (c === '»') marks.push({ at: i, length: 1, kind: 'double', side: 'close' });
    else if (c === '”') {
      // Some copy misprints the opener as ”: it then sits after a space and before a word.
      const misprintedOpener = canOpenAfter(before) && isWordChar(after);
      marks.push({ at: i, length: 1, kind: 'double', side: misprintedOpener ? 'open' : 'close' });
    } else if (c === '"') marks.push({ at: i, length: 1, kind: 'double', side: straightSide(before, after) });
    else if (c === "'" && after === "'" && text[i + 2] !== "'") {
      // The '' pair some wire copy (and the NYT archive) uses for a double quotation mark.
      marks.push({ at: i, length: 2, kind: 'double', side: straightSide(before, text[i + 2]) });
      CANDIDATE.lastIndex = i + 2;
    } else if (c === '‘') {
      if (!isWordChar(before)) marks.push({ at: i, length: 1, kind: 'single', side: 'open' });
    } else if (c === '’') {
      if (isWordChar(before) && isWordChar(after)) continue; // don’t, Japan’s
      if (canOpenAfter(before) && ELISION_CURLY.test(text.slice(i, i + 6))) continue;
      if (!isWordChar(after)) marks.push({ at: i, length: 1, kind: 'single', side: 'close' });
    } else if (c === "'") {
      if (isWordChar(before) && isWordChar(after)) continue;
      if (canOpenAfter(before)) {
        if (ELISION.test(text.slice(i, i + 6)) || !after || /\s/.test(after)) continue;
        marks.push({ at: i, length: 1, kind: 'single', side: 'open' });
      } else if (!isWordChar(after)) {
        // "Japan's" is caught above; a trailing "students'" possessive is told apart when pairing.
        marks.push({ at: i, length: 1, kind: 'single', side: 'close' });
      }
    }
  }
  return marks;
}

function straightSide(before: string | undefined, after: string | undefined): QuoteMark['side'] {
  const openLike = canOpenAfter(before) && after !== undefined && !/\s/.test(after);
  const closeLike = !canOpenAfter(before) && (after === undefined || !isWordChar(after));
  if (openLike && !closeLike) return 'open';
  if (closeLike && !openLike) return 'close';
  return 'either';
}
