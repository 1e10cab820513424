import { isPersonalName, loadLexicon } from './lexicon';
import { COMPANY_WORDS, ORG_HEADS } from './lists/organizations';
import { TITLES } from './lists/people';
import { nameTokens } from './tokenize';
import { variantType } from '../variants';

/**
 * Names indexed by their first word (lower case), then by their second ("" for one-word names), each
 * list longest first and matched token by token: "new" starts hundreds of places, "new york" a few.
 */
type Phrases = Map<string, Map<string, string[][]>>;

function phrases(...lists: string[][]): Phrases {
  const index: Phrases = new Map();
  for (const list of lists) {
    for (const name of list) {
      // Stored as tokens joined by single spaces (scripts/build-ner-lexicon.ts).
      const words = name.toLowerCase().split(' ');
      if (!words.length) continue;
      const bySecond = index.get(words[0]) ?? new Map<string, string[][]>();
      const bucket = bySecond.get(words[1] ?? '') ?? [];
      bucket.push(words);
      bySecond.set(words[1] ?? '', bucket);
      index.set(words[0], bySecond);
    }
  }
  for (const bySecond of index.values()) for (const bucket of bySecond.values()) bucket.sort((a, b) => b.length - a.length);
  return index;
}

function words(...lists: string[]): Set<string> {
  return new Set(lists.flatMap((l) => l.split('|').map((w) => w.toLowerCase())));
}

// Place and organisation names from npm packages and the training labels (see lexicon.ts); the
// cue words (titles, the heads that end organisations' names) are our own short lists.
const lexicon = loadLexicon();
let PLACES = phrases(lexicon.places);
// Countries' regions: places to the rules (isKnownPlace), not to the tagger's features.
const REGIONS = phrases(lexicon.regions);
let ORGS = phrases(lexicon.organizations);
let FAMILY = lexicon.family;
const DEMONYMS = words(lexicon.demonyms.join('|'));
const TITLE = words(TITLES);
const ORG_HEAD = words(ORG_HEADS);
const COMPANY = new Set(COMPANY_WORDS.split('|'));

// One cache a list, by the name itself: a key made by prefixing the name was a new string to hash on every call.
const knownPlaces = new Map<string, boolean>();
const listedPlaces = new Map<string, boolean>();
const knownOrgs = new Map<string, boolean>();

function listed(index: Phrases, ws: readonly string[]): boolean {
  return (index.get(ws[0])?.get(ws[1] ?? '') ?? []).some((p) => p.length === ws.length && p.every((w, i) => w === ws[i]));
}

function known(index: Phrases, name: string, cache: Map<string, boolean>, orRegion = false): boolean {
  let hit = cache.get(name);
  if (hit === undefined) {
    // Built by push, not map(), so it is a packed array in every tier (see readDocument in scorer.ts).
    const ws: string[] = [];
    for (const t of nameTokens(name)) ws.push(t.toLowerCase());
    hit = listed(index, ws) || (orRegion && listed(REGIONS, ws));
    // A place's other spelling ("US") is a known place too, remembered with the rest.
    if (index === PLACES && !hit) hit = variantType(name) === 'PLACE';
    // Bounded so a long-running app never grows without limit.
    if (cache.size > 50_000) cache.clear();
    cache.set(name, hit);
  }
  return hit;
}

/**
 * For training only: the place, organisation and family-name lists the features read, in place of the
 * lexicon's (undefined puts those back). The trainer reads each fold of its documents with lists built
 * from the other folds' labels, as the shipped tagger reads text whose names are on its lists only when
 * other documents taught them.
 */
export function setNameLists(lists: { places: string[]; organizations: string[]; family: string[] } | undefined): void {
  PLACES = phrases(lists?.places ?? lexicon.places);
  ORGS = phrases(lists?.organizations ?? lexicon.organizations);
  FAMILY = lists ? new Set(lists.family.map((w) => w.toLowerCase())) : lexicon.family;
  knownPlaces.clear();
  listedPlaces.clear();
  knownOrgs.clear();
}

/** Whether a name is on the place list, a country's region, or a place's known spelling ("US"), for splitting "Japan-US". */
export function isKnownPlace(name: string): boolean {
  return known(PLACES, name, knownPlaces, true);
}

/** Whether a name is on the tagger's own place list or a place's known spelling: a known place that is no region only the rules know ("Granma"). */
export function isListedPlace(name: string): boolean {
  return known(PLACES, name, listedPlaces);
}

/** A place, or a first or family name the lexicon knows. */
export function isKnownName(word: string): boolean {
  return isKnownPlace(word) || isPersonalName(word);
}

