// The name lists the tagger's gazetteer features read that come from training labels (places, organisations
// and family names that recur there), beside the places npm packages give. Shared by the lexicon builder
// (all training labels) and the trainer (each fold's documents read with lists built without that fold).
import type { TaggedDocument } from '../../src/main/extract/ner/conll';
import { spansOf } from '../../src/main/extract/ner/tags';
import { nameTokens } from '../../src/main/extract/ner/tokenize';

export interface NameLists {
  places: string[];
  organizations: string[];
  family: string[];
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].filter((x) => x && !x.includes('|')).sort();
// Names stored as the tagger's tokens joined by single spaces, so loading needs no tokenising.
const tokens = (xs: Iterable<string>) => sorted([...xs].map((x) => nameTokens(x).join(' ')));

/**
 * Places (the given ones, plus names labelled LOC three times or more), organisations (labelled ORG three
 * times or more) and family names (the last word of people's full names, twice or more) in `docs`' labels;
 * a name joins a type's list only when at least four in five of its labels have that type. A one-word
 * place that is also a common word ("Split", "Mobile") would mark every use of the word, so only countries
 * keep one; family names that are common words are left out too.
 */
export function labelledNameLists(docs: readonly TaggedDocument[], given: { places: Iterable<string>; countries: ReadonlySet<string>; common: ReadonlySet<string> }): NameLists {
  const labelled = new Map<string, Map<string, number>>();
  for (const d of docs)
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
  const places = new Set([...given.places, ...recurring(spanCounts('LOC'), 3)]);
  for (const p of places) if (!p.includes(' ') && given.common.has(p.toLowerCase()) && !given.countries.has(p)) places.delete(p);
  return {
    places: tokens(places),
    organizations: tokens(recurring(spanCounts('ORG'), 3)),
    family: sorted(recurring(family, 2).filter((n) => !given.common.has(n.toLowerCase()))),
  };
}
