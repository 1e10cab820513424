/** A whitespace-separated word with its offsets, and a lower-cased form stripped of punctuation. */
export interface Word {
  start: number;
  end: number;
  raw: string;
  norm: string;
}

export function wordsIn(text: string, from: number, to: number, stop?: (word: Word, count: number) => boolean): Word[] {
  const out: Word[] = [];
  const re = /\S+/g;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const raw = m[0].slice(0, Math.max(0, to - m.index));
    const norm = raw.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    const word = { start: m.index, end: m.index + raw.length, raw, norm };
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
