import { ALL_CUES, CUE, matchesAt } from '../cues';
import { MONTH } from '../dates';
import { lastWord, lineStarts, type NameMention, retyped, retypeOtherReadings, withNamesInPlace } from '../names';
import { isCompanyWord, isDemonym, isKnownOrganization, isKnownPlace, isOrgHead } from '../ner/gazetteer';
import { isPersonalName, loadLexicon } from '../ner/lexicon';
import { isCountry } from './clubs';
import { BODY_OF, endsLikeOrganisation } from './organisations';
import { codeAt, isApostrophe, type Token } from '../ner/tokenize';
import { capitalBefore, isSpace } from '../wordBefore';

// Corrections to the places: datelines, towns in their region, geography, places after "from".

// "PORT ALBION, Maine (Dossier Wire) —": a dateline's capitals are a place, its parenthesis the agency.
// A dateline may carry the day: "OSAKA, October 4 (Dossier Wire) -", "WASHINGTON, Oct. 4, 2016 (Reuters) -", "LAGOS, 4 May (AFP) -".
// The months as dates.ts reads them, written capitalised as a dateline does ("jan(?:uary)?" → "Jan(?:uary)?").
const DATELINE_MONTH = `(?:${MONTH.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => bar + c.toUpperCase())})\\.?`;
const DATELINE_DAY = `(?:,?\\s*(?:${DATELINE_MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${DATELINE_MONTH})(?:,?\\s*\\d{4})?)?`;
const DATELINE = new RegExp(
  `(\\p{Lu}[\\p{Lu}'.-]*(?: \\p{Lu}[\\p{Lu}'.-]*)*)(?:,\\s*(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*))?${DATELINE_DAY}\\s*\\(([^()\\n]{2,40})\\)\\s*[-—–]`,
  'uy',
);
// "Cleveland (AFP) –", "Washington (CNN) —": the same in Title Case, as AFP and CNN write it; only for a place the
// lists know, and not a lawmaker's party and state ("Sen. Ada Voss (R-Texas) —"), so no hyphen in the parenthesis.
const DATELINE_TITLE = new RegExp(
  `(\\p{Lu}\\p{Ll}[\\p{L}'.]*(?: \\p{Lu}\\p{Ll}[\\p{L}'.]*){0,2})(?:,\\s*(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*))?${DATELINE_DAY}\\s*\\(([^()\\n-]{2,40})\\)\\s*[-—–]`,
  'uy',
);
const UPPER = /\p{Lu}/u;

/** Where each line starts (as the m flag's ^ reads lines) whose first character is a capital: the datelines are tried there alone. */
function capitalLineStarts(text: string): number[] {
  const out: number[] = [];
  for (const at of lineStarts(text)) {
    const c = text.charCodeAt(at);
    if ((c >= 65 && c <= 90) || (c > 127 && UPPER.test(String.fromCodePoint(text.codePointAt(at) ?? c)))) out.push(at);
  }
  return out;
}

/** Whether a closing parenthesis stands before a dash (-, —, –), white space between or none: where a dateline's agency ends. */
function closedBeforeDash(text: string): boolean {
  for (let at = text.indexOf(')'); at >= 0; at = text.indexOf(')', at + 1)) {
    let j = at + 1;
    while (isSpace(text, j)) j++;
    const c = codeAt(text, j);
    if (c === 45 || c === 0x2014 || c === 0x2013) return true;
  }
  return false;
}

