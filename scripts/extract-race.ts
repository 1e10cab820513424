// The timing half of scripts/bench-against.ts: bundled with two trees' extractors into one script, it reads the
// bench's texts with both in turns and prints each set's times as one JSON line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Find = (text: string) => unknown;

export interface RaceResult {
  set: string;
  documents: number;
  kb: number;
  /** Milliseconds each extractor took over the whole set. */
  theirs: number;
  ours: number;
}

const lines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string);

function polnear(data: string): string[] {
  const texts: string[] = [];
  for (const split of ['train', 'dev', 'test']) {
    const dir = join(data, 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  return texts;
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
    for (const t of lines(join(data, 'conll2003', `conll2003-${split}.docs.jsonl`))) {
      theirs(t);
      ours(t);
    }
  }
  const gmb = join(data, 'gmb', 'gmb.dev.docs.jsonl');
  const sets: [string, string[]][] = [
    ['PolNeAR articles', polnear(data)],
    ['GMB dev documents', existsSync(gmb) ? lines(gmb) : []],
  ];
  for (const [set, texts] of sets) {
    if (!texts.length) continue;
    const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
    const result: RaceResult = { set, documents: texts.length, kb, ...race(texts, theirs, ours, chunk) };
    console.log(JSON.stringify(result));
  }
}
