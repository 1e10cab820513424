// Trains the entity tagger and writes src/main/extract/ner/ner.model.json (or NER_OUT).
// Training data: CoNLL-2003 eng.train (gold); with NER_WITH_DEV=1 eng.testa too (the shipped model:
// dev figures are then no longer a measure); GMB train (silver, mapped to the CoNLL tags by
// scripts/ner/corpora.ts) only if NER_GMB_WEIGHT > 0, which measured worse on CoNLL dev (0.909 at
// 0.5 against 0.921 without). The word classes and name lists the features read come from
// ner.lexicon.model.json (scripts/build-ner-lexicon.ts; run it first).
// Two passes (tagger.ts): the first-pass weights are learned on all training documents; the
// second pass's document features (document.ts) are learned on top of first-pass readings of
// each fifth of the CoNLL documents by a model trained on the other four fifths (NER_FOLDS).
// Deterministic: the same data gives the same file.
// Usage: npx tsx scripts/train-ner.ts [DATA_DIR] [EPOCHS]
// First-pass epochs, 10 by default: on CoNLL dev (eng.train-only, weights in hundredths) micro F1 read
// 0.937 at 8, 0.939 at 10 and 12, 0.934 at 14 and 16. The second pass's 10 read the same as 6 or 15.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll, type TaggedDocument } from '../src/main/extract/ner/conll';
import { setNameLists } from '../src/main/extract/ner/gazetteer';
import { loadLexicon } from '../src/main/extract/ner/lexicon';
import { encodeModel } from '../src/main/extract/ner/model';
import { T } from '../src/main/extract/ner/tags';
import { collapseDomains, type TrainingSet, trainPerceptron } from '../src/main/extract/ner/trainer';
import { readGmb } from './ner/corpora';
import { labelledNameLists } from './ner/lists';
import { cityNames, countryNames } from './ner/sources';
import { firstPass, trainSecondPass } from './ner/stacking';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(root, '../shared/data'));
const epochs = Number(process.argv[3] ?? 10);
const gmbWeight = Number(process.env.NER_GMB_WEIGHT ?? 0);
const folds = Number(process.env.NER_FOLDS ?? 5);
const trainPath = join(dataDir, 'conll2003/eng.train');
if (!existsSync(trainPath)) {
  console.error(`No training data at ${trainPath}. Pass the folder holding conll2003/eng.train.`);
  process.exit(1);
}

const started = Date.now();
const log = (msg: string) => console.log(`${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${msg}`);
// Weights are stored as 16-bit hundredths (the largest is about 34, well inside ±327). Tenths cost
// accuracy: a word's score sums some sixty weights, and their rounding errors added up to enough to
// flip close calls (CoNLL dev, eng.train-only: ORG F1 0.882 in tenths, 0.888 in hundredths; thousandths,
// which clip the largest weights, 0.886). Weights that round to zero are dropped.
const SCALE = Number(process.env.NER_SCALE ?? 100);
const minAbs = Number(process.env.NER_MIN_ABS ?? 1);
// NER_HOLDOUT=k (0–4) leaves out every fifth eng.train document from the kth on, for an out-of-fold check on training text
// (build the lexicon with the same NER_HOLDOUT first, then `npx tsx scripts/eval-extract.ts conll-fold:k --model FILE`).
const holdout = process.env.NER_HOLDOUT === undefined ? -1 : Number(process.env.NER_HOLDOUT);
const conll = readConll(trainPath).filter((_, i) => i % 5 !== holdout);
if (process.env.NER_WITH_DEV === '1') conll.push(...readConll(join(dataDir, 'conll2003/eng.testa')));
const gmb = gmbWeight > 0 ? readGmb(join(dataDir, 'gmb'), 'train') : [];
// The gazetteer's lists learned from labels (lists.ts) hold every training document's own names, so a model
// would learn to trust them more than they deserve on new text, where a name is on them only when other
// documents taught it. NER_JACKKNIFE_LISTS=1 reads each fifth of the CoNLL documents with lists built from
// the other four fifths' labels (and GMB train's, as the lexicon is). Off for the shipped model: it raised
// CoNLL dev (eng.train-only: ORG F1 0.907 -> 0.915, micro 0.946 -> 0.949) but not GMB dev, text from
// another source and years (micro 0.768 -> 0.765, ORG 0.561 -> 0.558), which is what the issue is about.
// Measured again with today's rules, out of fold (lexicon and model built with NER_HOLDOUT=k, eval-extract.ts
// conll-fold:k), ORG F1 on folds 0-3: 0.888 -> 0.887, 0.865 -> 0.879, 0.844 -> 0.851, 0.886 -> 0.900; CoNLL dev
// 0.909 -> 0.917; GMB dev 0.557 -> 0.554. Trained with dev, as shipped, CoNLL test (read once for it) moved
// ORG F1 0.839 -> 0.840 and micro 0.894 -> 0.892: no better on new text, so still off.
const jackknife = process.env.NER_JACKKNIFE_LISTS === '1';
const foldLists = jackknife
  ? (() => {
      const countries = countryNames();
      const given = { places: [...countries, ...cityNames(30_000)], countries, common: loadLexicon().lower };
      const gmbTrain = readGmb(join(dataDir, 'gmb'), 'train');
      return Array.from({ length: folds }, (_, k) => labelledNameLists([...conll.filter((_, i) => i % folds !== k), ...gmbTrain], given));
    })()
  : [];
