import type { Attribution } from './attribution';
import type { QuotedSpan } from './spans';
import { trimEdges } from './words';

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
  const before = text.slice(Math.max(paragraphStart, q.start - 40), q.start);
  // A headline quotes speech in single marks ("Obama Sees 'Personal Insult' if …").
  if (q.kind === 'single' && isHeadline(text, paragraphStart)) return false;
  // “Fox News Sunday,” / ''A Choice, Not an Echo'': a title of a show, book or song, unless someone is said to speak it.
  // A title the text hands over as someone's words ("a memo titled “…”", "a hat reading “…”") stays a quotation.
  // So does one that opens its sentence and is attributed right after ("“GROWING PARTY,” he declared").
  const opensSentence = /(?:^|[.!?]["”’']*)\s*$/.test(before) && attribution !== null && attribution.start >= q.end;
  if (!opensSentence && !INTRODUCED.test(before) && !/\b(?:titled|entitled|headlined|reading)[,:]?\s*$/i.test(before) && isTitle(inner)) return true;
  if (inner.trim().split(/\s+/).length >= STATEMENT_WORDS) return false;
  if (text.slice(paragraphStart, q.start).trim() === '') return false;
  if (attribution && attribution.start >= q.end && /[,?!]\s*$/.test(inner + text.slice(q.end, q.end + 1))) return false;
  return !INTRODUCED.test(before);
}

// Short words a title writes in lower case ("Eye of the Tiger", "A Choice, Not an Echo").
const TITLE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'via', 'per', 'into', 'upon']);

/** Words in title case: every word but the short ones capitalised, with no sentence inside. */
export function isTitle(inner: string): boolean {
  // Built by push, not map() and filter(), so it is a packed array in every tier (see readDocument in ner/scorer.ts).
  const words: string[] = [];
  for (const w of inner.trim().split(/\s+/)) {
    const trimmed = trimEdges(w);
    if (trimmed !== '') words.push(trimmed);
  }
  if (words.length < MIN_TITLE_WORDS || words.length > 12) return false;
  if (/[!?]/.test(inner) || /[.;]\s+\S/.test(inner.trim())) return false;
  let lexical = 0;
  for (const [k, w] of words.entries()) {
    if (k > 0 && TITLE_LOWER.has(w)) continue;
    if (!/^[\p{Lu}\p{N}]/u.test(w)) return false;
    lexical++;
  }
  return lexical >= MIN_TITLE_WORDS;
}
const MIN_TITLE_WORDS = 2;

/** The article's first line when it reads as a headline: short, with no full stop before its end. */
function isHeadline(text: string, paragraphStart: number): boolean {
  if (text.slice(0, paragraphStart).trim() !== '') return false;
  const end = text.indexOf('\n', paragraphStart);
  const line = text.slice(paragraphStart, end < 0 ? text.length : end).trim();
  return line.length <= 160 && !/[.!?]["”’']*\s+\p{Lu}/u.test(line);
}
