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

// `DOSSIER_BENCH_ONLY=pictures,entities npm run bench`: just the sections whose titles hold one of the words.
const ONLY = (process.env.DOSSIER_BENCH_ONLY ?? '')
  .split(',')
  .map((w) => w.trim().toLowerCase())
  .filter(Boolean);

async function section(title: string, run: () => Promise<void>): Promise<void> {
  if (ONLY.length && !ONLY.some((w) => title.toLowerCase().includes(w))) return;
  console.log(`\n== ${title} ==`);
  try {
    await run();
  } catch (error) {
    console.log(`  failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

async function main(): Promise<void> {
  console.log(`Dossier bench — Node ${process.version}, data: ${existsSync(DATA) ? DATA : `${DATA} (absent: data-based figures are skipped)`}`);
  const sample = readFileSync(join(ROOT, 'resources/sample-article.txt'), 'utf8');
  await section('Case scale: 10 vs 5,040 articles (open, one note save, save everything)', () => benchNotebookOpen(sample));
  await section("The window's thread while the notebook works (notebook on that thread vs on its own)", () => benchServiceThread(sample));
  await section('Pictures: timeline and entity graph on 10 vs 5,040 articles', () => benchPictures(sample));
  await section('Pictures in the window (Chromium, browser mode) on 10 vs 5,040 articles: drawn after a change, and panning', () => benchPicturesWindow(ROOT, sample));
  await section('Entities (CoNLL-2003, PolNeAR and GMB throughput)', () => benchEntities(DATA));
  await section('Quotes and speakers (PolNeAR)', () => benchQuotes(DATA));
  await section('Reading the 1,008 PolNeAR .txt files (ingest only)', () => benchReadPolnear(DATA));
  await section('Importing the 1,008 PolNeAR articles through the CLI, five times over into one notebook', () => benchImportPolnear(DATA, join(__dirname, 'cli.js')));
  await section('Brief export (30 pages)', benchExport);
  await section('Entity sidebar filter (10,000 entities)', () => benchEntityFilter(resolve(__dirname, '..')));
  await section('Typing in a 20,000-word note (Chromium, browser mode)', () => benchTyping(ROOT));
  await section('The window on 10 vs 5,040 articles (Chromium, browser mode): ready, and typing while autosave runs', () => benchWindowScale(ROOT, sample));
}

main();
