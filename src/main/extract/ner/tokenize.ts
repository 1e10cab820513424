/** A word or punctuation mark with its character span in the original text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** What the name rules may look for in it (cues.ts): set by the tagger, 0 until then. */
  cues: number;
}

// Abbreviations that keep their full stop, so "Mr." or "Inc." stays one token as in the training data.
const KEEPS_DOT = new Set(
  'mr mrs ms dr st mt ft jr sr gen col lt sgt capt cmdr adm maj rep sen gov pres prof rev inc corp co ltd bros vs etc no jan feb mar apr jun jul aug sep sept oct nov dec calif fla ariz mass penn wash va nev ore conn tenn'.split(
    ' ',
  ),
);

const TITLE_ABBREVIATIONS = new Set('mr mrs ms dr gen col lt sgt capt cmdr adm maj rep sen gov pres prof rev'.split(' '));

// One alternative per token kind, tried in order: dotted initialisms (U.S., a.m., U.S.-led), numbers with
// separators, the clitic n't, words with inner apostrophes/hyphens/ampersands, clitics, runs of dots or dashes,
// then any single other character.
const TOKEN =
  /(?:\p{L}\.){2,}(?:-\p{L}+)*|\+?\d+(?:[.,:/-]\d+)*(?:\p{L}[\p{L}\d]*)?(?:-\p{L}+)*|n['’]t\b|\p{L}[\p{L}\p{M}\d]*(?:(?:[-&]|['’](?!s\b|re\b|ve\b|ll\b|d\b|m\b|t\b))[\p{L}\p{M}\d]+)*|['’](?:s|re|ve|ll|d|m)\b|\.{2,}|\.\d+|-{2,}|\S/giu;

/**
 * The character code at `i`, or -1 outside the text. charCodeAt gives NaN there, which compares the same, but
 * optimised code that reads past the end for the first time is thrown away and compiled again.
 */
export const codeAt = (text: string, i: number): number => (i >= 0 && i < text.length ? text.charCodeAt(i) : -1);

/** Whether a character code is an apostrophe, straight or curly. */
export const isApostrophe = (code: number): boolean => code === 39 || code === 0x2019;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
// An ASCII letter or digit: what the word alternative of TOKEN runs over, in the common case.
const isAsciiWordChar = (c: number): boolean => isAsciiLetter(c) || isDigit(c);

// Past ASCII, characters no word or number goes on with: no-break space, dashes, ellipsis, curly double quotes.
const endsWordPastAscii = (c: number): boolean => c === 0xa0 || c === 0x2013 || c === 0x2014 || c === 0x2026 || c === 0x201c || c === 0x201d;

// A mark no longer alternative of TOKEN starts (none but its last, any other character alone): , ; : ( ) " ! ? [ ] and
// the like, and the curly double quotes. Not ' + - . and digits, which the regex may read on from.
const isLonePunctuation = (c: number): boolean =>
  (c >= 33 && c <= 47 && c !== 39 && c !== 43 && c !== 45 && c !== 46) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126) || c === 0x201c || c === 0x201d;

/** Splits text into tokens the way CoNLL-2003 did: punctuation and possessive 's apart, "U.S." whole. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let pos = 0;
  while (pos < n) {
    const c = text.charCodeAt(pos);
    // ASCII white space is skipped here; the regex skips any other.
    if (c === 32 || (c >= 9 && c <= 13)) {
      pos++;
      continue;
    }
    // The common cases without the regex, each where TOKEN would match exactly the same run; anything else is left to it.
    // ASCII letters (and digits) after a letter, ending before a character none of TOKEN's longer alternatives would
    // go on with: not - & ' (a word's inner marks), nor a full stop after a single letter ("U.S."), nor a letter,
    // mark or apostrophe past ASCII.
    let match = '';
    let start = pos;
    if (isAsciiLetter(c)) {
      let j = pos + 1;
      while (j < n && isAsciiWordChar(text.charCodeAt(j))) j++;
      const d = j < n ? text.charCodeAt(j) : 32;
      if (d < 128 ? d !== 45 && d !== 38 && d !== 39 && (d !== 46 || j - pos > 1) : endsWordPastAscii(d)) match = text.slice(pos, j);
    } else if (isDigit(c)) {
      // Digits, ending before a character a number goes on with: a letter ("3rd", "10-year" after a hyphen), or a
      // separator with a digit after it ("3.5", "1,000", "10:30", "1/2").
      let j = pos + 1;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      const d = j < n ? text.charCodeAt(j) : 32;
      if (d < 128 ? !isAsciiLetter(d) && d !== 45 && !((d === 46 || d === 44 || d === 58 || d === 47) && isDigit(codeAt(text, j + 1))) : endsWordPastAscii(d))
        match = text.slice(pos, j);
    } else if (isLonePunctuation(c)) match = text[pos];
    if (match === '') {
      TOKEN.lastIndex = pos;
      const m = TOKEN.exec(text);
      if (m === null) break;
      match = m[0];
      start = m.index;
    }
    let word = match;
    // "don't" → "do" + "n't": the word regex stops before the apostrophe, so peel the n off here.
    const last = word.charCodeAt(word.length - 1);
    const next = codeAt(text, start + word.length);
    if ((last === 110 || last === 78) && isApostrophe(next) && word.length > 1 && /^['’]t\b/i.test(text.slice(start + word.length, start + word.length + 3))) {
      word = word.slice(0, -1);
    }
    let end = start + word.length;
    const after = codeAt(text, end);
    if (after === 46 && text[end + 1] !== '.' && (keepsDot(word) ? !endsLine(text, end + 1, word) : listNumber(text, start, word))) end++;
    // "C$", "US$": a currency's letters and its sign are one token, as in the training data.
    else if (after === 36 && word.length <= 3 && /^\p{Lu}+$/u.test(word)) end++;
    // The match itself where it is the whole token: no second copy of the word.
    tokens.push({ text: end - start === match.length ? match : text.slice(start, end), start, end, cues: 0 });
    pos = end;
  }
  return tokens;
}

const PLAIN_WORDS = /^[A-Za-z][A-Za-z\d]*(?: [A-Za-z][A-Za-z\d]*)*$/;

/**
 * A name's tokens as they read inside a sentence: alone, a name's final "Calif." or "Corp." would end the
 * text and so lose its dot (see endsLine), and no longer match the token running text gives it.
 */
