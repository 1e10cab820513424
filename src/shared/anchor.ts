import type { CitationAnchor } from './note-nodes';
import { loosePhrase } from './regexp';

/** How much context a citation keeps on each side of its passage. */
export const ANCHOR_CONTEXT = 32;

export interface TextRange {
  start: number;
  end: number;
}

/** The anchor for text[start, end): offsets, the exact passage and a little context either side. */
export function makeAnchor(articleId: string, text: string, start: number, end: number): CitationAnchor {
  return {
    articleId,
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
    suffix: text.slice(end, end + ANCHOR_CONTEXT),
  };
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Whitespace-insensitive search: the article may have been re-imported with different line breaks. */
function looseMatches(text: string, exact: string): TextRange[] {
  const phrase = loosePhrase(exact);
  if (!phrase) return [];
  const pattern = new RegExp(phrase, 'g');
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * Finds a cited passage again, like a W3C TextQuoteSelector with a TextPositionSelector hint:
 * the stored offsets when they still hold the exact text, else the occurrence whose surrounding
 * text best matches the stored prefix and suffix (ties go to the one nearest the old offset).
 */
export function locateAnchor(text: string, anchor: CitationAnchor): TextRange | null {
  const { exact, start, prefix, suffix } = anchor;
  if (!exact) return null;
  if (text.slice(start, start + exact.length) === exact) return { start, end: start + exact.length };
  // Loose matches include the exact ones; context decides between them.
  const candidates = looseMatches(text, exact);
  let best: TextRange | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const context =
      commonSuffixLength(text.slice(Math.max(0, c.start - prefix.length), c.start), prefix) +
      commonPrefixLength(text.slice(c.end, c.end + suffix.length), suffix);
    // Context dominates; distance from the old offset only breaks ties.
    const score = context * 1_000_000 - Math.abs(c.start - start);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
