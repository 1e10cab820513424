import type { Attribution } from './attribution';
import type { QuotedSpan } from './spans';

// A quotation of this many words or more is a statement even mid-sentence.
const STATEMENT_WORDS = 4;
// Text right before a quotation that hands the floor to a speaker ("said", "yelling", a colon).
const INTRODUCED =
  /(?::|\b(?:said|says|say|saying|added|adding|asked|asking|told(?: \S+)?|wrote|writes|writing|replied|responded|yelled|yelling|shouted|shouting|chanted|chanting|chants of|cries of|declared|tweeted|tweeting|posted|reads|read|continued|insisted|stated|explained|noted)[,:]?)\s*$/i;

/**
 * A short quoted phrase inside someone else's sentence (scare quotes, a coined term, a title) is a
 * fragment; a quotation that opens its paragraph, is attributed right after, or follows a
 * "said"/colon is a statement however short.
 */
export function isFragment(text: string, q: QuotedSpan, paragraphStart: number, attribution: Attribution | null): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd);
  if (!/\p{L}/u.test(inner)) return true;
  if (inner.trim().split(/\s+/).length >= STATEMENT_WORDS) return false;
  if (text.slice(paragraphStart, q.start).trim() === '') return false;
  if (attribution && attribution.start >= q.end && /[,?!]\s*$/.test(inner + text.slice(q.end, q.end + 1))) return false;
  return !INTRODUCED.test(text.slice(Math.max(paragraphStart, q.start - 40), q.start));
}