export function datelines(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  const added: NameMention[] = [];
  const replaced: { start: number; end: number }[] = [];
  // Both patterns need the agency's parenthesis, closed before a dash.
  const starts = closedBeforeDash(text) ? capitalLineStarts(text) : [];
  for (const pattern of [DATELINE, DATELINE_TITLE]) {
    // A line start inside a dateline already read (one run over a line break) is not tried again.
    let from = 0;
    for (const lineStart of starts) {
      if (lineStart < from) continue;
      pattern.lastIndex = lineStart;
      const m = pattern.exec(text);
      if (m === null) continue;
      from = m.index + m[0].length;
      if (pattern === DATELINE_TITLE && !isKnownPlace(m[1])) continue;
      const at = m.index;
      const place = { start: at, end: at + m[1].length };
      added.push({ start: place.start, end: place.end, type: 'PLACE', text: m[1] });
      replaced.push(place);
      if (m[2]) {
        const start = at + m[0].indexOf(m[2], m[1].length);
        added.push({ start, end: start + m[2].length, type: 'PLACE', text: m[2] });
        replaced.push({ start, end: start + m[2].length });
      }
      const inner = m[3].trim();
      const start = at + m[0].indexOf(inner, m[0].indexOf('('));
      added.push({ start, end: start + inner.length, type: 'ORGANIZATION', text: inner });
      replaced.push({ start, end: start + inner.length });
    }
  }
  if (cues & CUE.ISO_DAY) datedLines(text, names, added, replaced);
  agencylessDatelines(text, names, added, replaced);
  if (!added.length) return names;
  const kept = names.filter((n) => !replaced.some((r) => n.start < r.end && r.start < n.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

// "GENOA, Italy 1996-08-29", "ALLENTOWN, Pa. 1996-08-27": a line of a place, maybe its region, and the day.
const DATED_LINE = /^(\p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)*)(?:, (\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*))? \d{4}-\d\d-\d\d[ \t]*$/gmu;

/**
 * A line holding only a name, maybe a region, and a day is a dateline too: its names are places (in
 * CoNLL-2003's training labels 1,056 times of 1,068, most of the rest mislabelled), unless the tagger
 * reads an organisation the lists know ("UNITED NATIONS 1996-08-22"). The tagger is often misled there
 * by a club of the same name ("GENOA").
 */
function datedLines(text: string, names: NameMention[], added: NameMention[], replaced: { start: number; end: number }[]): void {
  if (!/\d{4}-\d\d-\d\d/.test(text)) return;
  DATED_LINE.lastIndex = 0;
  for (let m = DATED_LINE.exec(text); m !== null; m = DATED_LINE.exec(text)) {
    const parts = [{ start: m.index, name: m[1] }];
    if (m[2]) parts.push({ start: m.index + m[0].indexOf(m[2], m[1].length), name: m[2] });
    for (const { start, name } of parts) {
      const end = start + name.length;
      if (replaced.some((r) => start < r.end && r.start < end)) continue;
      const read = names.find((n) => n.start === start && n.end === end);
      if (read?.type === 'PLACE' || (read?.type === 'ORGANIZATION' && isKnownOrganization(name))) continue;
      if (names.some((n) => n.start < end && start < n.end && (n.start !== start || n.end !== end))) continue;
      added.push({ start, end, type: 'PLACE', text: name });
      replaced.push({ start, end });
    }
  }
}

// "CLEVELAND — The…", "PORTLAND, Maine - …", "MANCHESTER, N.H. -- …": a dateline with no agency, as US papers write
// it. A line's first words in capitals, maybe a region, then a dash and a sentence (not a headline in capitals:
// "GOLF - MICKELSON WINS FOURTH TITLE").
const AGENCYLESS_DATELINE = /(\p{Lu}[\p{Lu}'.-]*(?: \p{Lu}[\p{Lu}'.-]*){0,3})(?:,[ \u00a0]*(\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}))?[ \u00a0]*(?:—|–|--|-)[ \u00a0]+(?=["“]?\p{Lu}[^\n]{0,30}\p{Ll})/uy;
// An ASCII capital, or any other letter in upper case.
const isCapital = (c: number) => (c >= 65 && c <= 90) || (c > 127 && /\p{Lu}/u.test(String.fromCharCode(c)));
// A state's short form: "Pa.", "Tenn.", "Calif.", "N.H.", "S.C.".
const STATE_ABBREVIATION = /^(?:\p{Lu}\p{Ll}{1,4}\.|(?:\p{Lu}\.){2})$/u;

/**
 * The capitals of such a line are a place, whatever sports pages have taught the tagger of "CLEVELAND" or
 * "DETROIT", when a region follows them, or when the tagger read them as a name and the place lists know them.
 * Not a section's word ("SOCCER - …", "EXCLUSIVE – …", "GOLF - …", which the tagger reads as no name, or a word
 * the lexicon knows in lower case), of which CoNLL-2003's training text heads 500 lines so; the 11 places it heads
 * lines with are places in its labels.
 */
function agencylessDatelines(text: string, names: NameMention[], added: NameMention[], replaced: { start: number; end: number }[]): void {
  // Only lines that open with two capitals are tried: the pattern is run at those lines' starts, not over the text.
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length) {
    if (!isCapital(text.charCodeAt(at)) || !isCapital(text.charCodeAt(at + 1))) continue;
    AGENCYLESS_DATELINE.lastIndex = at;
    const m = AGENCYLESS_DATELINE.exec(text);
    if (!m) continue;
    const start = m.index;
    const end = start + m[1].length;
    if (replaced.some((r) => start < r.end && r.start < end)) continue;
    let region: NameMention | undefined;
    if (m[2]) {
      const at = start + m[0].indexOf(m[2], m[1].length);
      const read = names.find((n) => n.start === at && n.end === at + m[2].length);
      if (read?.type === 'PLACE' || isKnownPlace(m[2]) || STATE_ABBREVIATION.test(m[2])) region = { start: at, end: at + m[2].length, type: 'PLACE', text: m[2] };
      else continue;
    }
    const read = names.find((n) => n.start === start && n.end === end);
    // With no region, a name the tagger read there and the lists know as a place (if also as a club, the dateline
    // decides), and no word of common text.
    if (!region && (!read || !isKnownPlace(m[1]) || (!m[1].includes(' ') && loadLexicon().lower.has(m[1].toLowerCase())))) continue;
    if (read?.type !== 'PLACE') {
      added.push({ start, end, type: 'PLACE', text: m[1] });
      replaced.push({ start, end });
    }
    // A region no name covers ("Tenn."): the place, without the abbreviation's stop, as the tagger writes "Pa".
    if (region && !names.some((n) => n.start < region.end && region.start < n.end)) {
      const trimmed = /^\p{Lu}\p{Ll}+\.$/u.test(region.text) ? region.text.slice(0, -1) : region.text;
      added.push({ start: region.start, end: region.start + trimmed.length, type: 'PLACE', text: trimmed });
      replaced.push(region);
    }
  }
}

// Not "Coast" (but for "the … Coast") nor "Mountain": clubs and companies take them ("West Coast",
// "Gold Coast", "Battle Mountain"; in CoNLL-2003's training labels 10 of 13 such names are organisations).
// Shoals, reefs, atolls, heights, highlands and plains are places in CoNLL-2003's and GMB's labels 20 times of 21.
const GEO_HEAD = 'Strait|Straits|Gulf|Bay|Sea|Ocean|River|Lake|Isle|Island|Islands|Peninsula|Canal|Mountains|Valley|Desert|Plateau|Basin|Archipelago|Cape|Delta|Sound|Shoal|Shoals|Reef|Reefs|Atoll|Lagoon|Fjord|Heights|Highlands|Plains|Steppe';
// And before one name: "Fort Bragg", "Lake Maracaibo", "Mount Elgon" (in the training labels of CoNLL-2003
// and GMB a place 59 times and otherwise only in 6 of GMB's silver tags, "Mount Everest" an organisation); not "Camp" (8 of 18).
const GEO_FIRST = 'Fort|Mount|Lake|Cape';
const GEOGRAPHIC = new RegExp(
  `^(?:The )?(?:${GEO_HEAD}) of \\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)*$|^\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)* (?:${GEO_HEAD})$|^(?:${GEO_FIRST}) \\p{Lu}[\\p{L}'-]*$`,
  'u',
);
const PLACE_FIRST = /^(?:Fort|Mount|Lake|Cape|Port|Point) \p{Lu}[\p{L}'-]*$/u;
const ADMIN_LAST = new Set(['Province', 'District', 'Region', 'County', 'Oblast', 'Prefecture', 'Governorate', 'Municipality', 'Township', 'Parish', 'Canton', 'Territory']);
// "Badagry Expressway", "Baker Street": a road or a bridge (in CoNLL-2003 and GMB train's labels a place 25 times, a person once).
const ROAD_LAST = new Set(['Street', 'Road', 'Avenue', 'Highway', 'Expressway', 'Motorway', 'Boulevard', 'Bridge', 'Tunnel']);
const GEO_WORDS = new Set([...GEO_HEAD.split('|'), ...GEO_FIRST.split('|')]);

// A preposition of place right before a name: "in Murray Hill, New Jersey".
const IN_PLACE_BEFORE = /\b(?:in|near|outside)\s$/;

/**
 * "Port Albion, Maine", "Eastwick, Vt.": a name followed by a comma and a known place, and the phrase
 * ending there, is a town in its state or country, however the tagger typed it. Not a company ("Acme Corp,
 * Ohio"), not a person whose first name the lexicon knows ("Ann Lee, Texas") unless the name follows "in",
 * "near" or "outside" ("in Murray Hill, New Jersey"), not "…, Texas's governor". A region that is no country may
 * have its country after it ("Aldmoor, Ontario, Canada"), the phrase then ending after the country.
 */
export function placesInTheirRegion(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i + 1 < names.length; i++) {
    const n = names[i];
    const region = names[i + 1];
    if ((n.type !== 'ORGANIZATION' && n.type !== 'PERSON') || region.type !== 'PLACE') continue;
    if (text.charCodeAt(n.end) !== 44 || region.start - n.end > 2 || !/^, ?$/.test(text.slice(n.end, region.start)) || !isKnownPlace(region.text)) continue;
    // "Aldmoor, Ontario, Canada": a region that is no country, then its country, ending the phrase, is the region's whole address.
    const country = names[i + 2];
    const inCountry =
      country?.type === 'PLACE' && /^, ?$/.test(text.slice(region.end, country.start)) && isCountry(country.text) && !isCountry(region.text) && /^(?:$|[,;:.)!?]|\s+[(—–-])/u.test(text.slice(country.end, country.end + 3));
    const end = inCountry ? country.end : region.end;
    // The region ends the phrase: a stop, a comma or the end; not "Texas Republican", "Texas's" or
    // a sign-off's "Amra Kevic, Belgrade newsroom".
    if (!/^(?:$|[,;:.)!?]|\s+[(—–-])/u.test(text.slice(end, end + 3))) continue;
    // Not a list ("ISIS, Iran, North Korea", "Alphabet, Amazon, Apple"): nothing listed before it or after the region.
    if (/,\s*$/.test(text.slice(Math.max(0, n.start - 3), n.start)) || /^,?\s+(?:and|or)\s+\p{Lu}|^,\s*\p{Lu}/u.test(text.slice(end, end + 8))) continue;
    const ws = n.text.split(/\s+/);
    if (ws.some((w) => isCompanyWord(w)) || BODY_OF.test(n.text)) continue;
    if (n.type === 'PERSON' && (ws.length === 1 || (isPersonalName(ws[0]) && !IN_PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start))))) continue;
    names[i] = retyped(n, 'PLACE');
  }
  return names;
}

