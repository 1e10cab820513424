// Quick figures while working on the extractor, from the TypeScript sources (no build):
//   npx tsx scripts/eval-extract.ts [conll-dev] [conll-fold:K] [polnear-dev] [speed] [--data DIR] [--model FILE]
// Dev splits only: the test splits are for the final report (npm run bench, or the CLI + scorers).
// conll-fold:K scores the eng.train documents a model trained with NER_HOLDOUT=K left out (every fifth from
// the Kth): text the rules were not written against and names its lists never saw, when the lexicon was
// built with the same NER_HOLDOUT (README, "To tune").
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const at = args.indexOf('--data');
const data = resolve(at >= 0 ? args[at + 1] : join(root, '../shared/data'));
const wanted = new Set(args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--data' && args[i - 1] !== '--model'));
const all = wanted.size === 0;

async function main(): Promise<void> {
  const loadStart = performance.now();
  // Renamed: biome takes any use… call for a React hook.
  const { loadModel, useModel: tagWith } = await import('../src/main/extract/ner/tagger');
  const model = args.indexOf('--model');
  if (model >= 0) tagWith(JSON.parse(readFileSync(args[model + 1], 'utf8')));
  else loadModel();
  const loadMs = performance.now() - loadStart;
  const { findEntities } = await import('../src/main/extract/entities');
  const { extract } = await import('../src/main/extract');
  const { countDocument, emptyCounts, micro, prf, SCORED_TYPES } = await import('../src/main/extract/ner/score');
  console.log(`model load ${loadMs.toFixed(0)} ms`);

  const f3 = (x: number) => x.toFixed(3);

  if (all || wanted.has('conll-dev')) {
    const docs = readFileSync(join(data, 'conll2003/conll2003-testa.docs.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l));
    const counts = emptyCounts();
    for (const d of docs) countDocument(d.text, d.entities, findEntities(d.text).mentions, counts);
    const row = (name: string, c: { tp: number; gold: number; pred: number }) => {
      const { p, r, f1 } = prf(c);
      return `${name} P ${f3(p)} R ${f3(r)} F1 ${f3(f1)}`;
    };
    console.log(`CoNLL dev: ${SCORED_TYPES.map((t) => row(t, counts[t])).join(' | ')} | ${row('micro', micro(counts))}`);
  }

  const folds = [...wanted].filter((w) => w.startsWith('conll-fold:')).map((w) => Number(w.slice('conll-fold:'.length)));
  const { readConll, runningText } = await import('../src/main/extract/ner/conll');
  const { spansOf } = await import('../src/main/extract/ner/tags');
  // Read once for every fold asked for.
  const train = folds.length ? readConll(join(data, 'conll2003/eng.train')) : [];
  for (const k of folds) {
    const counts = emptyCounts();
    for (const doc of train.filter((_, i) => i % 5 === k)) {
      // The document as running text, as the dev and test splits hold theirs; the labels' offsets in it.
      const { text, starts } = runningText(doc.sentences);
      const gold: { start: number; end: number; type: string }[] = [];
      doc.sentences.forEach((s, i) => {
        for (const sp of spansOf(s.tags)) gold.push({ start: starts[i][sp.from], end: starts[i][sp.to] + s.words[sp.to].length, type: sp.type });
      });
      countDocument(text, gold, findEntities(text).mentions, counts);
    }
    const row = (name: string, c: { tp: number; gold: number; pred: number }) => `${name} F1 ${f3(prf(c).f1)}`;
    console.log(`CoNLL train fold ${k}: ${SCORED_TYPES.map((t) => row(t, counts[t])).join(' | ')} | ${row('micro', micro(counts))}`);
  }

  if (all || wanted.has('polnear-dev')) {
    const { loadQuoteSplit, scoreQuotes } = await import('../src/main/bench/quotes');
    const s = scoreQuotes(loadQuoteSplit(join(data, 'polnear/dev')), (t) => extract(t).quotes);
    console.log(`PolNeAR dev quotes: R ${f3(s.recall)} P ${f3(s.precision)} speaker ${f3(s.speaker)}`);
  }

  if (all || wanted.has('speed')) {
    const texts: string[] = [];
    for (const split of ['train', 'dev', 'test']) {
      const dir = join(data, 'polnear', split, 'text');
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
    }
    const kb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1024;
    for (const t of texts.slice(0, 50)) findEntities(t);
    const runs: number[] = [];
    for (let r = 0; r < 3; r++) {
      const started = performance.now();
      for (const t of texts) findEntities(t);
      runs.push(kb / ((performance.now() - started) / 1000));
    }
    console.log(`entities throughput on ${texts.length} PolNeAR articles: ${runs.map((x) => x.toFixed(0)).join(', ')} KB/s (best ${Math.max(...runs).toFixed(0)})`);
  }
}

main();
