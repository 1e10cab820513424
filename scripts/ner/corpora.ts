// Readers for the training text in ../shared/data: CoNLL-2003 (gold), GMB (silver, mapped to the
// CoNLL tag set) and PolNeAR's article text (unlabelled). Training only: nothing here ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggedDocument } from '../../src/main/extract/ner/conll';
import { TAGS } from '../../src/main/extract/ner/tags';
import { splitSentences, tokenize } from '../../src/main/extract/ner/tokenize';
import { countryNames } from './sources';

// GMB's types that CoNLL calls MISC: nationality words (gpe), works (art), events (eve), named
// natural phenomena (nat). Times (tim) stay outside any name, as in CoNLL. A gpe that is a country's
// name ("Denmark maintained a surplus") is a place, as CoNLL tags it.
const GMB_MISC = new Set(['gpe', 'art', 'eve', 'nat']);
let countries: Set<string> | undefined;

interface GmbDoc {
  text: string;
  other: { start: number; end: number; type: string; text: string }[];
}

/**
 * GMB in BIO over PER/ORG/LOC/MISC: the .conll file's tokens and tags, with the types it leaves
 * out (kept in the .docs.jsonl `other` field) put back as MISC where they are capitalised.
 */
export function readGmb(dir: string, split: 'train' | 'dev'): TaggedDocument[] {
  const jsonl = readFileSync(join(dir, `gmb.${split}.docs.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
  const docs: TaggedDocument[] = [];
  let doc: TaggedDocument | null = null;
  let words: string[] = [];
  let tags: number[] = [];
  let source: GmbDoc | null = null;
  let cursor = 0;
  let miscEnd = -1;
  const flush = () => {
    if (doc && words.length) doc.sentences.push({ words, tags });
    words = [];
    tags = [];
  };
  for (const line of readFileSync(join(dir, `gmb.${split}.conll`), 'utf8').split('\n')) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const [word, tag] = line.split(' ');
    if (word === '-DOCSTART-') {
      flush();
      if (doc?.sentences.length) docs.push(doc);
      doc = { sentences: [] };
      source = JSON.parse(jsonl[docs.length]);
      cursor = 0;
      continue;
    }
    let t = TAGS.indexOf(tag as (typeof TAGS)[number]);
    if (source) {
      const at = source.text.indexOf(word, cursor);
      if (at >= 0) {
        cursor = at + word.length;
        const misc = t === 0 && /^\p{Lu}/u.test(word) ? source.other.find((o) => GMB_MISC.has(o.type) && o.start <= at && at < o.end) : undefined;
        if (misc) {
          countries ??= countryNames();
          const type = misc.type === 'gpe' && countries.has(misc.text) ? 'LOC' : 'MISC';
          t = TAGS.indexOf(`${misc.start === at || miscEnd !== misc.end ? 'B' : 'I'}-${type}` as (typeof TAGS)[number]);
          miscEnd = misc.end;
        } else if (t !== 0 || !/^\p{Lu}/u.test(word)) miscEnd = -1;
      }
    }
    words.push(word);
    tags.push(Math.max(0, t));
  }
  flush();
  if (doc?.sentences.length) docs.push(doc);
  return docs;
}

/** PolNeAR articles of the given splits as tokenised sentences (no labels). */
export function readPolnearSentences(dir: string, splits: string[]): string[][] {
  const out: string[][] = [];
  for (const split of splits) {
    const textDir = join(dir, split, 'text');
    if (!existsSync(textDir)) continue;
    for (const f of readdirSync(textDir).sort()) {
      if (!f.endsWith('.txt')) continue;
      const text = readFileSync(join(textDir, f), 'utf8');
      for (const s of splitSentences(text, tokenize(text))) out.push(s.map((t) => t.text));
    }
  }
  return out;
}
