import { gazetteerLabels } from './gazetteer';

/**
 * What the rest of the document says about a word's case. A word written in lower case elsewhere
 * is rarely a name; one written Capitalised mid-sentence elsewhere usually is — the cue that lets
 * the tagger read all-caps headlines and sentence-initial words.
 */
export interface DocumentCase {
  lower: Set<string>;
  title: Set<string>;
}

const HAS_LOWER = /\p{Ll}/u;
const HAS_LETTER = /\p{L}/u;

export function isAllCaps(words: string[]): boolean {
  let letters = false;
  for (const w of words) {
    if (HAS_LOWER.test(w)) return false;
    if (!letters && HAS_LETTER.test(w)) letters = true;
  }
  return letters;
}

export function documentCase(sentences: string[][]): DocumentCase {
  const lower = new Set<string>();
  const title = new Set<string>();
  for (const words of sentences) {
    if (isAllCaps(words)) continue;
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      const c = w.charCodeAt(0);
      if (c >= 97 && c <= 122) lower.add(w);
      else if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w) && !/^["“'‘(:-]$/.test(words[i - 1])) title.add(w.toLowerCase());
    }
  }
  return { lower, title };
}

/** Collapsed character classes: "Ishiba" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d". */
export function shape(word: string): string {
  let out = '';
  let last = '';
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\d/.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'x' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/** The features of every word of one sentence, as strings the model looks up. */
export function sentenceFeatures(words: string[], doc: DocumentCase): string[][] {
  const n = words.length;
  const caps = isAllCaps(words) ? 'C' : 'm';
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const gaz = gazetteerLabels(words);
  const lw = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]);
  const sh = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : shapes[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = lower[i];
    const s = shapes[i];
    const f = ['b', `w:${w}`, `s:${s}`, `cs:${caps}${s}`, `w-1:${lw(i - 1)}`, `w+1:${lw(i + 1)}`, `w-2:${lw(i - 2)}`, `w+2:${lw(i + 2)}`];
    f.push(`ww:${lw(i - 1)}|${w}`, `ww+:${w}|${lw(i + 1)}`, `ss-:${sh(i - 1)}|${s}`, `ss+:${s}|${sh(i + 1)}`, `sss:${sh(i - 1)}|${s}|${sh(i + 1)}`);
    if (caps === 'm') f.push(`W:${words[i]}`);
    for (let k = 1; k <= 4 && k < w.length; k++) f.push(`p${k}:${w.slice(0, k)}`, `x${k}:${w.slice(-k)}`);
    if (i === 0) f.push(`i:${caps}${s}`);
    if (w.length > 1 && /\p{L}/u.test(w)) {
      const lowerSeen = doc.lower.has(w);
      const titleSeen = doc.title.has(w);
      f.push(`d:${caps}${s}${lowerSeen ? 'L' : ''}${titleSeen ? 'T' : ''}`);
    }
    for (const g of gaz[i]) f.push(`g:${g}`, `gs:${g}${caps}${s}`);
    if (i > 0) for (const g of gaz[i - 1]) f.push(`g-1:${g}`);
    if (i + 1 < n) for (const g of gaz[i + 1]) f.push(`g+1:${g}`);
    out.push(f);
  }
  return out;
}