// A compass point or a part, capitalised, right before a place's name: "Eastern Mediterranean", "Central Asia".
const DIRECTIONS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Greater', 'Outer', 'Inner']);

/**
 * The length of the direction word that ends one space before `at` ("Eastern " before "Mediterranean"), or 0. Read by
 * hand, not by a pattern: this runs for every place, and a pattern's search over a slice cost more than the rest of the rule.
 */
function directionBefore(text: string, at: number): number {
  if (text.charCodeAt(at - 1) !== 32) return 0;
  let from = at - 1;
  while (from > 0 && at - from < 12) {
    const c = text.charCodeAt(from - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) break;
    from--;
  }
  const first = text.charCodeAt(from);
  if (first < 65 || first > 90 || at - 1 - from < 4) return 0;
  // Not inside a longer word or a figure ("2.East", "x-East").
  if (from > 0 && !/[\s(“"‘]/u.test(text[from - 1])) return 0;
  return DIRECTIONS.has(text.slice(from, at - 1)) ? at - 1 - from : 0;
}

/**
 * "the Eastern Mediterranean", "Western Europe": a capitalised compass point or part right before a place is part of
 * its name. In CoNLL-2003's training and dev labels such a name is a place whole 182 times, the word left out once;
 * in GMB dev's 122 times. The tagger reads the word alone as a people's adjective ("Eastern", MISC) and drops it, or
 * the two as a term; the place the lists know in it makes it a place.
 */
export function directionsOfPlaces(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // Read whole as a term: the place the lists know after the word makes it a place.
    if (n.type === 'TERM') {
      const space = n.text.indexOf(' ');
      if (space > 0 && DIRECTIONS.has(n.text.slice(0, space)) && isKnownPlace(n.text.slice(space + 1))) names[i] = retyped(n, 'PLACE');
      continue;
    }
    if (n.type !== 'PLACE') continue;
    const length = directionBefore(text, n.start);
    if (!length) continue;
    const start = n.start - length - 1;
    const prev = names[i - 1];
    if (prev && prev.end > start) continue;
    names[i] = { start, end: n.end, type: n.type, text: text.slice(start, n.end) };
  }
  return names;
}

// A state's word that ends its formal name's first part: "Socialist Republic", "United Kingdom".
const STATE_WORD = /(?:^| )(?:Republic|Kingdom|Federation|Emirates?|Commonwealth|Principality|Sultanate|Confederation|Grand Duchy)$/;

/**
 * "Socialist Republic of Romania", "German Democratic Republic": a state's formal name is one place, where the
 * tagger read "Socialist Republic" and "Romania" apart, or left off the people's name in front.
 */
export function statesInFull(text: string, names: NameMention[]): NameMention[] {
  // Most texts name no state so: a look at the places first, not a search of the text.
  if (!names.some((n) => n.type === 'PLACE' && STATE_WORD.test(n.text))) return names;
  const out: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    let n = names[i];
    if (n.type !== 'PLACE' || !STATE_WORD.test(n.text)) {
      out.push(n);
      continue;
    }
    const next = names[i + 1];
    if (next && next.type === 'PLACE' && next.start === n.end + 4 && text.startsWith(' of ', n.end)) {
      n = { start: n.start, end: next.end, type: 'PLACE', text: text.slice(n.start, next.end) };
      i++;
    }
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, n.start - 20), n.start));
    const prev = out[out.length - 1];
    if (before && isDemonym(before[1]) && (!prev || prev.end < n.start - before[0].length)) {
      const start = n.start - before[0].length;
      n = { start, end: n.end, type: 'PLACE', text: text.slice(start, n.end) };
    }
    out.push(n);
  }
  return out;
}

