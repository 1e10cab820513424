// Trains the entity tagger on CoNLL-2003 eng.train and writes src/main/extract/ner/ner.model.json.
// Deterministic: the same data gives the same file. Usage: npx tsx scripts/train-ner.ts [DATA_DIR] [EPOCHS]
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConll } from '../src/main/extract/ner/conll';
import { encodeModel } from '../src/main/extract/ner/model';
import { trainPerceptron } from '../src/main/extract/ner/trainer';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(root, '../shared/data'));
const epochs = Number(process.argv[3] ?? 12);
const trainPath = join(dataDir, 'conll2003/eng.train');
if (!existsSync(trainPath)) {
  console.error(`No training data at ${trainPath}. Pass the folder holding conll2003/eng.train.`);
  process.exit(1);
}

const started = Date.now();
const { names, weights, trans } = trainPerceptron(readConll(trainPath), epochs, (msg) => console.log(msg));
// Weights are stored as tenths; anything under 0.2 in magnitude changes almost no decision.
const file = encodeModel(names, weights, trans, 10, Number(process.env.NER_MIN_ABS ?? 2));
const out = join(root, 'src/main/extract/ner/ner.model.json');
const json = JSON.stringify(file);
writeFileSync(out, json);
console.log(`wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB, ${file.keys.split('\n').length} features, ${((Date.now() - started) / 1000).toFixed(0)} s`);