export function nameTokens(name: string): string[] {
  // ASCII words that open with a letter, one space apart, are tokens as they stand: each is the tokenizer's fast path
  // whole, ending at a space. Most names are such; the rest are tokenized.
  if (PLAIN_WORDS.test(name)) return name.split(' ');
  // Joined, not `${name} x`: V8 makes a rope of a concatenation 13 characters long or more (a ConsString), and once
  // tokenize had been handed ropes as well as the flat strings of documents, its compiled code read every text's
  // characters more slowly: tokenizing PolNeAR in the extractor took 167 ms a pass, 109 ms with names joined flat.
  const tokens = tokenize([name, ' x'].join(''));
  const out: string[] = [];
  for (let i = 0; i < tokens.length - 1; i++) out.push(tokens[i].text);
  return out;
}

/**
 * "… and Lear Corp.⏎": a full stop that ends the line ends the sentence, and is its own token there as in
 * the training data (CoNLL-2003 writes a sentence-final "Corp." as "Corp" and "."), so the name ends
 * before it. A single initial keeps its dot ("Harry S."), as do titles, which never end a sentence.
 */
function endsLine(text: string, from: number, word: string): boolean {
  if (word.length < 2 || TITLE_ABBREVIATIONS.has(word.toLowerCase())) return false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    // Spaces, and a closing quotation mark: "… said John Casesa of Schroder Wertheim & Co."⏎
    if (c !== 32 && c !== 9 && c !== 34 && c !== 0x201d) return false;
  }
  return true;
}

/** "3. Alex Zanardi": a small number that starts a line and is followed by a dot and a space numbers a list item. */
function listNumber(text: string, start: number, word: string): boolean {
  if (word.length > 3 || !/^\d+$/.test(word) || codeAt(text, start + word.length + 1) !== 32) return false;
  for (let i = start - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

function keepsDot(word: string): boolean {
  if (word.length === 1) return /\p{Lu}/u.test(word);
  return KEEPS_DOT.has(word.toLowerCase());
}

// A full stop, "!" or "?" standing alone.
const isStop = (word: string): boolean => {
  if (word.length !== 1) return false;
  const c = word.charCodeAt(0);
  return c === 46 || c === 33 || c === 63;
};

/**
 * Groups tokens into sentences: at line breaks, and after . ! ? when the next token starts a new
 * sentence. Context features never cross a sentence boundary, as in the training data.
 */

export function splitSentences(text: string, tokens: Token[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const next = tokens[i + 1];
    current.push(tok);
    if (!next) break;
    // Most tokens are words a space or nothing apart: read the gap's characters, no slice or regex.
    if (next.start === tok.end) continue;
    const stop = isStop(tok.text);
    let breaks = false;
    for (let k = tok.end; k < next.start && !breaks; k++) breaks = text.charCodeAt(k) === 10;
    breaks ||= stop && /^[\p{Lu}\d"“'‘(]/u.test(next.text);
    if (breaks || (stop && /^["”’)]$/.test(next.text) === false && current.length > 40)) {
      sentences.push(current);
      current = [];
    }
  }
  if (current.length) sentences.push(current);
  return sentences;
}
