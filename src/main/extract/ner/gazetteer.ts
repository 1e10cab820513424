import { loadLexicon } from './lexicon';
import { ORG_HEADS } from './lists/organizations';
import { TITLES } from './lists/people';
import { tokenize } from './tokenize';
import { variantType } from '../variants';

/** Multi-word names indexed by their first word (lower case), longest first, matched token by token. */
type Phrases = Map<string, string[][]>;

function phrases(...lists: string[][]): Phrases {
  const index: Phrases = new Map();
  for (const list of lists) {
    for (const name of list) {
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

// Place and organisation names from npm packages and the training labels (see lexicon.ts); the
// cue words (titles, the heads that end organisations' names) are our own short lists.
const lexicon = loadLexicon();
const PLACES = phrases(lexicon.places);
const ORGS = phrases(lexicon.organizations);
const DEMONYMS = words(lexicon.demonyms.join('|'));
const TITLE = words(TITLES);
const ORG_HEAD = words(ORG_HEADS);

function known(index: Phrases, name: string): boolean {
  const ws = tokenize(name).map((t) => t.text.toLowerCase());
  return (index.get(ws[0]) ?? []).some((p) => p.length === ws.length && p.every((w, i) => w === ws[i]));
}

/** Whether a name is on the place list or a place's known spelling ("US"), for splitting "Japan-US". */
export function isKnownPlace(name: string): boolean {
  return known(PLACES, name) || variantType(name) === 'PLACE';
}

/** Whether a name is on the list of organisations that recur in the training labels ("Arab League"). */
export function isKnownOrganization(name: string): boolean {
  return known(ORGS, name);
}

/** Whether a word names a people ("Asian", "Japanese"), from world-countries' demonyms. */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word.toLowerCase());
}

export function isTitleWord(word: string): boolean {
  return TITLE.has(word.toLowerCase());
}

/** The gazetteer's labels, one bit each in the masks below, in the order the trainer has always listed them. */
export const GAZETTEER_LABELS = ['LOC-B', 'LOC-I', 'ORG-B', 'ORG-I', 'GIV', 'FAM', 'TTL', 'OHD', 'DEM', 'LOW'] as const;
const [LOC_B, LOC_I, ORG_B, ORG_I, GIV, FAM, TTL, OHD, DEM, LOW] = GAZETTEER_LABELS.map((_, bit) => 1 << bit);

/** Sets the B bit on each phrase match's first word and the I bit on the rest. */
function markPhrases(lower: readonly string[], index: Phrases, b: number, i: number, out: Uint16Array): void {
  for (let at = 0; at < lower.length; at++) {
    const bucket = index.get(lower[at]);
    if (!bucket) continue;
    const match = bucket.find((p) => p.every((w, k) => lower[at + k] === w));
    if (!match) continue;
    out[at] |= b;
    for (let k = 1; k < match.length; k++) out[at + k] |= i;
    at += match.length - 1;
  }
}

/**
 * The single-word cues of one lower-case word: given name, family name, title, organisation head,
 * demonym, and a word text mostly writes in lower case.
 */
export function wordCues(lower: string): number {
  return (
    (lexicon.given.has(lower) ? GIV : 0) |
    (lexicon.family.has(lower) ? FAM : 0) |
    (TITLE.has(lower) ? TTL : 0) |
    (ORG_HEAD.has(lower) ? OHD : 0) |
    (DEMONYMS.has(lower) ? DEM : 0) |
    (lexicon.lower.has(lower) ? LOW : 0)
  );
}

/**
 * Where each word of a sentence (lower case) sits in a known multi-word name, as bit masks over
 * GAZETTEER_LABELS; OR in wordCues for the full labels.
 */
export function gazetteerMasks(lower: readonly string[]): Uint16Array {
  const out = new Uint16Array(lower.length);
  markPhrases(lower, PLACES, LOC_B, LOC_I, out);
  markPhrases(lower, ORGS, ORG_B, ORG_I, out);
  return out;
}

/** Gazetteer labels for each word of a sentence, as the names the trainer's features use. */
export function gazetteerLabels(words: string[]): string[][] {
  const lower = words.map((w) => w.toLowerCase());
  const masks = gazetteerMasks(lower);
  for (let i = 0; i < lower.length; i++) masks[i] |= wordCues(lower[i]);
  return Array.from(masks, (m) => GAZETTEER_LABELS.filter((_, bit) => m & (1 << bit)));
}