/** Whether a name is on the list of organisations that recur in the training labels ("Arab League"). */
export function isKnownOrganization(name: string): boolean {
  return known(ORGS, name, knownOrgs);
}

/** Whether a word names a people ("Asian", "Japanese"), from world-countries' demonyms. */
export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word.toLowerCase());
}

/** Whether a capitalised word ends a company's name after a place ("Tokyo Electric", "Osaka Gas"). */
export function isCompanyWord(word: string): boolean {
  return COMPANY.has(word);
}

/** Whether a word ends an organisation's name ("Board", "Commission", "Party"). */
export function isOrgHead(word: string): boolean {
  return ORG_HEAD.has(word.toLowerCase());
}

export function isTitleWord(word: string): boolean {
  return TITLE.has(word.toLowerCase());
}

/** The gazetteer's labels, one bit each in the masks below, in the order the trainer has always listed them. */
export const GAZETTEER_LABELS = ['LOC-B', 'LOC-I', 'ORG-B', 'ORG-I', 'GIV', 'FAM', 'TTL', 'OHD', 'DEM', 'LOW'] as const;
const [LOC_B, LOC_I, ORG_B, ORG_I, GIV, FAM, TTL, OHD, DEM, LOW] = GAZETTEER_LABELS.map((_, bit) => 1 << bit);

/** The place and organisation names a lower-case word starts (by their second word), for callers that cache them per word. */
export function phraseStarts(lower: string): { places: PhraseStart; orgs: PhraseStart } {
  return { places: PLACES.get(lower), orgs: ORGS.get(lower) };
}
export type PhraseStart = Map<string, string[][]> | undefined;

/** A word as a caller that caches phraseStarts per word holds it. */
export interface PhraseWord {
  text: string;
  places: PhraseStart;
  orgs: PhraseStart;
}

/**
 * gazetteerMasks, with each word's phrase starts looked up once by the caller (phraseStarts), into
 * `out` (cleared first; at least words.length long): no array is made per sentence.
 */
export function gazetteerMasksInto(words: readonly PhraseWord[], out: Uint16Array): Uint16Array {
  out.fill(0, 0, words.length);
  markPhraseWords(words, false, LOC_B, LOC_I, out);
  markPhraseWords(words, true, ORG_B, ORG_I, out);
  return out;
}

/** Sets the B bit on each phrase match's first word and the I bit on the rest. */
function markPhraseWords(words: readonly PhraseWord[], orgs: boolean, b: number, i: number, out: Uint16Array): void {
  for (let at = 0; at < words.length; at++) {
    // Two plain property reads, not words[at][list]: a keyed read by a changing name is slow in the hot loop.
    const bySecond = orgs ? words[at].orgs : words[at].places;
    if (bySecond === undefined) continue;
    const match = longestAt(bySecond, words, at);
    if (!match) continue;
    out[at] |= b;
    for (let k = 1; k < match.length; k++) out[at + k] |= i;
    at += match.length - 1;
  }
}

/** The longest name in the index that starts at words[at], if any. */
function longestAt(bySecond: Map<string, string[][]>, words: readonly PhraseWord[], at: number): string[] | undefined {
  const bucket = at + 1 < words.length ? bySecond.get(words[at + 1].text) : undefined;
  if (bucket !== undefined) {
    for (const p of bucket) {
      let k = 2;
      while (k < p.length && at + k < words.length && words[at + k].text === p[k]) k++;
      if (k === p.length) return p;
    }
  }
  return bySecond.get('')?.[0];
}

/**
 * The single-word cues of one lower-case word: given name, family name, title, organisation head,
 * demonym, and a word text mostly writes in lower case.
 */
export function wordCues(lower: string): number {
  return (
    (lexicon.given.has(lower) ? GIV : 0) |
    (FAMILY.has(lower) ? FAM : 0) |
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
  const words = lower.map((text) => ({ text, places: PLACES.get(text), orgs: ORGS.get(text) }));
  return gazetteerMasksInto(words, new Uint16Array(words.length));
}

/** Gazetteer labels for each word of a sentence, as the names the trainer's features use. */
export function gazetteerLabels(words: string[]): string[][] {
  const lower = words.map((w) => w.toLowerCase());
  const masks = gazetteerMasks(lower);
  for (let i = 0; i < lower.length; i++) masks[i] |= wordCues(lower[i]);
  return Array.from(masks, (m) => GAZETTEER_LABELS.filter((_, bit) => m & (1 << bit)));
}
