// Reading text backwards a word at a time, for rules that look at what comes just before a name.

/** A word of the text and where it lies. */
export interface Word {
  start: number;
  end: number;
  raw: string;
}

const SPACE = /\s/;

/** Whether the character at `at` is white space, as the regex \s reads it (ASCII by char code). */
export function isSpace(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(text[at]));
}

/**
 * The word that ends at or before `end`, not reaching back past `from` (a word cut by `from` is cut
 * there), or null: no split of the text before, since most rules need only a word or two of it.
 */
export function wordBefore(text: string, from: number, end: number): Word | null {
  let stop = end;
  while (stop > from && isSpace(text, stop - 1)) stop--;
  if (stop === from) return null;
  let start = stop - 1;
  while (start > from && !isSpace(text, start - 1)) start--;
  return { start, end: stop, raw: text.slice(start, stop) };
}

/**
 * Whether the word ending one space before `at` may open with a capital, as the patterns for a capitalised word before a
 * name ask (capitalisedWordBefore, knownPlacesReadAsPeople): read back over ASCII small letters, it meets a capital or a
 * letter past ASCII (which the pattern decides); never where it meets anything else. Most names asked about follow a word
 * in lower case ("said John Smith"), which this answers without the pattern.
 */
export function capitalBefore(text: string, at: number): boolean {
  for (let k = at - 2; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) continue;
    return (c >= 65 && c <= 90) || c > 127;
  }
  return false;
}