// "Republic of Ostrevo", "Democratic Republic of the Congo", "the Kyrgyz Republic of …": a republic's formal name.
const REPUBLIC_OF = /^(?:The )?(?:\p{Lu}[\p{Ll}-]+ ){0,3}Republic of (?:the )?\p{Lu}/u;

/**
 * A republic's formal name the tagger read as a body or a term is a place, whether or not the lists know the
 * republic: in CoNLL-2003's training and dev labels such a name is a place 5 times of 5, in GMB's silver ones 54 of 57.
 */
export function republicsInFull(names: NameMention[]): NameMention[] {
  for (const n of names) if ((n.type === 'ORGANIZATION' || n.type === 'TERM') && n.text.includes('Republic of ') && REPUBLIC_OF.test(n.text) && !endsLikeOrganisation(n.text) && !isOrgHead(lastWord(n.text)) && !isCompanyWord(lastWord(n.text))) n.type = 'PLACE';
  return names;
}

// "Velmar, the capital of …", "Hudur, a town in …": a name described at once as a town, a capital or a port.
const DESCRIBED_AS_PLACE = /, (?:the|a|an) (?:capital|city|town|village|port|suburb) (?:of|in|near)\b/g;
// "Halden is a port city in …", "Yanjin is a county on …", "Peshawar is the capital of …": an encyclopedia's opening, or
// a report's aside, saying what a place is. In GMB's training labels the name before it is a place 6 times of 8 (the
// other two, "Yanjin" and "Lithuania", places the silver labels call bodies); in CoNLL-2003's and GMB's dev labels 4 of 4.
const SAID_TO_BE_PLACE = / (?:is|was) (?:a|an|the) (?:[a-z-]+ ){0,2}(?:capital|city|town|village|port|municipality|suburb|district|province|region|island|country|river|lake|state|county|commune|settlement|hamlet) (?:of|in|on|near|and)\b/g;
const NAME_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2})$/u;
// The two patterns, each with the token cue of its place's word, the words that must stand in the text, and the leads a
// match opens with before that word; SAID_TO_BE_PLACE allows up to two words of small letters between lead and word.
interface PlacePattern {
  whole: RegExp;
  sticky: RegExp;
  cue: number;
  needs: readonly string[];
  leads: readonly string[];
  wordsBetween: number;
}
const PLACE_PATTERNS: readonly PlacePattern[] = [
  { whole: DESCRIBED_AS_PLACE, sticky: new RegExp(DESCRIBED_AS_PLACE.source, 'y'), cue: CUE.TOWN, needs: [', the ', ', a '], leads: [', the ', ', a ', ', an '], wordsBetween: 0 },
  {
    whole: SAID_TO_BE_PLACE,
    sticky: new RegExp(SAID_TO_BE_PLACE.source, 'y'),
    cue: CUE.PLACE_KIND,
    needs: [' is ', ' was '],
    leads: [' is a ', ' is an ', ' is the ', ' was a ', ' was an ', ' was the '],
    wordsBetween: 2,
  },
];