const foldOf = new Map(conll.map((d, i) => [d, i % folds]));
const prepare = jackknife ? (d: TaggedDocument) => setNameLists(foldLists[foldOf.get(d) ?? 0]) : undefined;
// NER_DOMAINS=1 (with GMB): every feature also gets a copy per source, and the model keeps the shared weights plus CoNLL's
// copies (trainer.ts, collapseDomains). Measured with NER_GMB_WEIGHT=1, eng.train only, 35 minutes: CoNLL dev ORG F1 0.909 ->
// 0.895 (micro 0.947 -> 0.941), GMB dev ORG 0.557 -> 0.598 (micro 0.768 -> 0.782), a 6.2 MB model. Off for the shipped model.
const domains = process.env.NER_DOMAINS === '1';
// NER_WORD_DROPOUT=p hides a capitalised word's own features (w:, W:, ww:, ww+:) from each training pass with
// probability p, so the tagger learns to read names from their context and shape, not to remember them ("Trump"
// a company's name in 1996). Off: out of fold (NER_HOLDOUT, eng.train only) ORG F1 on folds 0 and 1 read 0.888 and
// 0.865 without, 0.887 and 0.870 at 0.3, 0.871 and 0.865 at 0.5; GMB dev ORG 0.556, 0.560, 0.556.
const wordDropout = Number(process.env.NER_WORD_DROPOUT ?? 0);
const setsOf = (docs: TaggedDocument[]): TrainingSet[] =>
  gmb.length
    ? [
        { docs, weight: 1, prepare, ...(domains ? { domain: 'conll' } : {}) },
        { docs: gmb, weight: gmbWeight, prepare: jackknife ? () => setNameLists(undefined) : undefined, ...(domains ? { domain: 'gmb' } : {}) },
      ]
    : [{ docs, weight: 1, prepare }];
const asRead = <M extends { names: string[]; weights: Float64Array }>(m: M): M => (domains && gmb.length ? { ...m, ...collapseDomains(m.names, m.weights, 'conll') } : m);

log('first pass, all documents');
const first = asRead(trainPerceptron(setsOf(conll), epochs, log, wordDropout));
const readings = [];
for (let k = 0; k < folds; k++) {
  log(`first pass without fold ${k + 1} of ${folds}`);
  const part = asRead(
    trainPerceptron(
      setsOf(conll.filter((_, i) => i % folds !== k)),
      epochs,
      () => {},
      wordDropout,
    ),
  );
  if (jackknife) setNameLists(foldLists[k]);
  readings.push(firstPass(encodeModel(part.names, part.weights, part.trans, SCALE, minAbs), conll.filter((_, i) => i % folds === k)));
}
if (jackknife) setNameLists(undefined);
const second = trainSecondPass(readings, 10, log);

const weights = new Float64Array((first.names.length + second.names.length) * T);
weights.set(first.weights);
weights.set(second.weights, first.weights.length);
const file = encodeModel([...first.names, ...second.names], weights, first.trans, SCALE, minAbs);
const out = process.env.NER_OUT ?? join(root, 'src/main/extract/ner/ner.model.json');
const json = JSON.stringify(file);
writeFileSync(out, json);
log(`wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB, ${file.keys.split('\n').length} features`);
