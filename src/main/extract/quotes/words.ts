/** A whitespace-separated word with its offsets, and a lower-cased form stripped of punctuation. */
export interface Word {
  start: number;
  end: number;
  raw: string;
  norm: string;
}

// Anything but letters and digits at either end of a word.
const EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** Whether the character at `i` is an ASCII letter or digit. */
function plainAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The word without the punctuation at either end ("“Yes,”" → "Yes"). */
export function trimEdges(word: string): string {
  // Most words start and end in a plain letter or digit, and have nothing to trim.
  return plainAt(word, 0) && plainAt(word, word.length - 1) ? word : word.replace(EDGES, '');
}

export function wordsIn(text: string, from: number, to: number, stop?: (word: Word, count: number) => boolean): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const raw = m.index + m[0].length <= to ? m[0] : m[0].slice(0, Math.max(0, to - m.index));
    const word = { start: m.index, end: m.index + raw.length, raw, norm: trimEdges(raw.toLowerCase()) };
    out.push(word);
    if (stop?.(word, out.length)) break;
  }
  return out;
}

// Abbreviations whose full stop does not end a sentence (titles, US states, months, dotted initials).
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr sen rep gov gen lt col sgt st jr sr prof rev adm capt maj cmdr pres sec atty ft mt no inc corp co ltd vs ' +
    'jan feb aug sept sep oct nov dec ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss ' +
    'mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'
  ).split(' '),
);

/** True when the word closes a sentence (a full stop that is not part of "Mr." or "U.S."). */
export function endsSentence(word: Word): boolean {
  // Most words end in a letter or digit: no full stop, and no closing mark or bracket after one.
  const last = word.raw.charCodeAt(word.raw.length - 1);
  if ((last >= 97 && last <= 122) || (last >= 65 && last <= 90) || (last >= 48 && last <= 57) || last === 44) return false;
  // A parenthesis that closes after a full stop, "(R-Fla.)", belongs to a name, not a sentence end.
  if (/\(.*\.\)$/.test(word.raw)) return false;
  const core = word.raw.replace(/[”"’')\]]+$/, '');
  if (!/[.!?]$/.test(core)) return false;
  if (/[!?]$/.test(core)) return true;
  const stem = core.slice(0, -1).replace(/^[(“"‘']+/, '');
  if (ABBREVIATIONS.has(stem.toLowerCase())) return false;
  if (/^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(stem) || /^[A-Z]$/.test(stem)) return false;
  return true;
}

export function endsClause(word: Word): boolean {
  return /[,;:—–]$/.test(word.raw.replace(/[”"’')\]]+$/, '')) || endsSentence(word);
}

export function isCapitalised(word: Word): boolean {
  return /^[(“"‘']*\p{Lu}/u.test(word.raw);
}