/**
 * Where a place pattern could match, ascending: before each token of its place's word (the pattern's words, whole tokens
 * between spaces there), its lead (", the "; " is a "), after at most `wordsBetween` words of small letters and hyphens.
 * Every match opens at one of them.
 */
function placeWordLeads(text: string, sentences: readonly Token[][], pattern: PlacePattern): number[] {
  const out: number[] = [];
  for (const s of sentences)
    for (const t of s) {
      if (!(t.cues & pattern.cue)) continue;
      // The place's word, then back over each word of small letters before it, one space apart.
      for (let at = t.start, words = 0; ; words++) {
        for (const lead of pattern.leads) if (at >= lead.length && text.startsWith(lead, at - lead.length)) out.push(at - lead.length);
        if (words === pattern.wordsBetween || codeAt(text, at - 1) !== 32) break;
        let from = at - 1;
        while (from > 0 && isSmallOrHyphen(text.charCodeAt(from - 1))) from--;
        if (from === at - 1) break;
        at = from;
      }
    }
  return out.sort((a, b) => a - b);
}

const isSmallOrHyphen = (c: number): boolean => (c >= 97 && c <= 122) || c === 45;

/**
 * A name set off before "the capital of", "a town in", "a port near", or said to be one ("Halden is a port city in"),
 * is that place, whatever the tagger made of it or where it found nothing (a town's name read elsewhere as the first word
 * of a body's: "Velmar Polytechnic Institute … a university in Velmar, the capital of …"). In CoNLL-2003's training and
 * dev labels a name set off so is a place 2 times of 2, in GMB's silver ones 37 of 40. Not a sentence's opening word that
 * text writes in lower case ("Meanwhile, the city of"). The article's other readings of the same name alone as a person
 * or a body are the place too ("In the 19th century Halden grew"), unless the lists know it as no place.
 */
