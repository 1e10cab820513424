// Trains the entity tagger and writes src/main/extract/ner/ner.model.json. Training data: CoNLL-2003
// eng.train (gold), and GMB train (silver, mapped to the CoNLL tags by scripts/ner/corpora.ts) whose
// mistakes move the weights by NER_GMB_WEIGHT (0 leaves GMB out). The word classes and name lists
// the features read come from ner.lexicon.model.json (scripts/build-ner-lexicon.ts; run it first).
// Deterministic: the same data gives the same file.
// Usage: npx tsx scripts/train-ner.ts [DATA_DIR] [EPOCHS]
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from '../src/main/extract/ner/conll';
import { encodeModel } from '../src/main/extract/ner/model';
import { type TrainingSet, trainPerceptron } from '../src/main/extract/ner/trainer';
import { readGmb } from './ner/corpora';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(root, '../shared/data'));
const epochs = Number(process.argv[3] ?? 12);
const gmbWeight = Number(process.env.NER_GMB_WEIGHT ?? 0.5);
const trainPath = join(dataDir, 'conll2003/eng.train');
if (!existsSync(trainPath)) {
  console.error(`No training data at ${trainPath}. Pass the folder holding conll2003/eng.train.`);
  process.exit(1);
}

const started = Date.now();
const sets: TrainingSet[] = [{ docs: readConll(trainPath), weight: 1 }];
if (gmbWeight > 0) sets.push({ docs: readGmb(join(dataDir, 'gmb'), 'train'), weight: gmbWeight });
const { names, weights, trans } = trainPerceptron(sets, epochs, (msg) => console.log(msg));
// Weights are stored as tenths; anything under 0.2 in magnitude changes almost no decision.
const file = encodeModel(names, weights, trans, 10, Number(process.env.NER_MIN_ABS ?? 2));
const out = join(root, 'src/main/extract/ner/ner.model.json');
const json = JSON.stringify(file);
writeFileSync(out, json);
console.log(`wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB, ${file.keys.split('\n').length} features, ${((Date.now() - started) / 1000).toFixed(0)} s`);
