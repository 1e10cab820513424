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
