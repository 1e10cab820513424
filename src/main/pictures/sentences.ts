// Abbreviations whose full stop does not end a sentence ("Gen. Nakatani", "Mr. Ishiba").
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st mt ft jr sr gen col lt sgt capt cmdr adm maj rep sen gov pres prof rev inc corp co ltd bros vs etc no jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

const END = /[.!?。！？]+["”’')\]]*|\n/g;
const STARTS_SENTENCE = /^\s+["“‘'(]?[\p{Lu}\d]/u;

const isLetter = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c > '\u007f' && /\p{L}/u.test(c));

function abbreviationBefore(text: string, dot: number): boolean {
  let from = dot;
  // No abbreviation is longer than five letters, so the walk back stops there.
  while (from > 0 && dot - from < 6 && isLetter(text[from - 1])) from--;
  if (from > 0 && isLetter(text[from - 1])) return false;
  const word = text.slice(from, dot);
  if (word.length === 1) return /\p{Lu}/u.test(word); // an initial: "John F. Kennedy"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Where each sentence of `text` starts and ends, as one flat list [start0, end0, start1, end1, …]:
 * at line breaks, and after . ! ? when the next word starts a sentence. One pass, no tokenising, so the
 * pictures can split thousands of articles quickly; close to what the tagger splits on.
 */
export function sentenceSpans(text: string): ArrayLike<number> {
  const spans: number[] = [];
  let from = 0;
  const push = (to: number) => {
    let start = from;
    while (start < to && /\s/.test(text[start])) start++;
    let end = to;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) spans.push(start, end);
    from = to;
  };
  END.lastIndex = 0;
  for (let m = END.exec(text); m !== null; m = END.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n') {
      if (end < text.length && !STARTS_SENTENCE.test(text.slice(end, end + 4))) continue;
      if (m[0] === '.' && abbreviationBefore(text, m.index)) continue;
    }
    push(end);
  }
  push(text.length);
  return spans;
}

// An article's text never changes once imported, so its sentences are worked out once per article.
const split = new WeakMap<object, { text: string; spans: Int32Array }>();

/** sentenceSpans of an article's text, remembered while the article lives. */
export function articleSentences(article: { text: string }): ArrayLike<number> {
  const known = split.get(article);
  if (known?.text === article.text) return known.spans;
  const spans = Int32Array.from(sentenceSpans(article.text));
  split.set(article, { text: article.text, spans });
  return spans;
}

/** Walks sorted offsets through the spans: the index of the sentence holding each, in order. */
export class SentenceCursor {
  private at = 0;
  constructor(private readonly spans: ArrayLike<number>) {}

  /** The sentence (its index) that holds `offset`, or -1 when it falls between sentences. Offsets must not go back. */
  find(offset: number): number {
    const spans = this.spans;
    while (this.at < spans.length && spans[this.at + 1] <= offset) this.at += 2;
    return this.at < spans.length && spans[this.at] <= offset ? this.at / 2 : -1;
  }
}
