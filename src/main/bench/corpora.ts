import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The public corpora the benches read from ../shared/data (never part of the project): each reader gives nothing where
// the corpus is absent.

/** PolNeAR's article files, train, dev and test, each split's in name order. */
export function polnearFiles(dataDir: string): string[] {
  const files: string[] = [];
  for (const split of ['train', 'dev', 'test']) {
    const dir = join(dataDir, 'polnear', split, 'text');
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f));
  }
  return files;
}

/** PolNeAR's article texts, in polnearFiles' order. */
export function polnearTexts(dataDir: string): string[] {
  return polnearFiles(dataDir).map((f) => readFileSync(f, 'utf8'));
}

/** The texts of a `.docs.jsonl` file (one `{"text"}` record a line). */
export function jsonlTexts(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text as string);
}

/** GMB dev's documents: short, name-dense VOA news, where the name rules' share of the time is larger than on PolNeAR. */
export function gmbDevTexts(dataDir: string): string[] {
  return jsonlTexts(join(dataDir, 'gmb', 'gmb.dev.docs.jsonl'));
}
