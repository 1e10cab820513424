import { readFileSync } from 'node:fs';
import { TAGS } from './tags';

/** One CoNLL-2003 document: its sentences as words and BIO tag indices. */
export interface TaggedDocument {
  sentences: { words: string[]; tags: number[] }[];
}

/** Reads a 4-column CoNLL-2003 file (IOB1) into documents with BIO tags (IOB2). */
export function readConll(path: string): TaggedDocument[] {
  const docs: TaggedDocument[] = [];
  let doc: TaggedDocument = { sentences: [] };
  let words: string[] = [];
  let tags: number[] = [];
  const flush = () => {
    if (words.length) doc.sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      flush();
      if (doc.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      continue;
    }
    if (cols.length < 4) {
      flush();
      continue;
    }
    const type = cols[3] === 'O' ? '' : cols[3].slice(2);
    const prev = tags.length ? TAGS[tags[tags.length - 1]] : 'O';
    // IOB1 marks a new entity with B- only when it touches one of the same type; IOB2 always does.
    const begins = cols[3].startsWith('B-') || prev === 'O' || prev.slice(2) !== type;
    words.push(cols[0]);
    tags.push(type ? TAGS.indexOf(`${begins ? 'B' : 'I'}-${type}` as (typeof TAGS)[number]) : 0);
  }
  flush();
  if (doc.sentences.length) docs.push(doc);
  return docs;
}

// No space before closing marks and clitics, none after opening ones: "( P. Simmons 4-38 ) , Reuters 's" is
// "(P. Simmons 4-38), Reuters's" in the dev and test splits' running text (../shared/data/README.md).
const CLOSES = /^(?:[,.;:?!)\]}%]|\.\.\.|'(?:s|S|m|M|d|D|ll|LL|re|RE|ve|VE)|n't|N'T)$/;
const OPENS = /^[([{$]$/;

/**
 * A document's words as running text, the way the dev and test splits' `*.docs.jsonl` hold it: words joined by single
 * spaces except before closing marks and clitics and after opening ones, straight quote marks read as opening or
 * closing by where they stand, a sentence a line; the text and each sentence's words' offsets in it. On the dev and
 * test splits' words it gives their text, but for 18 of 447 documents' quote marks. The out-of-fold figures read
 * eng.train so, for the rules to read it as they read the test's: "(Grasshoppers)", not "( Grasshoppers )".
 */
export function runningText(sentences: { words: string[] }[]): { text: string; starts: number[][] } {
  let text = '';
  const starts: number[][] = [];
  // Whether a double quote is open: each mark opens or closes one in turn; as written, one opens at a sentence's start.
  let double = false;
  for (const s of sentences) {
    const at: number[] = [];
    let glue = true;
    // A single one after a mark opens, once in a sentence ("myself, 'keep"); after a word it closes ("players' status").
    let single = false;
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i];
      let closes: boolean;
      if (w === '"') {
        // One at a sentence's start opens; one at its end is written against it, and opens a quote where none was
        // open (the next paragraph's).
        closes = i > 0 && (i === s.words.length - 1 || double);
        double = i === 0 || !double;
      } else if (w === "'") {
        closes = i > 0 && (single || /[\p{L}\p{N}]$/u.test(s.words[i - 1]));
        single = !closes;
      } else closes = CLOSES.test(w);
      if (!glue && !closes) text += ' ';
      at.push(text.length);
      text += w;
      glue = w === '"' || w === "'" ? !closes : OPENS.test(w);
    }
    starts.push(at);
    text += '\n';
  }
  return { text: text.slice(0, -1), starts };
}
