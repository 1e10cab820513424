import { isAllCaps } from './features';
import { NAME_PARTICLE } from './lists/people';
import { TAGS } from './tags';

/**
 * The second pass's features: what the first pass said about the same words elsewhere in the
 * document (Krishnan & Manning 2006; Ratinov & Roth 2009). A sports table's "Leeds" is read as the
 * club the report names in full, a headline's capitals as the person the story names in its body.
 *
 * - `dm:TYPE` the type the word mostly has elsewhere (O for a capitalised word outside any name; `dm:TYPE?`
 *   where under four in five of its other readings have it), `dc:OWN|TYPE` that against the type the first
 *   pass gave it here, `da:TYPE` any other type at least one in five of its other readings have;
 * - `dx:TYPE|B` / `dx:TYPE|I` the words here repeat a name found elsewhere, this one its first or a later word,
 *   TYPE being the type most of the longest such names have;
 * - `dl:TYPE|B` / `dl:TYPE|I` the word is the first or a later word of the longest names found elsewhere, TYPE being the type most of them have;
 * - `df:TYPE` the type of its first capitalised use; `dt:TYPE` in capitals, the type running text mostly gives it;
 * - `ds:N` the word is a person's whole name here and N or more times in all (1, 2, 4), and never part of a
 *   longer person's name: news names a person in full at least once, a company or club by one word.
 *
 * Each but `ds` fires only where the document disagrees with how the first pass read the word here (for `dm`,
 * `dc` and `da`, at least one in five of its other readings): what it read the same way everywhere stays as it is. Only capitalised words, and words inside a repeated
 * name, get any; the rest score as in the first pass.
 */

const TYPES = ['O', 'PER', 'ORG', 'LOC', 'MISC'] as const;
const K = TYPES.length;
const PERSON = TYPES.indexOf('PER');
// Tag index → index into TYPES.
const TYPE_OF = Int8Array.from(TAGS, (t) => (t === 'O' ? 0 : TYPES.indexOf(t.slice(2) as (typeof TYPES)[number])));

// Type → its B- tag's index (0 for O).
const FIRST_TAG = Int8Array.from(TYPES, (t) => (t === 'O' ? 0 : TAGS.indexOf(`B-${t}` as (typeof TAGS)[number])));
// B-X's tag index → I-X's (-1 for the other tags).
const INSIDE = Int8Array.from(TAGS, (t) => (t.startsWith('B-') ? TAGS.indexOf(`I-${t.slice(2)}` as (typeof TAGS)[number]) : -1));

/**
 * Every document feature's name, by id: each feature comes three times over, by itself, then
 * prefixed "m" (in a mixed-case sentence) or "C" (in an all-capitals one: a headline, a table).
 */
export const DOCUMENT_FEATURES: string[] = [];
const define = (names: string[]) =>
  Int16Array.from(names, (name) => {
    DOCUMENT_FEATURES.push(name, `m${name}`, `C${name}`);
    return DOCUMENT_FEATURES.length - 3;
  });
const perType = (f: (type: string) => string) => define(TYPES.map(f));
const perTypeAndEnd = (template: string) => define(TYPES.flatMap((t) => [`${template}:${t}|B`, `${template}:${t}|I`]));
const MAJORITY = perType((t) => `dm:${t}`);
const MAJORITY_MIXED = perType((t) => `dm:${t}?`);
const AGAINST = define(TYPES.flatMap((own) => TYPES.map((t) => `dc:${own}|${t}`)));
const ALSO = perType((t) => `da:${t}`);
const FIRST = perType((t) => `df:${t}`);
const IN_TEXT = perType((t) => `dt:${t}`);
const REPEATS = perTypeAndEnd('dx');
const LONGER = perTypeAndEnd('dl');
const SOLO = define(['ds:1', 'ds:2', 'ds:4']);

function capitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  return /^\p{Lu}/u.test(word);
}

interface Span<K> {
  sentence: number;
  from: number;
  words: readonly K[];
  type: number;
}

/** What the first pass said about one word (by its key) across the document. */
interface Seen<K> {
  /**
   * Where its counts start in `counts`: its capitalised uses by type, then those in mixed-case sentences by
   * type, then the longest names it is part of by type, then where in the first of each type it stands (1 first word, 2 later).
   */
  countsAt: number;
  /** Its first capitalised use. */
  first: { sentence: number; at: number; type: number } | undefined;
  /** The names that start with it. */
  starting: Span<K>[];
  /** How many words the longest names it is part of have, and the type of the first of them. */
  longest: number;
  longestFirst: number;
  /** How often it is a person's whole name by itself, and whether it is ever part of a longer person's name. */
  soloPerson: number;
  inFullName: boolean;
}

