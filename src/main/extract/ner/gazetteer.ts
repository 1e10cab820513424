import { CITIES, COUNTRIES, REGIONS } from './lists/places';
import { ORG_HEADS, ORGANIZATIONS } from './lists/organizations';
import { FAMILY_NAMES, GIVEN_NAMES, TITLES } from './lists/people';
import { tokenize } from './tokenize';

/** Multi-word names indexed by their first word (lower case), longest first, matched token by token. */
type Phrases = Map<string, string[][]>;

function phrases(...lists: string[]): Phrases {
  const index: Phrases = new Map();
  for (const list of lists) {
    for (const name of list.split('|')) {
      const words = tokenize(name).map((t) => t.text.toLowerCase());
      if (!words.length) continue;
      const bucket = index.get(words[0]) ?? [];
      bucket.push(words);
      index.set(words[0], bucket);
    }
  }
  for (const bucket of index.values()) bucket.sort((a, b) => b.length - a.length);
  return index;
}

function words(...lists: string[]): Set<string> {
  return new Set(lists.flatMap((l) => l.split('|').map((w) => w.toLowerCase())));
}

const PLACES = phrases(COUNTRIES, CITIES, REGIONS);
const ORGS = phrases(ORGANIZATIONS);
const GIVEN = words(GIVEN_NAMES);
const FAMILY = words(FAMILY_NAMES);
const TITLE = words(TITLES);
const ORG_HEAD = words(ORG_HEADS);

function known(index: Phrases, name: string): boolean {
  const ws = tokenize(name).map((t) => t.text.toLowerCase());
  return (index.get(ws[0]) ?? []).some((p) => p.length === ws.length && p.every((w, i) => w === ws[i]));
}

/** Whether a name is on the hand-written place list, for splitting "Japan-US" and typing variants. */
export function isKnownPlace(name: string): boolean {
  return known(PLACES, name);
}

/** Whether a name is on the hand-written list of well-known organisations ("Arab League"). */
export function isKnownOrganization(name: string): boolean {
  return known(ORGS, name);
}

export function isTitleWord(word: string): boolean {
  return TITLE.has(word.toLowerCase());
}

/** Marks each phrase match with B/I labels in `out` (e.g. "LOC-B", "LOC-I"). */
function markPhrases(lower: string[], index: Phrases, label: string, out: string[][]): void {
  for (let i = 0; i < lower.length; i++) {
    const bucket = index.get(lower[i]);
    if (!bucket) continue;
    const match = bucket.find((p) => p.every((w, k) => lower[i + k] === w));
    if (!match) continue;
    out[i].push(`${label}-B`);
    for (let k = 1; k < match.length; k++) out[i + k].push(`${label}-I`);
    i += match.length - 1;
  }
}

/** Gazetteer labels for each word of a sentence: where it sits in a known name, and name cues. */
export function gazetteerLabels(words: string[]): string[][] {
  const lower = words.map((w) => w.toLowerCase());
  const out: string[][] = words.map(() => []);
  markPhrases(lower, PLACES, 'LOC', out);
  markPhrases(lower, ORGS, 'ORG', out);
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i];
    if (GIVEN.has(w)) out[i].push('GIV');
    if (FAMILY.has(w)) out[i].push('FAM');
    if (TITLE.has(w)) out[i].push('TTL');
    if (ORG_HEAD.has(w)) out[i].push('OHD');
  }
  return out;
}
