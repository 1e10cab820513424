// The timing half of scripts/bench-against.ts: bundled with two trees' extractors into one script, it reads the
// bench's texts with both in turns and prints each set's times as one JSON line.
import { join } from 'node:path';
import { gmbDevTexts, jsonlTexts, polnearTexts } from '../src/main/bench/corpora';

export type Find = (text: string) => unknown;

export interface RaceResult {
  set: string;
  documents: number;
  kb: number;
  /** Milliseconds each extractor took over the whole set. */
  theirs: number;
  ours: number;
}

/** Both read the texts in turns of `chunk` documents, the other one first every second turn. */
function race(texts: string[], theirs: Find, ours: Find, chunk: number): { theirs: number; ours: number } {
  const time = (find: Find, part: string[]) => {
    const started = performance.now();
    for (const t of part) find(t);
    return performance.now() - started;
  };
  let t = 0;
  let o = 0;
  for (let from = 0, turn = 0; from < texts.length; from += chunk, turn++) {
    const part = texts.slice(from, from + chunk);
    if (turn % 2) {
      t += time(theirs, part);
      o += time(ours, part);
    } else {
      o += time(ours, part);
      t += time(theirs, part);
    }
  }
  return { theirs: t, ours: o };
}

/**
 * As npm run bench reads before its throughputs: CoNLL-2003 dev and test (both, a document each in turn), then
 * PolNeAR's articles and GMB dev, each text new to both.
 */
export function raceExtractors(data: string, theirs: Find, ours: Find, chunk: number): void {
  for (const split of ['testa', 'testb']) {
    for (const t of jsonlTexts(join(data, 'conll2003', `conll2003-${split}.docs.jsonl`))) {
      theirs(t);
      ours(t);
    }
  }
  const sets: [string, string[]][] = [
    ['PolNeAR articles', polnearTexts(data)],
    ['GMB dev documents', gmbDevTexts(data)],
  ];
  for (const [set, texts] of sets) {
    if (!texts.length) continue;
    const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
    const result: RaceResult = { set, documents: texts.length, kb, ...race(texts, theirs, ours, chunk) };
    console.log(JSON.stringify(result));
  }
}