export function placesDescribedAsSuch(text: string, names: NameMention[], cues = ALL_CUES, sentences?: readonly Token[][]): NameMention[] {
  let added: NameMention[] | undefined;
  // The cue is searched for, then the name read back from it: no pattern is tried at every capital of the text.
  const described = new Set<string>();
  for (const pattern of PLACE_PATTERNS) {
    // Most articles have neither cue: its words among the tokens first (cues.ts), then one look at the whole text.
    if (!(cues & pattern.cue) || !pattern.needs.some((w) => text.includes(w))) continue;
    // Where the tokens are at hand, the pattern is tried only where a match could open before a place's word among them.
    const matches = sentences && cues !== ALL_CUES ? matchesAt(text, pattern.sticky, placeWordLeads(text, sentences, pattern)) : text.matchAll(pattern.whole);
    for (const cue of matches) {
      const end = cue.index;
      const m = NAME_BEFORE.exec(text.slice(Math.max(0, end - 60), end));
      if (!m) continue;
      const start = end - m[1].length;
      const first = m[1].split(' ')[0];
      if (loadLexicon().lower.has(first.toLowerCase()) && !isKnownPlace(m[1])) continue;
      const found = names.filter((n) => n.start < end && start < n.end);
      if (found.length === 0) {
        added ??= [];
        added.push({ start, end, type: 'PLACE', text: m[1] });
      } else if (found.length === 1 && found[0].end === end && found[0].type !== 'DATE' && !endsLikeOrganisation(found[0].text)) found[0].type = 'PLACE';
      else continue;
      described.add(m[1]);
    }
  }
  const out = added ? withNamesInPlace(names, added) : names;
  return retypeOtherReadings(out, described.size ? described : undefined, 'PLACE', (n) => (n.type === 'PERSON' || n.type === 'ORGANIZATION') && !isKnownOrganization(n.text) && !isPersonalName(n.text));
}

// A word of geography that heads a name before its "of": "Gulf", "Strait", "Bay" (not "Lake" or "Cape", which open one).
const GEO_OF = new Set(GEO_HEAD.split('|'));

/**
 * "Gulf" + " of " + "Tarrow" read as two names: one place, "the Gulf of Tarrow" (the pattern GEOGRAPHIC reads whole,
 * a place in CoNLL-2003's and GMB's labels 485 times of 585 and never two names).
 */
function geographyOfSplit(text: string, names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const next = names[i + 1];
    if (!next || next.type === 'DATE' || n.type === 'DATE' || !GEO_OF.has(n.text) || next.start !== n.end + 4 || !text.startsWith(' of ', n.end)) {
      out?.push(n);
      continue;
    }
    out ??= names.slice(0, i);
    out.push({ start: n.start, end: next.end, type: 'PLACE', text: text.slice(n.start, next.end) });
    i++;
  }
  return out ?? names;
}

// A capitalised word right before a name, one space between: "Prince" in "Prince Edward Island".
const WORD_BEFORE = /(?<![\p{L}\d'’.-])\p{Lu}\p{Ll}+ $/u;

/**
 * "Nova Scotia", "Prince Edward Island": a name of two words or more read as a person's that the lists know whole as a
 * place (countries' regions, towns), or that they know whole with the capitalised word before it (the tagger took
 * "Prince" for a title), is that place.
 */
export function knownPlacesReadAsPeople(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PERSON' || !n.text.includes(' ')) continue;
    if (isKnownPlace(n.text)) {
      names[i] = retyped(n, 'PLACE');
      continue;
    }
    // A space, then a word's last letter in lower case, and a capital opening that word, tested by hand before the pattern.
    const last = text.charCodeAt(n.start - 2);
    if (text.charCodeAt(n.start - 1) !== 32 || !((last >= 97 && last <= 122) || last > 127) || !capitalBefore(text, n.start)) continue;
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, n.start - 16), n.start));
    const prev = names[i - 1];
    if (!before || (prev && prev.end > n.start - before[0].length)) continue;
    const whole = `${before[0]}${n.text}`;
    if (isKnownPlace(whole)) names[i] = { start: n.start - before[0].length, end: n.end, type: 'PLACE', text: whole };
  }
  return names;
}

/**
 * "South" + "China Sea", "North" + "Korea": two places one space apart that the lists know whole as one place are
 * that place; the tagger had opened a second name inside it.
 */
export function placesKnownWhole(text: string, names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const a = names[i];
    const b = names[i + 1];
    if (b && a.type === 'PLACE' && b.type === 'PLACE' && b.start === a.end + 1 && text.charCodeAt(a.end) === 32 && isKnownPlace(`${a.text} ${b.text}`)) {
      out ??= names.slice(0, i);
      out.push({ start: a.start, end: b.end, type: 'PLACE', text: `${a.text} ${b.text}` });
      i++;
      continue;
    }
    out?.push(a);
  }
  return out ?? names;
}

