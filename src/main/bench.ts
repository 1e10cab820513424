import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { benchExport } from './bench/export';
import { benchEntities } from './bench/entities';
import { benchEntityFilter } from './bench/entities-filter';
import { benchImportPolnear } from './bench/import-polnear';
import { benchReadPolnear } from './bench/imports';
import { benchServiceThread } from './bench/service-thread';
import { benchNotebookOpen } from './bench/notebook-open';
import { benchPictures } from './bench/pictures';
import { benchPicturesWindow } from './bench/pictures-window';
import { benchQuotes } from './bench/quotes';
import { benchTyping } from './bench/typing';
import { benchWindowScale } from './bench/window-scale';
import { tuneCompilerForExtraction } from './extract/jit';

// Extraction is measured as it runs in the CLI and the extraction worker (see extract/jit.ts).
tuneCompilerForExtraction();

// `npm run bench`: speed, memory and quality figures. Tests assert behaviour; this prints numbers.
// The project's folder: the nearest above the build (out/main, or a DOSSIER_OUT folder deeper down) with a package.json.
function projectRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../..');
  }
}
const ROOT = projectRoot(__dirname);
const DATA = process.env.DOSSIER_BENCH_DATA ?? resolve(ROOT, '../shared/data');

// The sections, each by a short name: `DOSSIER_BENCH_ONLY=entities,quotes npm run bench` runs just those named.
const SECTIONS: [name: string, title: string, run: (sample: string) => Promise<void>][] = [
  ['scale', 'Case scale: 10 vs 5,040 articles (open, one note save, save everything)', benchNotebookOpen],
  ['thread', "The window's thread while the notebook works (notebook on that thread vs on its own)", benchServiceThread],
  ['pictures', 'Pictures: timeline and entity graph on 10 vs 5,040 articles', benchPictures],
  ['pictures-window', 'Pictures in the window (Chromium, browser mode) on 10 vs 5,040 articles: drawn after a change, and panning', (sample) => benchPicturesWindow(ROOT, sample)],
  ['entities', 'Entities (CoNLL-2003, PolNeAR and GMB throughput)', () => benchEntities(DATA)],
  ['quotes', 'Quotes and speakers (PolNeAR)', () => benchQuotes(DATA)],
  ['ingest', 'Reading the 1,008 PolNeAR .txt files (ingest only)', () => benchReadPolnear(DATA)],
  ['import', 'Importing the 1,008 PolNeAR articles through the CLI, five times over into one notebook', () => benchImportPolnear(DATA, join(__dirname, 'cli.js'))],
  ['export', 'Brief export (30 pages)', benchExport],
  ['filter', 'Entity sidebar filter (10,000 entities)', () => benchEntityFilter(resolve(__dirname, '..'))],
  ['typing', 'Typing in a 20,000-word note (Chromium, browser mode)', () => benchTyping(ROOT)],
  ['window', 'The window on 10 vs 5,040 articles (Chromium, browser mode): ready, and typing while autosave runs', (sample) => benchWindowScale(ROOT, sample)],
];

const ONLY = (process.env.DOSSIER_BENCH_ONLY ?? '')
  .split(',')
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);

async function main(): Promise<void> {
  const unknown = ONLY.filter((w) => !SECTIONS.some(([name]) => name === w));
  if (unknown.length) {
    console.error(`DOSSIER_BENCH_ONLY names no section called ${unknown.map((w) => `"${w}"`).join(', ')}. The sections: ${SECTIONS.map(([name]) => name).join(', ')}.`);
    process.exit(2);
  }
  console.log(`Dossier bench — Node ${process.version}, data: ${existsSync(DATA) ? DATA : `${DATA} (absent: data-based figures are skipped)`}`);
  const sample = readFileSync(join(ROOT, 'resources/sample-article.txt'), 'utf8');
  for (const [name, title, run] of SECTIONS) {
    if (ONLY.length && !ONLY.includes(name)) continue;
    console.log(`\n== ${title} [${name}] ==`);
    try {
      await run(sample);
    } catch (error) {
      console.log(`  failed: ${(error as Error).message}`);
      process.exitCode = 1;
    }
  }
}

main();
