// Builds src/main/extract/ner/ner.lexicon.model.json, the tagger's word classes and name lists:
//   - word classes (scripts/ner/clusters.ts) and case counts learned from unlabelled text: CoNLL-2003
//     train and dev, GMB train and dev, PolNeAR train and dev (never a test split);
//   - places, demonyms, first names (with gender) and the family names Chinese and Vietnamese names
//     put first from npm packages (scripts/ner/sources.ts);
//   - family names, places and organisations that recur in the training splits' labels.
// Deterministic. Usage: npx tsx scripts/build-ner-lexicon.ts [DATA_DIR]
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TaggedDocument } from '../src/main/extract/ner/conll';
import { readConll } from '../src/main/extract/ner/conll';
import type { LexiconFile } from '../src/main/extract/ner/lexicon';
import { spansOf } from '../src/main/extract/ner/tags';
import { nameTokens } from '../src/main/extract/ner/tokenize';
import { buildClusters, caseCounts } from './ner/clusters';
import { readGmb, readPolnearSentences } from './ner/corpora';
import { cityNames, countryNames, demonyms, familyFirstNames, firstNames, gendersOfFirstNames } from './ner/sources';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const data = resolve(process.argv[2] ?? join(root, '../shared/data'));
const started = Date.now();

const conll = [...readConll(join(data, 'conll2003/eng.train')), ...readConll(join(data, 'conll2003/eng.testa'))];
const gmb = [...readGmb(join(data, 'gmb'), 'train'), ...readGmb(join(data, 'gmb'), 'dev')];
const polnear = readPolnearSentences(join(data, 'polnear'), ['train', 'dev']);
const sentences = [...[...conll, ...gmb].flatMap((d) => d.sentences.map((s) => s.words)), ...polnear];
console.log(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} tokens of unlabelled text`);

const clusters = buildClusters(sentences, { minCount: 4, contexts: 300, branching: 16, iterations: 8 });
console.log(`${clusters.size} words in classes (${((Date.now() - started) / 1000).toFixed(0)} s)`);

// Words written in lower case at least three times as often as Capitalised: common words, not names.
const lower = [...caseCounts(sentences).entries()]
  .filter(([w, c]) => c.lower >= 3 && c.lower >= 3 * c.cap && /^\p{L}[\p{L}'-]*$/u.test(w))
  .map(([w]) => w)
  .sort();
const common = new Set(lower);

// Names that recur in the training labels (CoNLL train, GMB train): never the dev or test splits.
const trainDocs: TaggedDocument[] = [...readConll(join(data, 'conll2003/eng.train')), ...readGmb(join(data, 'gmb'), 'train')];
// How often each name is labelled with each type; a name joins a type's list only when it mostly has that type.
const labelled = new Map<string, Map<string, number>>();
for (const d of trainDocs)
  for (const s of d.sentences)
    for (const sp of spansOf(s.tags)) {
      const name = s.words.slice(sp.from, sp.to + 1).join(' ');
      const byType = labelled.get(name) ?? new Map<string, number>();
      byType.set(sp.type, (byType.get(sp.type) ?? 0) + 1);
      labelled.set(name, byType);
    }
const spanCounts = (type: string) => {
  const counts = new Map<string, number>();
  for (const [name, byType] of labelled) {
    const n = byType.get(type) ?? 0;
    const all = [...byType.values()].reduce((a, b) => a + b, 0);
    if (n >= 0.8 * all) counts.set(name, n);
  }
  return counts;
};
const recurring = (counts: Map<string, number>, min: number) => [...counts].filter(([n, c]) => c >= min && /\p{Lu}/u.test(n)).map(([n]) => n);
const family = new Map<string, number>();
for (const [name, c] of spanCounts('PER')) {
  const ws = name.split(' ');
  if (ws.length < 2) continue;
  const last = ws[ws.length - 1];
  family.set(last, (family.get(last) ?? 0) + c);
}

const countries = countryNames();
const places = new Set([...countries, ...cityNames(30_000), ...recurring(spanCounts('LOC'), 3)]);
// A one-word place that is also a common word ("Split", "Mobile") would mark every use of the word.
for (const p of places) if (!p.includes(' ') && common.has(p.toLowerCase()) && !countries.has(p)) places.delete(p);
const { female, male } = firstNames();
// Gender for "he"/"she" draws on more lists than the given names the tagger reads (which stay stdlib's).
const genders = gendersOfFirstNames();
const sorted = (xs: Iterable<string>) => [...new Set(xs)].filter((x) => x && !x.includes('|')).sort();
// Names stored as the tagger's tokens joined by single spaces, so loading needs no tokenising.
const tokens = (xs: Iterable<string>) => sorted([...xs].map((x) => nameTokens(x).join(' ')));

const file: LexiconFile = {
  version: 1,
  clusters: [...clusters].map(([w, path]) => `${w} ${path[path.length - 1]}`).join('\n'),
  lower: lower.join('|'),
  places: tokens(places).join('|'),
  demonyms: sorted(demonyms()).join('|'),
  given: sorted([...female, ...male]).join('|'),
  female: sorted(genders.female).join('|'),
  male: sorted(genders.male).join('|'),
  family: sorted(recurring(family, 2).filter((n) => !common.has(n.toLowerCase()))).join('|'),
  organizations: tokens(recurring(spanCounts('ORG'), 3)).join('|'),
  familyFirst: sorted(familyFirstNames()).join('|'),
};
const out = join(root, 'src/main/extract/ner/ner.lexicon.model.json');
const json = JSON.stringify(file);
writeFileSync(out, json);
const count = (s: string) => (s ? s.split('|').length : 0);
console.log(
  `wrote ${out}: ${(json.length / 1e6).toFixed(2)} MB; ${count(file.places)} places, ${count(file.demonyms)} demonyms, ${count(file.given)} first names, ${count(file.family)} family names, ${count(file.familyFirst ?? '')} written first, ${count(file.organizations)} organisations, ${count(file.lower)} common words; ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