/** "Strait of Hormuz", "Gulf of Aden", "Caspian Sea", "Yalu River", "Fort Bragg": a name with a word of geography at its head is a place, whatever the tagger made of it (an organisation, a person or a term); not a person with a first name the lexicon knows ("Michael Bay"). */
export function placesByGeography(text: string, allNames: NameMention[]): NameMention[] {
  const names = geographyOfSplit(text, allNames);
  for (const n of names) {
    // "the Gulf of Tarrow" read as a term (CoNLL's MISC): in CoNLL-2003's and GMB's training labels such a name
    // is a place 485 times of 585 and a term twice (the rest are GMB's silver organisations), so the pattern decides.
    if (n.type === 'TERM') {
      const space = n.text.indexOf(' ');
      if (space > 0 && (GEO_WORDS.has(n.text.slice(0, space)) || GEO_WORDS.has(lastWord(n.text))) && GEOGRAPHIC.test(n.text)) n.type = 'PLACE';
      // "the Ostrevo Region": no term ends in a region's word in those labels (places 33 times, clubs and bodies 23).
      else if (space > 0 && ADMIN_LAST.has(lastWord(n.text))) n.type = 'PLACE';
      continue;
    }
    if (n.type !== 'ORGANIZATION' && n.type !== 'PERSON') continue;
    // The word of geography is the name's last word or first: test that by a set before the regex.
    const space = n.text.indexOf(' ');
    if (space < 0) continue;
    // "Port Albion", "Mount Kenya" read as a person: a first word of geography is no first name here, whatever the
    // lists say of "Port" (in CoNLL-2003 and GMB train's labels such a name is a place 68 times, a person once).
    if (n.type === 'PERSON' && PLACE_FIRST.test(n.text)) {
      n.type = 'PLACE';
      continue;
    }
    const last = lastWord(n.text);
    // "Khorasan Province", "Kherson Oblast": a region's word ends no person's name (in CoNLL-2003 and GMB train's
    // labels such a name is a place 31 times, an organisation 16 (clubs, "Notts County"), a person never); nor a road's.
    if (n.type === 'PERSON' && (ADMIN_LAST.has(last) || ROAD_LAST.has(last))) {
      n.type = 'PLACE';
      continue;
    }
    // "the River Quell": a river named first with "the" before it; a club's "River Plate" stands without.
    if (/^River \p{Lu}[\p{L}'-]*$/u.test(n.text) && text.endsWith('the ', n.start)) {
      n.type = 'PLACE';
      continue;
    }
    // "on the West Coast": a coast with "the" before it, which a club's name in a table has not.
    const coast = last === 'Coast' && text.endsWith('the ', n.start) && !/^ \p{Lu}/u.test(text.slice(n.end, n.end + 2));
    if (!(coast || GEO_WORDS.has(last) || GEO_WORDS.has(n.text.slice(0, space)) || n.text.startsWith('The '))) continue;
    if ((coast || GEOGRAPHIC.test(n.text)) && (n.type === 'ORGANIZATION' || !isPersonalName(n.text.slice(0, space)))) n.type = 'PLACE';
  }
  return names;
}

/**
 * "students from Lyon", "from Tulsa and Lyon": a known place after a word of place, and the places
 * listed on from it, are places whatever sports results have taught the tagger; so is one before "state"
 * or "province", or before a governor's or a senator's title. (A place merely listed beside another, with no such word, no longer: clubs are listed
 * beside their cities too.)
 */
/** A word of place right before a name: "students from Lyon", "in Jackson". */
export const WORD_OF_PLACE_BEFORE = /\b(?:from|[Ii]n|near|outside|across|into|towards?)\s+$/;

// "Sao Paulo state bank Banespa", "Narino province": a place named as a region (in CoNLL-2003's training
// labels the name before these words is a place or a people's adjective, never an organisation).
const REGION_AFTER = /^ (?:state|province|region|district|county)\b/;

// "former Florida Gov. Jeb Bush", "Ohio Sen. Rob Portman": a known place before a political title is the
// place it governs (in CoNLL-2003's training labels a name right before a title is a place 30 times, an
// organisation 13, and those are banks, ministries and companies, none a known place). Not "coach" or "manager": clubs have them.
const OFFICE_AFTER = /^ (?:Gov\.|Governor|governor|Lt\. Gov\.|Sen\.|Senator|senator|Rep\.|Mayor|mayor|Premier|premier|Attorney General|attorney general|state (?:Sen\.|Rep\.|senator|representative))(?![\p{L}])/u;

/** Whether `gap` alone stands between two names, tested without a slice: this runs for every name. */
function gapIs(text: string, prev: NameMention | undefined, n: NameMention, gap: string): boolean {
  return prev !== undefined && prev.end + gap.length === n.start && text.startsWith(gap, prev.end);
}

/**
 * WORD_OF_PLACE_BEFORE before the name starting at `start`. First what it needs by hand: white space right before, and
 * before that the last letter of one of its words (from, in, near, outside, across, into, toward, towards).
 */
function afterWordOfPlace(text: string, start: number): boolean {
  if (!isSpace(text, start - 1)) return false;
  let j = start - 1;
  while (j > 0 && isSpace(text, j - 1)) j--;
  const c = text.charCodeAt(j - 1);
  if (c !== 109 && c !== 110 && c !== 114 && c !== 101 && c !== 115 && c !== 111 && c !== 100) return false;
  return WORD_OF_PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

export function placesAfterWordsOfPlace(text: string, names: NameMention[]): NameMention[] {
  let chain = false;
  let settled = false;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const prev = names[i - 1];
    const listed: boolean =
      chain && prev?.type === 'PLACE' && (gapIs(text, prev, n, ', ') || gapIs(text, prev, n, ' and ') || gapIs(text, prev, n, ' or ') || gapIs(text, prev, n, ', and '));
    // "based in Hartwell, Lancashire": where something is based, born or lives is a place, known or not, and so is
    // the region after its comma (not a person's name there unless a list knows it as a place).
    const afterSettled = endsInWordIn(text, n.start) && SETTLED_IN.test(text.slice(Math.max(0, n.start - 24), n.start));
    const regionAfter: boolean = settled && gapIs(text, prev, n, ', ') && (n.type !== 'PERSON' || isKnownPlace(n.text));
    settled = n.type === 'PLACE' ? afterSettled : (afterSettled || regionAfter) && n.type !== 'DATE' && !endsLikeOrganisation(n.text);
    if (settled) n.type = 'PLACE';
    // An organisation's name the lists know as a place, looked up once for both tests below.
    const knownPlace = n.type === 'ORGANIZATION' && isKnownPlace(n.text);
    chain = (n.type === 'PLACE' || knownPlace) && (afterWordOfPlace(text, n.start) || listed);
    // "in Metz's 3-1 home victory", "in Essex's history": the word of place reads what the possessive opens, not the name.
    if (knownPlace && ((chain && !isApostrophe(codeAt(text, n.end))) || REGION_AFTER.test(text.slice(n.end, n.end + 10)) || OFFICE_AFTER.test(text.slice(n.end, n.end + 24))))
      n.type = 'PLACE';
  }
  return names;
}

/** Whether " in" and white space end the text before `at`: the test SETTLED_IN's pattern ends with, made by hand first. */
function endsInWordIn(text: string, at: number): boolean {
  let j = at;
  while (j > 0 && isSpace(text, j - 1)) j--;
  return j < at && j >= 3 && text.charCodeAt(j - 1) === 110 && text.charCodeAt(j - 2) === 105 && text.charCodeAt(j - 3) === 32;
}

// "based in ", "headquartered in ", "born in ": what follows is where (after these words a name is a place in
// CoNLL-2003's and GMB's training labels 87 times of 89, the other two GMB's "lived in Italy" read as an organisation).
const SETTLED_IN = /\b(?:based|headquartered|located|situated|born|lives|lived|grew up|died) in\s+$/;

// "the villages of ", "the town of ", "the provinces of ": what follows is named as a place.
// A port, a capital, a state, a suburb, a county, the outskirts: in CoNLL-2003's training labels the name after
// these words is a place 28 times of 28, in GMB's silver ones 249 of 292.
const SETTLEMENT_OF =
  /\b(?:villages?|towns?|cities|city|hamlets?|provinces?|regions?|districts?|municipalit(?:y|ies)|islands?|countries|ports?|capital|state|suburbs?|county|counties|outskirts|harbou?r) of\s+$/;

// "the mayor of Nice", "the streets of Kiev", "residents of Kuwait": what follows is a town's or a country's name, where the
// lists know it as a place (in CoNLL-2003's training and dev labels 9 times of 10, the other "the press centre of Clinton";
// the 10 of GMB's 104 that are not are places the silver labels call bodies or people).
const PEOPLE_OF = /\b(?:[Mm]ayors?|[Gg]overnors?|streets|residents|citizens|people|heart|downtown) of\s+$/;

/**
 * "the villages of Dar Halun and Ostrevo", "the town of Kessel": names after a word that says they are places,
 * and the names listed on from them, are places, whatever the tagger made of names it did not know (a person, a
 * body); not a body whose name ends as bodies' names do.
 */
export function placesNamedAsSuch(text: string, names: NameMention[]): NameMention[] {
  let chain = false;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const prev = names[i - 1];
    // Listed on by "and" or "or"; after a comma alone only a known place ("Samos, Karim Haddad, 25" is an
    // appositive, "Ostrevo, Northern Region Brigade Commander …" a new clause).
    const gap = prev ? text.slice(prev.end, n.start) : '';
    const listed: boolean = chain && (/^(?: and |, and | or |, or )$/.test(gap) || (gap === ', ' && n.type !== 'PERSON' && isKnownPlace(n.text)));
    // " of " right before, tested by hand before the regex.
    const of = text.startsWith(' of ', n.start - 4);
    const settled = of && (SETTLEMENT_OF.test(text.slice(Math.max(0, n.start - 16), n.start)) || (PEOPLE_OF.test(text.slice(Math.max(0, n.start - 16), n.start)) && isKnownPlace(n.text)));
    chain = (listed || settled) && n.type !== 'DATE' && n.type !== 'TERM' && !endsLikeOrganisation(n.text);
    if (chain) n.type = 'PLACE';
  }
  return names;
}
