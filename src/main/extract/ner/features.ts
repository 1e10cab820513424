import { gazetteerLabels } from './gazetteer';
import { loadLexicon } from './lexicon';

/**
 * What the rest of the document says about a word's case. A word written in lower case elsewhere
 * is rarely a name; one written Capitalised mid-sentence elsewhere usually is — the cue that lets
 * the tagger read all-caps headlines and sentence-initial words.
 */
export interface DocumentCase {
  lower: Set<string>;
  title: Set<string>;
}

export const HAS_LOWER = /\p{Ll}/u;
export const HAS_LETTER = /\p{L}/u;

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
    const code = ch.charCodeAt(0);
    // ASCII by comparison (the common case, and far faster); the rest by Unicode class.
    let c: string;
    if (code >= 65 && code <= 90) c = 'X';
    else if (code >= 97 && code <= 122) c = 'x';
    else if (code >= 48 && code <= 57) c = 'd';
    else if (code < 128) c = ch;
    else c = /\p{Lu}/u.test(ch) ? 'X' : /\p{L}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    if (c !== last) out += c;
    last = c;
  }
  return out.length > 6 ? out.slice(0, 6) : out;
}

/**
 * Features of a word by itself (its form, shape and affixes) in a sentence that is or is not all
 * capitals. They never depend on neighbours, so the tagger can cache their scores per word.
 */
export function wordFeatures(word: string, caps: boolean): string[] {
  const w = word.toLowerCase();
  const s = shape(word);
  const f = ['b', `w:${w}`, `s:${s}`, `cs:${caps ? 'C' : 'm'}${s}`];
  if (!caps) f.push(`W:${word}`);
  for (let k = 1; k <= 4 && k < w.length; k++) f.push(`p${k}:${w.slice(0, k)}`, `x${k}:${w.slice(-k)}`);
  const classes = loadLexicon().classes.get(w);
  if (classes) f.push(`k1:${classes[0]}`, `k2:${classes[1]}`, `k3:${classes[2]}`);
  return f;
}

/** A neighbour's middle word class, or its edge or "none" (a word too rare to have one). */
function neighbourClass(lower: string): string {
  return loadLexicon().classes.get(lower)?.[1] ?? '-';
}

/** Features of each word that depend on its neighbours, the sentence and the document. */
export function contextFeatures(words: string[], doc: DocumentCase): string[][] {
  const n = words.length;
  const caps = isAllCaps(words) ? 'C' : 'm';
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shape);
  const gaz = gazetteerLabels(words);
  const runs = runStarts(words);
  const lw = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]);
  const sh = (i: number) => (i < 0 ? '<s>' : i >= n ? '</s>' : shapes[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const w = lower[i];
    const s = shapes[i];
    const f = [`w-1:${lw(i - 1)}`, `w+1:${lw(i + 1)}`, `w-2:${lw(i - 2)}`, `w+2:${lw(i + 2)}`];
    f.push(`k-1:${neighbourClass(lw(i - 1))}`, `k+1:${neighbourClass(lw(i + 1))}`);
    f.push(`ww:${lw(i - 1)}|${w}`, `ww+:${w}|${lw(i + 1)}`, `ss-:${sh(i - 1)}|${s}`, `ss+:${s}|${sh(i + 1)}`, `sss:${sh(i - 1)}|${s}|${sh(i + 1)}`);
    if (i === 0) f.push(`i:${caps}${s}`);
    if (w.length > 1 && HAS_LETTER.test(w)) {
      const lowerSeen = doc.lower.has(w);
      const titleSeen = doc.title.has(w);
      f.push(`d:${caps}${s}${lowerSeen ? 'L' : ''}${titleSeen ? 'T' : ''}`);
    }
    if (caps === 'm' && runs[i] >= 0) {
      const end = runEnd(words, i);
      f.push(`rl:${Math.min(end - runs[i], 4)}|${Math.min(i - runs[i], 3)}`, `rh:${lower[end - 1]}`);
      if (runs[i] > 0) f.push(`rb:${lower[runs[i] - 1]}`);
    }
    for (const g of gaz[i]) f.push(`g:${g}`, `gs:${g}${caps}${s}`);
    if (i > 0) for (const g of gaz[i - 1]) f.push(`g-1:${g}`);
    if (i + 1 < n) for (const g of gaz[i + 1]) f.push(`g+1:${g}`);
    out.push(f);
  }
  return out;
}

export const CAPITALISED = /^\p{Lu}/u;

/**
 * Where each capitalised word's run of capitalised words starts (-1 outside one). The run's last
 * word ("Corp", "Party", "University") and the word before it ("President", "in") type the whole name.
 */
function runStarts(words: string[]): number[] {
  const out = new Array<number>(words.length).fill(-1);
  for (let i = 0; i < words.length; i++) if (CAPITALISED.test(words[i])) out[i] = i > 0 && out[i - 1] >= 0 ? out[i - 1] : i;
  return out;
}

function runEnd(words: string[], i: number): number {
  let j = i;
  while (j < words.length && CAPITALISED.test(words[j])) j++;
  return j;
}

/** All features of every word of one sentence, as the trainer sees them. */
export function sentenceFeatures(words: string[], doc: DocumentCase): string[][] {
  const caps = isAllCaps(words);
  return contextFeatures(words, doc).map((f, i) => [...wordFeatures(words[i], caps), ...f]);
}