// Every word's counts, 4K a word, in one array reused from document to document: a small typed
// array a word cost more to allocate than the counting it held. Small at first, so it grows while the first
// document is read, before reserveCounts is optimised (see tagger.ts's scores).
let counts = new Int32Array(16 * 4 * K);
// How many of the longest names a word repeats have each type.
const tally = new Int32Array(K);

/** Zeroed room for the counts of the document's `index`th word; earlier words' counts are kept if it grows. */
function reserveCounts(index: number): number {
  const at = index * 4 * K;
  if (at + 4 * K > counts.length) {
    const grown = new Int32Array(counts.length * 2);
    grown.set(counts);
    counts = grown;
  }
  counts.fill(0, at, at + 4 * K);
  return at;
}

/**
 * Per sentence, per word: the ids of its document features (names in DOCUMENT_FEATURES) under the
 * first pass's tag paths, or undefined where it has none. `words` are as written; `keys` tell which
 * words are the same word (their lower-case forms, or anything that stands for them one to one).
 */
export function documentFeatures<K>(
  words: readonly string[][],
  keys: readonly (readonly K[])[],
  paths: readonly number[][],
  capsSentence: readonly boolean[] = words.map((ws) => isAllCaps(ws as string[])),
): (number[] | undefined)[][] {
  const seen = new Map<K, Seen<K>>();
  const of = (key: K) => {
    let entry = seen.get(key);
    if (!entry) {
      entry = { countsAt: reserveCounts(seen.size), first: undefined, starting: [], longest: 0, longestFirst: 0, soloPerson: 0, inFullName: false };
      seen.set(key, entry);
    }
    return entry;
  };
  const persons: Span<K>[] = [];
  for (let s = 0; s < words.length; s++) {
    const path = paths[s];
    for (let i = 0; i < path.length; i++) {
      const type = TYPE_OF[path[i]];
      if (capitalised(words[s][i])) {
        const entry = of(keys[s][i]);
        entry.first ??= { sentence: s, at: i, type };
        counts[entry.countsAt + type]++;
        if (!capsSentence[s]) counts[entry.countsAt + K + type]++;
      }
      const inside = INSIDE[path[i]];
      if (inside < 0) continue;
      let j = i + 1;
      while (j < path.length && path[j] === inside) j++;
      const span: Span<K> = { sentence: s, from: i, words: keys[s].slice(i, j), type };
      of(span.words[0]).starting.push(span);
      if (type === PERSON) persons.push(span);
      for (let k = 0; k < span.words.length; k++) {
        const entry = of(span.words[k]);
        const c = entry.countsAt + 2 * K;
        if (entry.longest < span.words.length) {
          entry.longest = span.words.length;
          entry.longestFirst = type;
          counts.fill(0, c, c + 2 * K);
        }
        if (entry.longest === span.words.length) {
          counts[c + type]++;
          counts[c + K + type] ||= k ? 2 : 1;
        }
      }
    }
  }

  // People named in full, or by one word only; two names joined by particles ("Mohammed" "bin" "Salman") are one,
  // and in running text a name second in its sentence after a capitalised word ("Song" "Xuewen") may have lost its first name to the capital.
  for (let p = 0; p < persons.length; ) {
    let q = p;
    while (q + 1 < persons.length && joinedByParticles(words, persons[q], persons[q + 1])) q++;
    const { sentence, from } = persons[p];
    const full = q > p || persons[p].words.length > 1 || (from === 1 && !capsSentence[sentence] && capitalised(words[sentence][0]));
    for (let k = p; k <= q; k++)
      for (const key of persons[k].words) {
        const entry = of(key);
        if (full) entry.inFullName = true;
        else entry.soloPerson++;
      }
    p = q + 1;
  }

  const out: (number[] | undefined)[][] = [];
  for (let s = 0; s < words.length; s++) {
    const n = words[s].length;
    const feats: (number[] | undefined)[] = new Array(n).fill(undefined);
    const cased = capsSentence[s] ? 2 : 1;
    const add = (i: number, id: number) => {
      const list = feats[i];
      if (list) list.push(id, id + cased);
      else feats[i] = [id, id + cased];
    };
    const path = paths[s];
    // Names found elsewhere that the words here repeat, the longest; typed as most of them are (the first's on a tie).
    let covered = 0;
    for (let i = 0; i < n; i++) {
      if (i < covered || !capitalised(words[s][i])) continue;
      const candidates = seen.get(keys[s][i])?.starting;
      if (!candidates) continue;
      let length = 0;
      let type = 0;
      for (const span of candidates) {
        if (span.sentence === s && span.from === i) continue;
        const len = span.words.length;
        if (i + len > n || len < length) continue;
        let k = 1;
        while (k < len && keys[s][i + k] === span.words[k]) k++;
        if (k !== len) continue;
        if (len > length) {
          length = len;
          type = span.type;
          tally.fill(0);
        }
        tally[span.type]++;
      }
      if (!length) continue;
      type = mostCommon(tally, 0, type);
      // Only where the first pass read these words otherwise.
      let same = path[i] === FIRST_TAG[type];
      for (let k = 1; same && k < length; k++) same = path[i + k] === FIRST_TAG[type] + 1;
      if (same) continue;
      for (let k = 0; k < length; k++) add(i + k, REPEATS[2 * type + (k ? 1 : 0)]);
      covered = i + length;
    }
    for (let i = 0; i < n; i++) {
      if (!capitalised(words[s][i])) continue;
      const entry = seen.get(keys[s][i]);
      if (!entry) continue;
      const own = TYPE_OF[path[i]];
      const c = entry.countsAt;
      let top = -1;
      let total = 0;
      for (let t = 0; t < K; t++) {
        const others = counts[c + t] - (t === own ? 1 : 0);
        total += others;
        if (others > 0 && (top < 0 || others > counts[c + top] - (top === own ? 1 : 0))) top = t;
      }
      // Shares, not mere presence: in a long article a name read one way thirty times and another way
      // twice is read one way ("Trump" a person, though a headline once made it a body).
      const disagree = total - (counts[c + own] - 1);
      if (disagree > 0 && disagree * 5 >= total) {
        const topCount = counts[c + top] - (top === own ? 1 : 0);
        add(i, (topCount * 5 >= total * 4 ? MAJORITY : MAJORITY_MIXED)[top]);
        add(i, AGAINST[own * K + top]);
        for (let t = 0; t < K; t++) {
          const others = counts[c + t] - (t === own ? 1 : 0);
          if (t !== top && others > 0 && others * 5 >= total) add(i, ALSO[t]);
        }
      }
      const f = entry.first;
      if (f && f.type !== own) add(i, FIRST[f.type]);
      // In capitals (a headline, a table), what running text says of the word counts most. Counted and compared
      // for every word, though only a sentence in capitals uses it: the optimised code has then run all but the
      // last step before the first such sentence, and is thrown away there once, not at each step.
      const mixed = mostCounted(counts, c + K);
      if (mixed >= 0 && mixed !== own && capsSentence[s]) add(i, IN_TEXT[mixed]);
      // A person named by one word only, never by a fuller name anywhere in the document: news
      // introduces people in full, so such a "person" is often a company or a club ("Pirelli", "Deportivo").
      if (own === PERSON && !entry.inFullName && entry.soloPerson > 0 && (i + 1 === n || path[i + 1] !== FIRST_TAG[PERSON] + 1)) {
        add(i, SOLO[entry.soloPerson >= 4 ? 2 : entry.soloPerson >= 2 ? 1 : 0]);
      }
      // The type most of the longest names it is part of have (the first's on a tie): one name misread does not outvote the rest.
      if (entry.longest > 1) {
        const top = mostCommon(counts, c + 2 * K, entry.longestFirst);
        if (top !== own) add(i, LONGER[2 * top + (counts[c + 3 * K + top] === 2 ? 1 : 0)]);
      }
    }
    out.push(feats);
  }
  return out;
}

/** The type counted most in counts[at..at+K), `first` where others only tie with it. */
function mostCommon(counts: Int32Array, at: number, first: number): number {
  let top = first;
  for (let t = 0; t < K; t++) if (counts[at + t] > counts[at + top]) top = t;
  return top;
}

/** The type counted most in counts[at..at+K) (the first on a tie), or -1 where none is counted. */
function mostCounted(counts: Int32Array, at: number): number {
  let top = -1;
  for (let t = 0; t < K; t++) if (counts[at + t] > 0 && (top < 0 || counts[at + t] > counts[at + top])) top = t;
  return top;
}

/** Whether only one or two particles ("bin", "von der") stand between two names of one sentence. */
function joinedByParticles<K>(words: readonly string[][], a: Span<K>, b: Span<K>): boolean {
  const from = a.from + a.words.length;
  if (a.sentence !== b.sentence || b.from <= from || b.from - from > 2) return false;
  for (let i = from; i < b.from; i++) if (!NAME_PARTICLE.test(words[a.sentence][i])) return false;
  return true;
}
