import { existsSync, readFileSync } from 'node:fs';
import { primeExtractor } from '../extract/primer';
import { gmbDevTexts, polnearTexts } from './corpora';
import { join } from 'node:path';
import { type Counts, countDocument, emptyCounts, micro, prf, SCORED_TYPES, type ScoredSpan } from '../extract/ner/score';

// Entity figures: exact-span P/R/F1 on CoNLL-2003 (scored as ../shared/tools/score-ner.mjs does),
// and speed on PolNeAR's real articles, for Dossier's extractor and for compromise as a baseline.

type Finder = (text: string) => ScoredSpan[];
interface GoldDoc {
  id: string;
  text: string;
  entities: ScoredSpan[];
}

/** compromise's people, organisations and places, trimmed of the punctuation it leaves on ("Tokyo."). */
async function compromiseFinder(): Promise<Finder> {
  const nlp = (await import('compromise')).default;
  return (text) => {
    const doc = nlp(text);
    const out: ScoredSpan[] = [];
    const add = (type: string, found: { offset?: { start: number; length: number } }[]) => {
      for (const { offset } of found) {
        if (!offset) continue;
        let end = offset.start + offset.length;
        while (end > offset.start && /[\s.,;:!?"'”’)\]]/.test(text[end - 1])) end--;
        out.push({ start: offset.start, end, type });
      }
    };
    add('PERSON', doc.people().json({ offset: true }));
    add('ORGANIZATION', doc.organizations().json({ offset: true }));
    add('PLACE', doc.places().json({ offset: true }));
    return out;
  };
}

function score(docs: GoldDoc[], find: Finder): Record<string, Counts> {
  const counts = emptyCounts();
  for (const doc of docs) countDocument(doc.text, doc.entities, find(doc.text), counts);
  return counts;
}

const pct = (x: number) => x.toFixed(3).padStart(6);

function printScores(name: string, counts: Record<string, Counts>): void {
  for (const type of [...SCORED_TYPES, 'micro']) {
    const c = type === 'micro' ? micro(counts) : counts[type];
    const { p, r, f1 } = prf(c);
    console.log(`  ${name.padEnd(22)} ${type.padEnd(6)} ${pct(p)} ${pct(r)} ${pct(f1)} ${String(c.tp).padStart(6)} ${String(c.gold).padStart(6)} ${String(c.pred).padStart(6)}`);
  }
}

function throughput(texts: string[], find: Finder): number {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const started = performance.now();
  for (const t of texts) find(t);
  return bytes / 1024 / ((performance.now() - started) / 1000);
}

/** Prints entity quality on CoNLL-2003 dev and test, throughput on PolNeAR and GMB dev, model load time and memory. */
export async function benchEntities(dataDir: string): Promise<void> {
  const conll = join(dataDir, 'conll2003');
  const splits = ['testa', 'testb'].filter((s) => existsSync(join(conll, `conll2003-${s}.docs.jsonl`)));
  if (!splits.length) {
    console.log(`  skipped: no CoNLL-2003 data in ${conll} (see ../shared/data/README.md)`);
    return;
  }
  const loadStart = performance.now();
  const { loadModel } = await import('../extract/ner/tagger');
  const { loadLexicon } = await import('../extract/ner/lexicon');
  loadModel();
  loadLexicon();
  const loadMs = performance.now() - loadStart;
  const modelFiles = await import('../extract/ner/model-size');
  const { findEntities } = await import('../extract/entities');
  const dossier: Finder = (text) => findEntities(text).mentions;
  const compromise = await compromiseFinder();
  // Primed as the extraction worker and a batch in the CLI are before they read on (extract/primer.ts); after the
  // load is timed, so the load figure is the model's and the lexicon's alone.
  primeExtractor();

  console.log(`  ${'extractor / split'.padEnd(22)} ${'type'.padEnd(6)}      P      R     F1     tp   gold   pred`);
  for (const split of splits) {
    const docs: GoldDoc[] = readFileSync(join(conll, `conll2003-${split}.docs.jsonl`), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    printScores(`Dossier ${split}`, score(docs, dossier));
    printScores(`compromise ${split}`, score(docs, compromise));
  }
  // Each text set's throughput, ours against compromise's in the same run.
  const printThroughput = (texts: string[], what: string) => {
    const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
    const ours = throughput(texts, dossier);
    const theirs = throughput(texts, compromise);
    console.log(`  throughput on ${texts.length} ${what} (${kb.toFixed(0)} KB): Dossier ${ours.toFixed(0)} KB/s, compromise ${theirs.toFixed(0)} KB/s (${(ours / theirs).toFixed(1)}×)`);
  };
  const texts = polnearTexts(dataDir);
  if (texts.length) printThroughput(texts, 'PolNeAR articles');
  else console.log(`  throughput skipped: no PolNeAR texts in ${join(dataDir, 'polnear')}`);
  const gmb = gmbDevTexts(dataDir);
  if (gmb.length) printThroughput(gmb, 'GMB dev documents');
  const mb = (n: number) => (n / 1e6).toFixed(2);
  console.log(
    `  model ${mb(modelFiles.MODEL_BYTES)} MB + lexicon ${mb(modelFiles.LEXICON_BYTES)} MB = ${mb(modelFiles.MODEL_BYTES + modelFiles.LEXICON_BYTES)} MB; load (parse both, build the gazetteer) ${loadMs.toFixed(0)} ms; resident memory ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
  );
}
