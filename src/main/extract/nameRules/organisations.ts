import { ALL_CUES, CUE, lastRunAt, matchesAt, matchesAtTokens } from '../cues';
import { CALENDAR_WORD, MONTH_NAME } from '../dates';
import { familyNamesInFull, lastWord, lineAt, type NameMention, retyped, retypeOtherReadings, withNamesInPlace } from '../names';
import { isCompanyWord, isDemonym, isKnownName, isKnownPlace, isListedPlace, isOrgHead, isTitleWord } from '../ner/gazetteer';
import { isFunctionWord } from '../functionWords';
import { isPostHead, isPostModifier } from '../roles/lexicon';
import { isFirstName, isPersonalName, loadLexicon } from '../ner/lexicon';
import { BODY_WORD, KIND_OF_COMPANY, MEDIA_AFTER_PLACE, PUBLICATION, PUBLICATION_WORDS } from '../ner/lists/organizations';
import { codeAt, isApostrophe, type Token } from '../ner/tokenize';
import { isSpace } from '../wordBefore';
import { isCountry } from './clubs';

// Corrections to the organisations the tagger found: names it cut short, split, or typed as a place.

// "(BSE)", "(U.N.)", "(3ID)", "(USAREUR-AF)": capitals in parentheses, three letters or more, or two with a digit,
// a hyphen or an ampersand among them.
const ACRONYM_AFTER = /^\s*\(\s*((?:\p{Lu}\.?){3,10}|(?=[^)]*\p{Lu}[^)]*\p{Lu})[\p{Lu}\d](?:[\p{Lu}\d&-]|\.(?=\p{Lu})){1,11}[\p{Lu}\d.])\s*\)/u;

/**
 * "Budapest Stock Exchange (BSE)", "Moro National Liberation Front (MNLF)": capitals in parentheses
 * right after an organisation's name are its short name, an organisation too (in CoNLL-2003's training
 * labels 88 of 90 such are).
 */
export function acronymsInParentheses(text: string, names: NameMention[]): NameMention[] {
  const added: NameMention[] = [];
  for (const n of names) {
    if (n.type !== 'ORGANIZATION') continue;
    const m = ACRONYM_AFTER.exec(text.slice(n.end, n.end + 24));
    if (!m) continue;
    const start = n.end + m[0].indexOf(m[1], m[0].indexOf('('));
    const end = start + m[1].length;
    const read = names.find((o) => o.start < end && start < o.end);
    if (!read) added.push({ start, end, type: 'ORGANIZATION', text: m[1] });
    // Read whole as a place or a term ("USAREUR-AF" as a place) that no list knows as one: the short name too.
    else if (read.start === start && read.end === end && (read.type === 'PLACE' || read.type === 'TERM') && !isKnownPlace(read.text)) read.type = 'ORGANIZATION';
  }
  return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : names;
}

// Lower-case words a body's full name may hold between its capitalised ones.
const NAME_JOINERS = new Set(['of', 'and', 'for', 'in', 'on', 'the', 'de', 'du', 'des', 'del', 'la', 'le', 'to', '&']);

/**
 * Where the full name an acronym stands for starts in `before` (the text that ends where the name does):
 * each letter of the acronym, last to first, found in order in the words before it, the first letter
 * opening a word (Schwartz & Hearst 2003), over at most the acronym's length plus five words. -1 if
 * there is none, or if it holds a lower-case word that is not a joiner ("of", "and", "in"…) or opens
 * with a possessive ("Iran's Revolutionary Guard Corps").
 */
export function fullNameStart(acronym: string, before: string): number {
  const letters = acronym.replace(/\./g, '').toLowerCase();
  let from = before.length;
  for (let k = 0; k < Math.min(letters.length + 5, letters.length * 2) && from > 0; k++) from = before.lastIndexOf(' ', from - 2) + 1;
  let at = before.length - 1;
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s];
    while (at >= from && (before[at].toLowerCase() !== c || (s === 0 && at > from && /[\p{L}\d]/u.test(before[at - 1])))) at--;
    if (at < from) return -1;
    at--;
  }
  const start = before.lastIndexOf(' ', at + 1) + 1;
  const words = before.slice(start).split(' ');
  if (/['’]s$/.test(words[0]) || !/^\p{Lu}/u.test(words[0])) return -1;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_JOINERS.has(w)) ? start : -1;
}

/**
 * "U.N. Interim Force in Lebanon (UNIFIL)", "State Law and Order Restoration Council (SLORC)": the
 * acronym after a name spells its full name, which the tagger read in pieces; an organisation among
 * them makes the whole one. The name only grows: CoNLL-2003's labels take in more words before the
 * spelled-out part at times ("U.N. Department of Humanitarian Affairs (DHA)"), never fewer.
 */
// A state's formal name: a place, and so is its acronym ("Democratic Republic of the Congo (DRC)", "United Arab Emirates (UAE)").
const STATE_NAME = /\b(?:Republic|Kingdom|Emirates|Principality|Sultanate|Duchy) of\b|\b(?:Republic|Kingdom|Emirates)$/;

// An acronym in brackets, then the words in lower case before it: "the cash reserve ratio (CRR)". Found by the
// brackets first and read back: a pattern opening at every lower-case word was slow.
const BRACKETED_ACRONYM = /\(([A-Z]{2,6})\)/g;
const LOWER_CASE_WORDS_BEFORE = /(?:[a-z][a-z-]*\s+){2,8}$/;

/**
 * "the cash reserve ratio (CRR)", "collateral protection insurance (CPI)": an acronym the article spells out in lower-case
 * words names a thing, not a body, a person or a place; every reading of it is the key term. In CoNLL-2003's training
 * and dev labels and GMB's, such an acronym is no name 31 times of 38 (the rest one refinery's "crude distillation unit
 * (CDU)" that its labels make a body).
 */
export function acronymsOfCommonWords(text: string, names: NameMention[]): NameMention[] {
  if (!text.includes(')')) return names;
  let terms: Set<string> | undefined;
  for (const m of text.matchAll(BRACKETED_ACRONYM)) {
    const acronym = m[1];
    const before = LOWER_CASE_WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 100), m.index));
    if (!before) continue;
    const words = before[0].split(/\s+/).filter((w) => w && !NAME_JOINERS.has(w));
    if (words.length < acronym.length) continue;
    let initials = '';
    for (const w of words.slice(-acronym.length)) initials += w[0];
    if (initials.toUpperCase() !== acronym) continue;
    terms ??= new Set();
    terms.add(acronym);
  }
  if (!terms) return names;
  for (const n of names) if (n.type !== 'DATE' && terms.has(n.text)) n.type = 'TERM';
  return names;
}

/** Whether a capitalised word between `start` and `end` lies outside every name read there. */
function unreadWords(text: string, start: number, end: number, pieces: readonly NameMention[]): boolean {
  for (const m of text.slice(start, end).matchAll(/\p{Lu}[\p{L}.'’-]*/gu)) {
    const at = start + (m.index ?? 0);
    if (!pieces.some((p) => p.start <= at && at < p.end)) return true;
  }
  return false;
}

export function namesSpelledByAcronyms(text: string, names: NameMention[]): NameMention[] {
  let out = names;
  for (let i = 0; i < out.length; i++) {
    const n = out[i];
    if (n.type === 'PERSON' || n.type === 'DATE' || codeAt(text, n.end) !== 32 || codeAt(text, n.end + 1) !== 40) continue;
    const m = ACRONYM_AFTER.exec(text.slice(n.end, n.end + 24));
    if (!m) continue;
    const lineStart = text.lastIndexOf('\n', n.end) + 1;
    const before = text.slice(Math.max(lineStart, n.end - 120), n.end);
    const at = fullNameStart(m[1], before);
    if (at < 0) continue;
    let start = n.end - before.length + at;
    if (start >= n.start && n.type === 'ORGANIZATION') continue;
    let first = i;
    while (first > 0 && out[first - 1].end > start) first--;
    const pieces = out.slice(first, i + 1);
    const acronymStart = n.end + m[0].indexOf(m[1]);
    // "United States Forces Korea (USFK)": the acronym read as a body's makes the name one too, unless it is a place's ("United Arab Emirates (UAE)").
    const acronymIsBody = out[i + 1]?.start === acronymStart && out[i + 1].type === 'ORGANIZATION' && !isKnownPlace(text.slice(start, n.end)) && !LAW_WORD.test(lastWord(n.text));
    const full = text.slice(start, n.end);
    // "Democratic Republic of the Congo (DRC)": a state's formal name, no body's word in it, is one place, its acronym too.
    if (STATE_NAME.test(full) && !full.split(' ').some(isOrgHead) && !pieces.some((p) => p.type === 'PERSON')) {
      start = Math.min(start, pieces[0].start);
      const acronym = out[i + 1]?.start === acronymStart && out[i + 1].type === 'ORGANIZATION' ? [retyped(out[i + 1], 'PLACE')] : [];
      out = [...out.slice(0, first), { start, end: n.end, type: 'PLACE', text: text.slice(start, n.end) }, ...acronym, ...out.slice(i + 1 + acronym.length)];
      i = first + acronym.length;
      continue;
    }
    // "Islamic State in Iraq and Syria (ISIS)": read as places only, one of them no place the lists know or with capitals
    // between that no name read there covers, the whole is the body the acronym names (the places are its field); not "Bosnia and Herzegovina (BiH)", all places, nor
    // a law's or a disease's name ("Creutzfeldt-Jakob Disease (CJD)", a term).
    const split =
      pieces.every((p) => p.type === 'PLACE') && !isKnownPlace(full) && !LAW_WORD.test(lastWord(n.text)) && (pieces.some((p) => !isKnownPlace(p.text)) || unreadWords(text, start, n.end, pieces));
    if (!pieces.some((p) => p.type === 'ORGANIZATION') && !isOrgHead(lastWord(n.text)) && !acronymIsBody && !split) continue;
    if (pieces.some((p) => p.type === 'PERSON')) continue;
    start = Math.min(start, pieces[0].start);
    out = [...out.slice(0, first), { start, end: n.end, type: 'ORGANIZATION', text: text.slice(start, n.end) }, ...out.slice(i + 1)];
    i = first;
  }
  return out;
}

/**
 * Whether three capitals (A to Z) stand right before a comma and a space somewhere in the text ("ALTA, the …"): found
 * from the text's commas, fewer than its characters, where a pattern would be tried at every one.
 */
function acronymThenComma(text: string): boolean {
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 1)) {
    if (isAsciiCapital(codeAt(text, at - 1)) && isAsciiCapital(codeAt(text, at - 2)) && isAsciiCapital(codeAt(text, at - 3))) return true;
  }
  return false;
}
const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;
// An acronym, a comma (and "the"), then the capitalised words it spells, up to the next comma or full stop.
const SPELLED_AFTER = /^,\s+(?:the\s+)?((?:\p{Lu}[\p{L}.'’-]*|of|for|in|and|the|on)(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|for|in|and|the|on))*)/u;

/**
 * "UNAMA, the United Nations Assistance Mission in Afghanistan, condemned …": an acronym in capitals, then the
 * words it spells set off by a comma, is the body the tagger read those words as; it read the lone capitals as a place.
 */
export function acronymsBeforeTheirNames(text: string, names: NameMention[]): NameMention[] {
  if (!acronymThenComma(text)) return names;
  for (const n of names) {
    if (n.type === 'ORGANIZATION' || n.type === 'DATE' || text.charCodeAt(n.end) !== 44 || !/^\p{Lu}{3,8}$/u.test(n.text)) continue;
    const m = SPELLED_AFTER.exec(text.slice(n.end, n.end + 120));
    if (!m) continue;
    const initials = m[1].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    const fullStart = n.end + m[0].length - m[1].length;
    if (initials === n.text && names.some((o) => o.type === 'ORGANIZATION' && o.start === fullStart)) n.type = 'ORGANIZATION';
  }
  return names;
}

// Words that name a body when "of" follows ("Ministry of …", "Department of …", "Bank of …").
const BODY_OF_WORD = new RegExp(`^(?:${BODY_WORD})$`);
export const BODY_OF = new RegExp(`^(?:The )?(?:${BODY_WORD})(?: of| for) \\p{Lu}`, 'u');

// Last words that make a name an organisation's, whatever the tagger typed it ("Clinton Foundation", "Democratic
// National Committee", "Brookings Institution", "Bain Capital", "Pacific Command", "Geffen Records", "Dunmore
// Athletic", "Brightwater Aviation", "Velmar Symphony Orchestra"): in CoNLL-2003's training labels a name of two or more words ending in one of them is an organisation
// 545 times of 550 (the rest MISC: "Olympic Committee" twice, an index named for an exchange); no name there
// ends in "Orchestra", "Philharmonic" or "Choir", an ensemble's words. Not "Bank", "City",
// "Centre", "Hospital", "Church", "Union", "Federation" or "Court" (places as often), "League" or "Division"
// (sports, MISC), "Front" (a war's), "Office" ("the Oval Office"), "Post", "Journal" or "Power" (people's names
// in GMB's labels), nor "Press" or "Times" (a programme's name: the papers are newspapers' rules).
// A company's legal form as the last word of its name ("Cofinec S.A.", "Quellsoft Ltd"): in CoNLL-2003's and GMB's training
// labels every name ending in one is an organisation.
const LEGAL_FORM_LAST = new Set(
  'Inc|Inc.|Corp|Corp.|Co|Co.|Ltd|Ltd.|Limited|LLC|plc|Plc|PLC|AG|GmbH|SA|S.A.|NV|N.V.|BV|B.V.|SpA|S.p.A.|AB|ASA|Oy|Oyj|a.s.|Bhd|Berhad|Pty|Ltda'.split('|'),
);
const ORGANISATION_LAST_WORD = new Set([
  ...LEGAL_FORM_LAST,
  ...'University|College|Institute|Institution|Academy|Agency|Ministry|Department|Commission|Committee|Council|Corporation|Company|Group|Holdings|Foundation|Association|Society|Party|Systems|Technologies|Industries|Airlines|Airways|Motors|Resources|Partners|Capital|Ventures|Securities|Investments|Insurance|Pharmaceuticals|Enterprises|Laboratories|Coalition|Alliance|Fund|Network|Bureau|Aviation|Authority|Administration|Board|Tribunal|Senate|Congress|Parliament|Command|Army|Navy|Guard|Forces|Brigade|Battalion|Regiment|Service|Services|Movement|Exchange|Energy|Records|Pictures|Studios|Entertainment|Brothers|Bros|Bros.|Labs|Associates|Foods|Athletic|Rovers|Rangers|Wanderers|United|FC|F.C.|Orchestra|Philharmonic|Choir|Organization|Organisation|Newsroom|Representatives|Brigades|Cooperation|Reserve|Brotherhood|Corps|Forum|Mission|Aerospace|Telecom|Media'.split('|'),
]);

/** Whether a name of two or more words ends in a word only organisations' names end in. */
export function endsLikeOrganisation(name: string): boolean {
  return name.includes(' ') && ORGANISATION_LAST_WORD.has(lastWord(name));
}

// "MINISTRY OF DEFENCE", "DEPARTMENT OF STATE": a letterhead's or heading's body, in capitals.
const CAPS_BODY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:THE )?((?:${BODY_WORD.toUpperCase()}) (?:OF|FOR) (?:THE )?)$`, 'u');

// A month's name opening an organisation's ("the August National Association of Purchasing Management index").
const MONTH_FIRST = /^(?:January|February|March|April|June|July|August|September|October|November|December) (?=\p{Lu})/u;

/**
 * "the August National Association of Purchasing Management (NAPM) index": a month's name before an
 * organisation's dates its figure and is no part of the name (in CoNLL-2003's training labels, 5 times of 5).
 */
export function monthsBeforeOrganisations(names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'ORGANIZATION') continue;
    const m = MONTH_FIRST.exec(n.text);
    if (!m) continue;
    // A new mention, not the old one's start and text written over: a field written after the object is made loses its
    // place as a constant in the layout every mention shares, and the rules' compiled code is thrown away for it.
    names[i] = { start: n.start + m[0].length, end: n.end, type: n.type, text: n.text.slice(m[0].length) };
  }
  return names;
}

// "the news weekly Der Spiegel", "the newspaper Granma"; "Zycie Warszawy daily said".
const PAPER = '(?:newspaper|daily|weekly|monthly|quarterly|magazine|newsweekly|tabloid|journal)';
const AFTER_PAPER = new RegExp(`\\b${PAPER}\\s+$`);
const BEFORE_PAPER = new RegExp(`^\\s+${PAPER}\\b`);
const PAPER_WORD = new RegExp(PAPER);

// "said on Twitter", "appeared on CNN", "wrote on Facebook": where something was said, posted or aired.
const SAID_ON = /\b(?:said|says|wrote|writes|posted|posts|tweeted|tweets|announced|shared|commented|replied|responded|appeared|appears|spoke|speaking|boasted|complained|joked|argued|claimed|declared|revealed) on $/;
// "took to Twitter", "taking to Facebook": where something is said when one takes to a name.
const TOOK_TO = /\b(?:took|taking|takes|take) to $/;

/**
 * A name read as a person, or as a place the lists do not know, right after a verb of saying or posting and "on" is the
 * channel, the network or the platform it was said on ("said on Twitter", "appeared on Fox and Friends"), and so is
 * the same one-word name elsewhere in the article where it is read so too. In CoNLL-2003's and GMB's training labels a
 * name there is an organisation 6 times and a place 6 (all "U.S. radio", "Japan's NHK": a known place before the channel), never a person.
 */
export function channelsSaidOn(text: string, names: NameMention[]): NameMention[] {
  let channels: Set<string> | undefined;
  for (const n of names) {
    // " on " or " to " before the name first: the cheapest test, and most names fail it.
    const on = text.endsWith(' on ', n.start);
    if ((!on && !text.endsWith(' to ', n.start)) || n.type === 'DATE' || n.type === 'TERM' || isApostrophe(codeAt(text, n.end))) continue;
    if (!(on ? SAID_ON : TOOK_TO).test(text.slice(Math.max(0, n.start - 16), n.start)) || (n.type === 'PLACE' && isKnownPlace(n.text))) continue;
    n.type = 'ORGANIZATION';
    if (n.text.includes(' ')) continue;
    channels ??= new Set();
    channels.add(n.text);
  }
  return retypeOtherReadings(names, channels, 'ORGANIZATION', (n) => (n.type === 'PERSON' || n.type === 'PLACE') && !isKnownPlace(n.text));
}

/**
 * A name right after "newspaper", "daily", "weekly" or "magazine" is the paper (an organisation in
 * CoNLL-2003's training labels 20 times of 21), as is one after "journal", "monthly" or "quarterly" ("the quarterly
 * journal Andean Review"), as is a "person" right before one of those words
 * (no person's name stands there in them), and so is that name read as a person elsewhere in the article; a place
 * keeps its type ("a daily London paper").
 */
export function newspapers(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // Most articles name no paper: their tokens say so (cues.ts), else one look at the whole text first.
  if (!(cues & CUE.PAPER) || !PAPER_WORD.test(text)) return names;
  let papers: Set<string> | undefined;
  for (const n of names) {
    if (n.type !== 'PERSON' && n.type !== 'PLACE' && n.type !== 'TERM') continue;
    const after = AFTER_PAPER.test(text.slice(Math.max(0, n.start - 16), n.start));
    if (n.type === 'PERSON' && BEFORE_PAPER.test(text.slice(n.end, n.end + 16))) {
      n.type = 'ORGANIZATION';
      papers ??= new Set();
      papers.add(n.text);
    }
    // "A daily Lisbon paper": a town's name after the word is no paper's; a region's may be ("the newspaper Granma").
    else if (after && !isListedPlace(n.text)) n.type = 'ORGANIZATION';
  }
  // "Zycie Warszawy daily said … Zycie Warszawy said": the paper's other readings as a person are the paper too.
  return retypeOtherReadings(names, papers, 'ORGANIZATION', (n) => n.type === 'PERSON');
}

const MEDIA_TITLE = new Set(MEDIA_AFTER_PLACE.split('|'));

/**
 * "the Miami Herald", "the Vancouver Sun", "Israel Radio", "Algeria TV": a town's or a country's name and a paper's or a
 * broadcaster's word, read as a place, is the paper or the broadcaster. In CoNLL-2003's training and dev labels such a name
 * is an organisation every time (GMB's silver ones make a few places).
 */
export function mediaNamedForPlaces(names: NameMention[]): NameMention[] {
  for (const n of names) {
    if (n.type !== 'PLACE') continue;
    const space = n.text.lastIndexOf(' ');
    if (space > 0 && MEDIA_TITLE.has(n.text.slice(space + 1)) && isKnownPlace(n.text.slice(0, space))) n.type = 'ORGANIZATION';
  }
  return names;
}

// "Quellsoft, the accounting software maker, said", "Cotecna, a Swiss company that", "Allied Democratic Forces, a Ugandan rebel
// group that": a name set off before a description whose last word is a company's, a group's or a party's. The words
// before it hold no preposition, so the description is of the name ("Farid Soleiman, a spokesman for the group," is not),
// and a group, a chain or a party is never "of" something ("a group of", a number of people), nor a people ("an ethnic
// group"). Not words a person is too: a developer, a producer, a publisher, an operator, a carrier.
// Sticky: tried only where a description's comma stands (describingCommas).
const DESCRIBED_AS_BODY = new RegExp(
  `, (?:the|a|an) (?:(?!(?:of|for|at|in|with|from|to|on|by|and|or)\\b)[\\p{L}\\d'’-]+ ){0,4}` +
    `(?:(?:company|firm|maker|manufacturer|bank|insurer|lender|retailer|airline|broadcaster|startup|start-up|conglomerate|subsidiary|unit|utility|refiner|brokerage|newspaper|agency)(?=,| (?:that|which|based|with|in|for|of)\\b)` +
    `|(?<!(?:ethnic|minority|religious|tribal|indigenous|age|income) )(?:group|chain|party|organi[sz]ation|charity|union|giant)(?=,| (?:that|which|based|with|in|for)\\b))`,
  'uy',
);

/** Where a comma and a description's article stand (", the ", ", a ", ", an "), ascending: each match of DESCRIBED_AS_BODY opens at one. */
function describingCommas(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(', '); at >= 0; at = text.indexOf(', ', at + 1)) {
    if (text.startsWith('the ', at + 2) || text.startsWith('a ', at + 2) || text.startsWith('an ', at + 2)) out.push(at);
  }
  return out;
}
// One to three capitalised words right before the description, when the tagger found no name there.
const NAME_BEFORE_COMMA = /(?<![\p{L}\d'’.&-])(\p{Lu}[\p{L}\d'’&-]*(?: \p{Lu}[\p{L}\d'’&-]*){0,2})$/u;

/**
 * A name set off before such a description is an organisation, whatever the tagger made of it, or where it found
 * nothing ("Quellsoft, the accounting software maker, said", whose first word the tagger read as no name); and so are
 * the article's other readings of it alone as a person or an unknown place. In CoNLL-2003's training labels the
 * name there is an organisation 12 times of 12 (and 3 of 3 in its dev labels); in GMB's silver ones 23 times, and 12 more
 * that the silver labels call places or people are companies and groups too ("Cotecna", "Starbucks", "Chevron"). A
 * place the lists know stays ("Iran, a major oil producer"), as does a sentence's opening word that text writes in
 * lower case ("Last week, a local news agency").
 */
export function bodiesDescribedAsSuch(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // Most articles describe no company so: their tokens first (cues.ts), then the text's commas with a description's
  // article after them, where alone the pattern is tried (not at every character).
  if (!(cues & CUE.BODY_KIND)) return names;
  const commas = describingCommas(text);
  if (!commas.length) return names;
  let added: NameMention[] | undefined;
  const described = new Set<string>();
  for (const cue of matchesAt(text, DESCRIBED_AS_BODY, commas)) {
    const end = cue.index;
    const n = names.find((x) => x.end === end);
    if (n) {
      if (n.type === 'DATE' || (n.type === 'PLACE' && isKnownPlace(n.text))) continue;
      n.type = 'ORGANIZATION';
      described.add(n.text);
      continue;
    }
    const m = NAME_BEFORE_COMMA.exec(text.slice(Math.max(0, end - 60), end));
    if (!m) continue;
    const start = end - m[1].length;
    if (names.some((n) => n.start < end && start < n.end)) continue;
    const first = m[1].split(' ')[0];
    if (loadLexicon().lower.has(first.toLowerCase()) || isKnownPlace(m[1]) || CALENDAR_WORD.test(first)) continue;
    added ??= [];
    added.push({ start, end, type: 'ORGANIZATION', text: m[1] });
    described.add(m[1]);
  }
  if (!described.size) return names;
  // The same one-word name written again where the tagger found nothing ("Quellsoft to cut 300 jobs", a headline), not
  // run into another capitalised word; a word text writes in lower case, never.
  for (const name of described) {
    if (name.includes(' ') || loadLexicon().lower.has(name.toLowerCase())) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (WORD_CHAR.test(text.charAt(at - 1)) || WORD_GOES_ON.test(text.slice(end, end + 3)) || /\p{Lu}\S*\s$/u.test(text.slice(Math.max(0, at - 20), at)) || /^\s\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      if (names.some((n) => n.start < end && at < n.end) || added?.some((n) => n.start < end && at < n.end)) continue;
      added ??= [];
      added.push({ start: at, end, type: 'ORGANIZATION', text: name });
    }
  }
  const out = added ? withNamesInPlace(names, added) : names;
  return retypeOtherReadings(out, described, 'ORGANIZATION', (n) => (n.type === 'PERSON' || (n.type === 'PLACE' && !isKnownPlace(n.text))) && !n.text.includes(' '));
}
const WORD_CHAR = /[\p{L}\p{N}'’&.-]/u;
// What goes on with a word after its last letter: a letter or a digit, or a mark and one ("Quellsoft.com", "Quellsoft-X");
// a possessive's "'s" and a sentence's full stop end it.
const WORD_GOES_ON = /^(?:[\p{L}\p{N}&]|[.'’-](?![sS]\b)[\p{L}\p{N}])/u;

// "shares of Valeant", "a stake in Quellsoft"; "Valeant's stock price", "Quellsoft's chief executive": what has shares,
// a stock, a chief executive or shareholders is a company. In CoNLL-2003's training and dev labels a name there is an
// organisation 16 times of 17 (the other "a stake in Hungary", a place, which the lists know).
const SHARES_OF = /\b(?:[Ss]hares|[Ss]tock|[Ss]take|[Bb]onds|[Ss]hareholders|[Ss]tockholders) (?:of|in) $/;
// Not a bare "stock": a person has a "stock answer".
const SHARES_AFTER = /^['’]s (?:shares|share price|stock price|chief executive|CEO|shareholders|stockholders)\b/;
const HOLDERS_AFTER = /^ (?:shareholders|stockholders)\b/;
// Any word either pattern needs, capitalised too ("Shares of Valeant fell"): absent from the text, neither can match.
const SHARES_WORD = /[Ss]hare|[Ss]tock|[Ss]take|[Bb]onds|chief executive|CEO/;

/**
 * A name read as a person or as a place the lists do not know, whose shares, stock or chief executive the text
 * speaks of, is a company, and so are its other readings alone as a person or an unknown place.
 */
export function companiesByTheirShares(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // Most articles speak of no shares: their tokens say so (cues.ts), else one look at the whole text, for the words the patterns open with in either case.
  if (!(cues & CUE.SHARES) || !SHARES_WORD.test(text)) return names;
  let companies: Set<string> | undefined;
  for (const n of names) {
    if (n.type !== 'PERSON' && n.type !== 'PLACE') continue;
    // An apostrophe after the name, or " of " or " in " before it, tested by hand before the patterns.
    const after = isApostrophe(codeAt(text, n.end)) && SHARES_AFTER.test(text.slice(n.end, n.end + 22));
    // "Arequipa shareholders": a name's shareholders, without the possessive.
    const holders = !after && (text.startsWith(' sharehold', n.end) || text.startsWith(' stockhold', n.end)) && HOLDERS_AFTER.test(text.slice(n.end, n.end + 14));
    const of = !after && !holders && (text.endsWith(' of ', n.start) || text.endsWith(' in ', n.start)) && SHARES_OF.exec(text.slice(Math.max(0, n.start - 22), n.start));
    if (!after && !holders && !of) continue;
    // A known place too where the cue is a company's alone ("shares of Royal Oak", "Arequipa shareholders"), not a stake or
    // bonds, which a state has ("a stake in Hungary"); never a country.
    if (isKnownPlace(n.text) && (isCountry(n.text) || (of && !/^[Ss](?:hares|hareholders|tockholders) /.test(of[0])))) continue;
    n.type = 'ORGANIZATION';
    if (n.text.includes(' ')) continue;
    companies ??= new Set();
    companies.add(n.text);
  }
  return retypeOtherReadings(names, companies, 'ORGANIZATION', (n) => (n.type === 'PERSON' || n.type === 'PLACE') && (!isKnownPlace(n.text) || !PLACE_WORD_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))));
}

// "the board of Norsk Hydro": a board sits over an organisation (the name after a lower-case "board of" is one in
// CoNLL-2003's and GMB's training labels 3 times of 4, the other a place that governs; and in all 8 such phrases
// in PolNeAR's articles that are not "Board of Elections"). "founded Ostby Kjemiske" : what is founded is never a person.
const BOARD_OF = /\bboards? of (?:the )?$/;
const FOUNDED = /\b(?:co-?)?founded (?:the )?$/;

/**
 * A name the tagger read as a person or an unknown place right after "the board of" is an organisation, as is one
 * read as a person right after "founded": a person is not founded, nor has a board.
 */
export function organisationsByTheirBoards(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // Most articles name no board and no founding: their tokens say so (cues.ts). The slices below reach far enough back
  // that the patterns' \b before "board" or "founded" is the text's, so the word is the last of a token.
  if (!(cues & CUE.BOARD)) return names;
  for (const n of names) {
    if (n.type !== 'PERSON' && n.type !== 'PLACE') continue;
    const before = text.slice(Math.max(0, n.start - 18), n.start);
    if (BOARD_OF.test(before) ? n.type === 'PERSON' || !isKnownPlace(n.text) : n.type === 'PERSON' && FOUNDED.test(before)) n.type = 'ORGANIZATION';
  }
  return names;
}

// "The", capitalised words, then a paper's word, anywhere in a text: tested once before the names are.
const PAPER_WITH_THE = new RegExp(` The (?:[A-Z][\\w'’.-]* )*(?:${PUBLICATION_WORDS})\\b`, 'y');

/**
 * "has written for The Guardian", "told The Times": a capitalised "The" inside a sentence, then a paper's word
 * ("Guardian", "Times", "Post"), is the paper's name, an organisation, whatever the tagger typed it.
 */
export function papersWithThe(text: string, names: NameMention[], sentenceStarts: ReadonlySet<number>, cues = ALL_CUES): NameMention[] {
  if (!(cues & CUE.PUBLICATION)) return names;
  // The pattern tried only where a capitalised "The" stands inside a line, not at every character.
  const papers = matchesAt(text, PAPER_WITH_THE, theInLines(text));
  if (!papers.length) return names;
  for (const n of names) {
    if (n.type === 'ORGANIZATION' || n.type === 'DATE' || !n.text.startsWith('The ') || sentenceStarts.has(n.start) || !PUBLICATION.test(n.text)) continue;
    n.type = 'ORGANIZATION';
  }
  // "Das told The Statesman": the same words where the tagger read nothing at all are the paper too.
  const added: NameMention[] = [];
  for (const m of papers) {
    const start = m.index + 1;
    const end = m.index + m[0].length;
    // Not inside a longer title ("edits “Eat The Press”").
    if (sentenceStarts.has(start) || names.some((n) => n.start < end && start < n.end) || /^[\p{L}\d]/u.test(text.slice(end, end + 1)) || /\p{Lu}[\p{L}'’.-]*$/u.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    added.push({ start, end, type: 'ORGANIZATION', text: text.slice(start, end) });
  }
  return withNamesInPlace(names, added);
}

/** Where " The " stands, ascending: each match of PAPER_WITH_THE opens at one. */
function theInLines(text: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(' The '); at >= 0; at = text.indexOf(' The ', at + 1)) out.push(at);
  return out;
}

// Capitalised words (with "and" or "&" between them), then "Hall of Fame": "Rock and Roll Hall of Fame".
const HALL_OF_FAME = /(?:\p{Lu}[\p{L}'’.-]*\s+(?:(?:and|&)\s+)?)*Hall of Fame\b/gu;

/**
 * "the Rock and Roll Hall of Fame", "a Football Hall of Fame member": a hall of fame is one name, whole, where the
 * tagger read its words as people and a place. A key term, as CoNLL-2003's labels have it (MISC), not a body.
 */
export function hallsOfFame(text: string, names: NameMention[]): NameMention[] {
  if (!text.includes('Hall of Fame')) return names;
  const found: NameMention[] = [];
  for (const m of text.matchAll(HALL_OF_FAME)) {
    let start = m.index;
    if (text.startsWith('The ', start) || text.startsWith('the ', start)) start += 4;
    found.push({ start, end: m.index + m[0].length, type: 'TERM', text: text.slice(start, m.index + m[0].length) });
  }
  return withNamesInPlace(names, found);
}

// A press review's opening: "PRESS DIGEST - Lebanon", "stories from Thursday's Pakistani newspapers".
const PRESS_REVIEW = /\bpress (?:digest|review)|\bnewspapers\b|\bheadlines from\b/i;
// A paper's heading in one: a short line of capitals (no figures), "AN-NAHAR", "THE NATION", "IRISH TIMES".
const PAPER_HEADING = /^(?:THE |LE |LA |EL |AL-? )?\p{Lu}[\p{Lu}'’. -]*\p{Lu}\.?$/u;
// A paper's section, under the paper's heading: "FRONT PAGE", "BUSINESS PAGES".
const SECTION_HEADING = /\b(?:PAGES?|SECTIONS?|EDITORIALS?|COLUMNS?|HEADLINES|SUPPLEMENTS?)\b/;
// The stories under it, a line each: "- Confrontation is escalating between …".
const LIST_ITEM = /^[-*•–—]+\s/;

/**
 * A press review lists each paper's stories under the paper's name in capitals, on a line of its own:
 * "AN-NAHAR\n- Confrontation is escalating …\nAS-SAFIR\n- …". Such a heading is the paper, an organisation
 * (in CoNLL-2003's training labels 55 of 59; the rest a country's name, which stays a place); a heading
 * naming a page or a section ("FRONT PAGE") is the paper's part, no name. Only in an article that says it
 * reviews the press: elsewhere a heading in capitals above a list is a section's.
 */
export function papersInPressReviews(text: string, names: NameMention[]): NameMention[] {
  if (!PRESS_REVIEW.test(text.slice(0, 400))) return names;
  const headings: NameMention[] = [];
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    const end = text.indexOf('\n', start);
    const line = text.slice(start, end < 0 ? text.length : end).trimEnd();
    const next = end < 0 ? '' : text.slice(end + 1, end + 4);
    if (line.length >= 2 && line.length <= 40 && PAPER_HEADING.test(line) && !SECTION_HEADING.test(line) && LIST_ITEM.test(next) && !isKnownPlace(line)) {
      const body = line.replace(/\.$/, '');
      headings.push({ start, end: start + body.length, type: 'ORGANIZATION', text: body });
    }
    if (end < 0) break;
    start = end + 1;
  }
  return withNamesInPlace(names, headings);
}

// What stands between two names of one list: a comma, "and" or "or", and perhaps "the".
const LIST_GAP = /^(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$/;

// "companies including", "banks such as", "carmakers like": a list of organisations follows.
const LIST_OPENER = /\b(?:including|such as|like)\s/gi;
const THE_THEN_SPACE = /^the\s/i;
const ORGANISATIONS_LISTED = /\b(?:companies|firms|banks|groups|organi[sz]ations|carriers|airlines|insurers|lenders|brokers|brokerages|retailers|manufacturers|makers|automakers|carmakers|parties|agencies|newspapers|broadcasters|clubs|utilities|refiners|exporters|giants|rivals|competitors),? (?:including|such as|like)\s+(?:the\s+)?$/i;

/**
 * "Technology companies including Alphabet, Amazon, Apple and Facebook": the names a list of companies,
 * banks, parties or papers goes on to are organisations, though one of them ("Amazon") is also a place (in the
 * training labels of CoNLL-2003 and GMB, the first name after such words is an organisation 11 times, a
 * place never). A person the tagger found stays a person.
 */
export function organisationsListed(text: string, names: NameMention[]): NameMention[] {
  // Where a list could open: after "including", "such as" or "like" and the space after it, and after "the" there. Only a
  // name starting at one of them has ORGANISATIONS_LISTED's opener and space right before it; most articles hold none.
  let opens: Set<number> | undefined;
  for (const m of text.matchAll(LIST_OPENER)) {
    let at = m.index + m[0].length;
    while (isSpace(text, at)) at++;
    opens ??= new Set();
    opens.add(at);
    if (!THE_THEN_SPACE.test(text.slice(at, at + 4))) continue;
    for (at += 4; isSpace(text, at); ) at++;
    opens.add(at);
  }
  if (!opens) return names;
  for (let i = 0; i < names.length; i++) {
    if (!opens.has(names[i].start) || !ORGANISATIONS_LISTED.test(text.slice(Math.max(0, names[i].start - 40), names[i].start))) continue;
    for (let j = i; j < names.length; j++) {
      const n = names[j];
      if (n.type === 'PLACE' || n.type === 'TERM') names[j] = retyped(n, 'ORGANIZATION');
      const next = names[j + 1];
      if (!next || !LIST_GAP.test(text.slice(n.end, next.start))) break;
    }
  }
  return names;
}

/**
 * "works with Greenpeace, the World Wildlife Fund and the Natural Resources Defense Council", "Apple, Meta and
 * Alphabet": in a list of three or more names, two of them organisations, a one-word name read as a person or a
 * place that the name lists know for neither is an organisation too.
 */
export function bodiesListedWithBodies(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; ) {
    let j = i;
    while (j + 1 < names.length && names[j + 1].start - names[j].end <= 11 && LIST_GAP.test(text.slice(names[j].end, names[j + 1].start))) j++;
    if (j - i >= 2) {
      const items = names.slice(i, j + 1);
      const bodies = items.filter((n) => n.type === 'ORGANIZATION').length;
      // A place only where bodies outnumber places: a list of towns holds clubs' names too ("Leeds, Liverpool, Luton").
      const places = items.filter((n) => n.type === 'PLACE').length;
      if (bodies >= 2) {
        for (let k = i; k <= j; k++) {
          const n = names[k];
          if ((n.type === 'PERSON' || (n.type === 'PLACE' && bodies > places)) && !n.text.includes(' ') && !isPersonalName(n.text) && !isKnownPlace(n.text)) names[k] = retyped(n, 'ORGANIZATION');
        }
      }
    }
    i = j + 1;
  }
  return names;
}

/**
 * "according to Russia Today", "told USA Today": a place's or a body's name, then a capitalised "Today", is a
 * paper's or a channel's name, an organisation (the date "Today" is left out in entities.ts).
 */
export function mediaNamedToday(text: string, names: NameMention[]): NameMention[] {
  const at = new Set<number>();
  for (let k = text.indexOf(' Today'); k >= 0; k = text.indexOf(' Today', k + 6)) at.add(k);
  if (!at.size) return names;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (!at.has(n.end) || (n.type !== 'PLACE' && n.type !== 'ORGANIZATION') || /^\p{L}/u.test(text.charAt(n.end + 6))) continue;
    names[i] = { start: n.start, end: n.end + 6, type: 'ORGANIZATION', text: text.slice(n.start, n.end + 6) };
  }
  return names;
}

// A heading line that names a body in capitals: "BUREAU OF POLITICAL-MILITARY AFFAIRS", "UNITED STATES DEPARTMENT OF STATE".
// A word in capitals that is not one of the joining words: each word of a heading has one reading only, or a
// long line of "OF" and "THE" would take the regex exponential time to give up on.
const CAPS_WORD = "(?!(?:OF|FOR|AND|ON|THE)\\b)[A-Z][A-Z.'’&-]*";
const CAPS_HEADING_BODY = new RegExp(
  `(?:^|\\n)[ \\t]*((?:${CAPS_WORD} )*?(?:${BODY_WORD.toUpperCase()}) (?:OF|FOR) (?:THE )?${CAPS_WORD}(?: (?:(?:OF|FOR|AND|ON) (?:THE )?)?${CAPS_WORD})*)[ \\t]*(?=\\n|$)`,
  'g',
);

/**
 * A line that is a body's name in capitals, a letterhead's or a heading's, is that body whole: the tagger reads
 * its words apart ("UNITED STATES" a place, "BUREAU" alone).
 */
export function bodiesHeadingLines(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // No "OF" nor "FOR" in capitals among the tokens (cues.ts), else one look at the whole text.
  if (!(cues & CUE.CAPS_OF) || !/ OF | FOR /.test(text)) return names;
  const found: NameMention[] = [];
  for (const m of text.matchAll(CAPS_HEADING_BODY)) {
    const start = m.index + m[0].indexOf(m[1]);
    found.push({ start, end: start + m[1].length, type: 'ORGANIZATION', text: m[1] });
  }
  return withNamesInPlace(names, found);
}

// "the state-run Anatolian news agency", "private Ihlas news agency", "Norway's Aftenbladet newspaper".
// Found by the words first, then the capitalised words before them read back: a pattern opening at every capital was slow.
const AGENCY_WORDS = / (news agency|newspaper|daily|weekly|tabloid|magazine)\b/g;
const RUN_BEFORE = /(?<![\p{L}\d'’-])\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*$/u;
// "Norway's": a possessive before the paper's name, the paper's country or owner.
const OWNER_BEFORE = /^.*['’]s /;

/**
 * Capitalised words right before "news agency" name the agency (an organisation in CoNLL-2003's training
 * labels 31 times of 41; the others are peoples' adjectives, "the Iranian news agency", left as they are),
 * and so do those before "newspaper", "daily", "weekly", "tabloid" or "magazine" that the tagger left
 * unread ("Norway's Aftenbladet newspaper"), unless they are a people's, a place's or a language's
 * ("the Sarajevo daily", "the English-language daily") or a day's.
 */
export function newsAgencies(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // No paper's word and no "news agency" among the tokens (cues.ts): nothing for the pattern to find.
  if (!(cues & CUE.AGENCY_PAPER) && !(cues & CUE.NEWS && cues & CUE.AGENCY)) return names;
  const added: NameMention[] = [];
  for (const w of text.matchAll(AGENCY_WORDS)) {
    const before = text.slice(Math.max(0, w.index - 80), w.index);
    const run = RUN_BEFORE.exec(before);
    if (!run) continue;
    const owner = OWNER_BEFORE.exec(run[0]);
    const name = owner ? run[0].slice(owner[0].length) : run[0];
    const start = w.index - before.length + run.index + (owner ? owner[0].length : 0);
    const end = start + name.length;
    const words = name.split(' ');
    if (!name || isDemonym(name) || isKnownPlace(name) || words.some((w) => isFunctionWord(w) || /['’]s?$|-\p{Ll}/u.test(w) || isDemonym(w) || CALENDAR_WORD.test(w))) continue;
    // "a Jewish newspaper", "the Bengali newspaper Banglabazar Patrika": a description of a paper, not its name.
    const paper = w[1] !== 'news agency';
    const after = w.index + w[0].length;
    if (paper && (/\ban? $/.test(text.slice(Math.max(0, start - 3), start)) || /^ \p{Lu}/u.test(text.slice(after, after + 2)))) continue;
    if (paper && names.every((n) => n.end <= start || end <= n.start) && /^\p{Lu}\p{Ll}/u.test(name) && loadLexicon().lower.has(name.toLowerCase())) continue;
    const over = names.filter((n) => n.start < end && start < n.end);
    if (over.some((n) => n.type === 'ORGANIZATION' || n.type === 'PERSON' || n.start < start || n.end > end)) continue;
    for (const n of over) n.type = 'ORGANIZATION';
    if (!over.length) added.push({ start, end, type: 'ORGANIZATION', text: name });
  }
  return withNamesInPlace(names, added);
}

/** A name in capitals after "MINISTRY OF" is the ministry's: the tagger reads the heading's last word alone. */
export function bodiesInCapitals(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // CAPS_BODY_BEFORE's "OF" or "FOR" stands between spaces, a whole token: none among the tokens, nothing to find (cues.ts).
  if (!(cues & CUE.CAPS_OF)) return names;
  // In place, by index: a new array from map() changes kind as the code warms up (see titleBefore.ts).
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // "… OF " or "… FOR " (and "THE ") right before: tested by hand before the regex.
    const before = text.slice(Math.max(0, n.start - 8), n.start);
    if (n.type === 'PERSON' || n.type === 'DATE' || !(before.includes('OF ') || before.includes('FOR ')) || /\p{Ll}/u.test(n.text)) continue;
    const m = CAPS_BODY_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
    if (!m) continue;
    const start = n.start - (m[0].length - m[0].indexOf(m[1]));
    names[i] = { start, end: n.end, type: 'ORGANIZATION', text: text.slice(start, n.end) };
  }
  return names;
}

const TITLE_POSSESSOR = /(?:^|[^\p{L}])((?:\p{Lu}\p{Ll}+ )*\p{Lu}\p{Ll}+['’]s )$/u;

/**
 * "The Prime Minister's Office", "the Governor's Office": the tagger reads the body's word alone. A
 * body's word after a title's possessive is the body with the title; not after a person's ("Obama's").
 */
function officeOfATitle(text: string, n: NameMention): NameMention | null {
  if (n.type !== 'ORGANIZATION' || n.text.includes(' ') || !BODY_OF_WORD.test(n.text)) return null;
  // "'s " right before: the apostrophe three back.
  if (!isApostrophe(text.charCodeAt(n.start - 3)) || text.charCodeAt(n.start - 2) !== 115) return null;
  const m = TITLE_POSSESSOR.exec(text.slice(Math.max(0, n.start - 40), n.start));
  const title = m?.[1].replace(/^(?:The|A|An) /, '');
  if (title === undefined || !title.slice(0, -3).split(' ').every((w) => isTitleWord(w) || isPostHead(w) || isPostModifier(w))) return null;
  const start = n.start - title.length;
  return { start, end: n.end, type: 'ORGANIZATION', text: text.slice(start, n.end) };
}

/** "Ministry of" + "Foreign Affairs": a body's name the tagger ended on "of" runs on over the capitalised words after it. */
export function unfinishedOrganisations(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const m = n.type === 'ORGANIZATION' && / (?:of|for|of the)$/.test(n.text) ? /^\s+(\p{Lu}[\p{L}&'’.-]*(?:\s+\p{Lu}[\p{L}&'’.-]*)*)/u.exec(text.slice(n.end, n.end + 80)) : null;
    if (!m) {
      out.push(n);
      continue;
    }
    const end = n.end + m[0].length;
    while (names[i + 1] && names[i + 1].start < end) i++;
    out.push({ start: n.start, end, type: 'ORGANIZATION', text: text.slice(n.start, end) });
  }
  return out;
}

// A body's word, "of" or "for" (and "the"), then capitalised words, with "of", "for" (and "the") or "and"
// between them; a word's own apostrophe ("O'Neill") but not a possessive's ("Ohio's May index").
const CAP_WORD = "\\p{Lu}[\\p{L}&-]*(?:['’]\\p{L}{2,}[\\p{L}-]*)?";
// "on" as bodies use it ("Council on Foreign Relations", "Commission on Human Rights"), not a day's ("the Council on Monday").
const ON_A_FIELD = 'on(?! (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\\b)';
const BODY_OF_THE = new RegExp(`\\b(?:${BODY_WORD}|School|College|Centre|Center|Foundation|Fund) (?:of|for|${ON_A_FIELD}) (?:the )?${CAP_WORD}(?: (?:(?:of|for) (?:the )?|and )?${CAP_WORD})*`, 'gu');
const BODY_OF_THE_AT = new RegExp(BODY_OF_THE.source, 'uy');
// The last word of a law's or a treaty's name ("College for All Act"), not of a body's ("Office … for Policy").
const LAW_WORD = /^(?:Act|Agreement|Treaty|Accord|Pact|Law|Convention|Charter|Protocol|Declaration|Doctrine)$/;

/** "Department of Defense Chief of Staff": the length of the body's name, up to a post named after its field. */
function beforeAPost(phrase: string): number {
  const words = phrase.split(' ');
  let length = words[0].length;
  let named = length;
  let field = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    length += 1 + w.length;
    if (!/^\p{Lu}/u.test(w)) continue;
    const post = isPostHead(w) || isTitleWord(w) || w === 'Under';
    if (field && post) break;
    if (!post) field = true;
    named = length;
  }
  return named;
}

/**
 * "Institute for the Study of War", "Office of the Director of National Intelligence", "Foundation for Middle East
 * Peace": a body's word, "of" or "for" (and "the"), then capitalised words, is one organisation's
 * name. The tagger, taught on Reuters, where such names are short, reads the body alone, or the words after it
 * as a name of their own ("Study of War"). In CoNLL-2003's training labels such a phrase is one organisation.
 * Only where the tagger read the body's word alone or not at all: a name of its that starts before the word or
 * runs on past it stands ("University of Pennsylvania Medical Centre"; CoNLL-2003 splits "U.S. Court of Appeals"
 * from "for the Ninth Circuit"). Not where a person is named inside it; an "and" before a name the tagger read by
 * itself ends it ("the Office of the Mayor and Reuters"). A law or a treaty named for a body ("College for All Act") stays a term.
 */
export function bodiesOfThe(text: string, names: NameMention[], sentences?: readonly Token[][], cues = ALL_CUES): NameMention[] {
  const tokens = sentences && cues !== ALL_CUES;
  if (tokens && !(cues & CUE.BODY_LAST)) return names;
  const found: NameMention[] = [];
  // "the Study of War and the Office": a name the tagger ran over "and the" into the next body's is two
  // names' pieces; it gives way to the bodies found here rather than keep them from being found.
  const whole = names.filter((n) => !n.text.includes(' and the '));
  // Tried only where a token's last run is a body's word with a space after it (cues.ts): where each match has to start.
  const atBodyWords = (t: Token) => (text.charCodeAt(t.end) === 32 ? [lastRunAt(t)] : []);
  for (const m of tokens ? matchesAtTokens(text, sentences, CUE.BODY_LAST, BODY_OF_THE_AT, atBodyWords) : text.matchAll(BODY_OF_THE)) {
    let start = m.index;
    let end = start + m[0].length;
    for (let and = m[0].indexOf(' and '); and >= 0; and = m[0].indexOf(' and ', and + 1)) {
      if (whole.some((n) => n.start === start + and + 5)) {
        end = start + and;
        break;
      }
    }
    end = start + beforeAPost(text.slice(start, end));
    if (LAW_WORD.test(lastWord(text.slice(start, end)))) continue;
    const inside = whole.filter((n) => n.start < end && start < n.end);
    const bodyEnd = text.indexOf(' ', start);
    if (inside.some((n) => n.type === 'PERSON' || n.start < start || n.end > end || (n.start === start && n.end > bodyEnd))) continue;
    // "Hollywood Chamber of Commerce", "Marion County Board of Education": a place's name right before is the body's.
    const before = whole.find((n) => n.end === start - 1 && n.type !== 'PERSON' && n.type !== 'DATE');
    if (before && text[start - 1] === ' ') start = before.start;
    found.push({ start, end, type: 'ORGANIZATION', text: text.slice(start, end) });
  }
  return withNamesInPlace(names, found);
}

/**
 * "The Prime Minister's Office": the tagger reads "'s Office" as the name and leaves the title out.
 * A name that opens with a possessive's "'s" takes in the capitalised words right before it.
 */
export function possessiveOrganisations(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const n of names) {
    const m = /^['’]s\s+/u.exec(n.text);
    if (!m) {
      out.push(officeOfATitle(text, n) ?? n);
      continue;
    }
    const run = /(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*$/u.exec(text.slice(Math.max(0, n.start - 60), n.start));
    if (!run) {
      // Nothing to take in: the words after the "'s" are the name.
      const start = n.start + m[0].length;
      if (start < n.end) out.push({ start, end: n.end, type: n.type, text: text.slice(start, n.end) });
      continue;
    }
    const taken = run[0].replace(/^(?:The|A|An)\s+/u, '');
    const start = n.start - taken.length;
    while (out.length && out[out.length - 1].end > start) out.pop();
    out.push({ start, end: n.end, type: 'ORGANIZATION', text: text.slice(start, n.end) });
  }
  return out;
}

// After an organisation's "'s", what a possessive never ends with: a mark, a conjunction, a preposition or a verb.
const NAME_ENDS_IN_S = /^['’]s(?=\s*[.,;:!?"”]|\s+(?:and|or|to|of|in|is|was|has|had|said|says|will|would)\b)/u;
const POSSESSIVE = /^['’]s\b/u;

/**
 * "Boatmen's was the plum", "Moody's said", "at Lloyd's.": after an organisation, an "'s" that no noun
 * follows is no possessive but the end of its name ("Moody's", "Boatmen's"), in CoNLL-2003's training
 * labels every time (8 of 8). The name then keeps it wherever the article writes it, and takes in
 * an organisation's name right after it ("Boatmen's Bancshares Inc.").
 */
export function namesEndingInS(text: string, names: NameMention[]): NameMention[] {
  const owners = new Set<string>();
  for (const n of names) {
    // An apostrophe first, cheaply: most names are not followed by one.
    if (isApostrophe(codeAt(text, n.end)) && n.type === 'ORGANIZATION' && NAME_ENDS_IN_S.test(text.slice(n.end, n.end + 16)) && !isKnownPlace(n.text)) owners.add(n.text);
  }
  if (!owners.size) return names;
  const out: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const s = owners.has(n.text) ? POSSESSIVE.exec(text.slice(n.end, n.end + 3)) : null;
    if (!s) {
      out.push(n);
      continue;
    }
    let end = n.end + s[0].length;
    const next = names[i + 1];
    if (next?.type === 'ORGANIZATION' && /^\s+$/.test(text.slice(end, next.start)) && next.start - end === 1) {
      end = next.end;
      i++;
    }
    out.push({ start: n.start, end, type: 'ORGANIZATION', text: text.slice(n.start, end) });
  }
  return out;
}

/**
 * "Organisation for Economic Co-operation" + "and Development", "Ministry of Trade" + "and Industry":
 * one common word, capitalised, after "and" ends a body's "of" or "for" name the tagger stopped short of.
 */
export function organisationsEndingInAnd(text: string, names: NameMention[]): NameMention[] {
  const common = loadLexicon().lower;
  const out: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const m = n.type === 'ORGANIZATION' && text.startsWith(' and ', n.end) && / (?:of|for) /.test(n.text) ? /^ and (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu})/u.exec(text.slice(n.end, n.end + 40)) : null;
    const end = m ? n.end + m[0].length : 0;
    // The word may be a name of its own already ("Development" as a term), not a person's.
    const next = names[i + 1];
    if (!m || !common.has(m[1].toLowerCase()) || isKnownName(m[1]) || (next && next.start < end && (next.type === 'PERSON' || next.end > end))) {
      out.push(n);
      continue;
    }
    if (next && next.start < end) i++;
    out.push({ start: n.start, end, type: n.type, text: text.slice(n.start, end) });
  }
  return out;
}

// A body's last word that "of" or "for" (and "the") joins to the rest of its name, whatever the tagger made of the rest.
const JOINS_ITS_FIELD =
  /^(?:Institute|Centre|Center|School|College|University|Academy|Council|Society|Association|Federation|Confederation|Foundation|Commission|Committee|Ministry|Department|Office|Board|Bureau|Organisation|Organization|Agency|Authority|Fund|Forces|Front|Movement|Alliance|Army|Corps|Regiment|Fleet|Bank|Union|Party|Court|League|Community|Conference|Chamber)$/;

// A name ending in a people or a class, whose "'s" or "'" opens a body's name ("People's Party", "Workers' Party").
const PEOPLES = /(?:^|\s)(?:People|Peoples|Workers|Farmers|Women)$/;

// "the Test and ": "the" or a sentence's start, a capitalised word, "and", right before an organisation's name.
const PRONOUN = /^(?:I|He|She|It|We|You|They|His|Her|Its|Our|Your|Their|My)$/;
const THE_WORD_AND = /(?:\b[Tt]he |^|[.!?]\s+|\n)(\p{Lu}\p{Ll}+) and $/u;

/**
 * "Institute of Peace" + "and" + "Security Studies" is one organisation, as is "Institute" + "of" + "Peace";
 * so is "the Test and" + "County Cricket Board" where the first word is no name by itself ("the
 * Securities and Exchange Commission", not "the Braves and Cubs").
 */
export function joinSplitOrganisations(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    if (n.type === 'ORGANIZATION' && text.startsWith(' and ', n.start - 5) && isOrgHead(lastWord(n.text))) {
      const from = Math.max(0, n.start - 40);
      const m = THE_WORD_AND.exec(text.slice(from, n.start));
      const start = m ? n.start - m[1].length - 5 : -1;
      // The word may have been read as a place or a person ("Food" in "the Food and Agriculture Organization"); a body
      // of its own stays one ("the House and Senate").
      const wordRead = m !== null && prev !== undefined && prev.type !== 'ORGANIZATION' && prev.start === start && prev.end === start + m[1].length;
      if (m && (from === 0 || m.index > 0 || m[0] !== `${m[1]} and `) && (!prev || prev.end <= start || wordRead) && !isKnownName(m[1]) && !isFunctionWord(m[1]) && !PRONOUN.test(m[1])) {
        if (wordRead) out.pop();
        out.push({ start, end: n.end, type: 'ORGANIZATION', text: text.slice(start, n.end) });
        continue;
      }
    }
    // "European People" + "'s " + "Party", "Chinese People" + "'s " + "Liberation Army": a people's or workers' body is
    // one name (in CoNLL-2003's training and dev labels 5 times of 5), whatever the tagger made of the part before the "'s";
    // so is a people's republic, a place ("Ostrevan People" + "'s " + "Republic of Vel").
    const republic = n.type !== 'DATE' && n.text.startsWith('Republic');
    if ((n.type === 'ORGANIZATION' || republic) && prev && prev.type !== 'DATE' && PEOPLES.test(prev.text) && /^(?:'s|’s|'|’) $/.test(text.slice(prev.end, n.start))) {
      out[out.length - 1] = { start: prev.start, end: n.end, type: republic ? 'PLACE' : 'ORGANIZATION', text: text.slice(prev.start, n.end) };
      continue;
    }
    if (prev?.type === 'ORGANIZATION' && n.type !== 'PERSON') {
      const gap = text.slice(prev.end, n.start);
      // After a body's word and "of"/"for", whatever the tagger made of the rest ("Organisation for" + the term "Economic Co-operation").
      const joins =
        // Not two names whole: "the International Committee of the Red Cross and Médecins Sans Frontières", "Life Insurance Co
        // of Georgia and Southland Life Insurance Co" (a company's legal form ends its name).
        (/^ (?:and|&) $/.test(gap) && n.type !== 'TERM' && / (?:of|for) /.test(prev.text) && !/ of the /.test(prev.text) && n.text.split(' ').length >= 2 && !LEGAL_FORM_LAST.has(lastWord(n.text))) ||
        (/^ (?:of|for)(?: the)? $/.test(gap) && JOINS_ITS_FIELD.test(lastWord(prev.text)));
      if (joins) {
        out[out.length - 1] = { start: prev.start, end: n.end, type: 'ORGANIZATION', text: text.slice(prev.start, n.end) };
        continue;
      }
    }
    out.push(n);
  }
  return out;
}

/**
 * "Tokyo Electric", "Osaka Gas", "China Steel": a place the tagger found, followed by capitalised words
 * the last of which is a company's word (Electric, Power, Motors, Bank…), names a company, not a place;
 * "US Energy Secretary" and "Japan Air Self-Defense Force" go on past the word, so stay as they are. A
 * place the tagger read whole with the word stays a place: "West Bank" is one, and the lists cannot tell.
 */
export function companiesNamedForPlaces(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type === 'PLACE') {
      const m = /^((?: \p{Lu}[\p{L}&-]*)+)/u.exec(text.slice(n.end, n.end + 60));
      if (m) {
        const after = m[1].split(' ').slice(1);
        // The whole run of capitalised words, ending in a company word; no person named inside it.
        if (isCompanyWord(after[after.length - 1])) {
          const end = n.end + m[1].length;
          const next = names[i + 1];
          const free = !next || next.start >= end || (next.type !== 'PERSON' && next.end <= end);
          if (free && !isKnownPlace(text.slice(n.start, end))) {
            out.push({ start: n.start, end, type: 'ORGANIZATION', text: text.slice(n.start, end) });
            while (names[i + 1] && names[i + 1].start < end) i++;
            continue;
          }
        }
      }
    }
    out.push(n);
  }
  return out;
}

// A numbered unit: an ordinal, then capitalised words one of which names a kind of unit.
const UNIT_WORD = 'Division|Brigade|Battalion|Regiment|Corps|Fleet|Army|Marines|Squadron|Wing|Infantry|Cavalry|Armou?red|Airborne|Artillery|Flotilla|Platoon|Guards|Rifles|Commando|Force';
const NUMBERED_UNIT = new RegExp(`\\b\\d+(?:st|nd|rd|th) (?:\\p{Lu}[\\p{L}-]* )*?(?:${UNIT_WORD})\\b(?: \\p{Lu}[\\p{L}-]*)*`, 'gu');

/**
 * "the 82nd Airborne Division", "1st Battalion, 5th Marines": a numbered military unit is one organisation
 * with its number (GMB's training labels: "101st Airborne", "3rd Battalion", "25th Marines"), where the
 * tagger leaves the number off or reads the rest as a term. Names inside it give way; one reaching past it is left alone.
 */
export function numberedUnits(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  if (!(cues & CUE.ORDINAL) || !/\d(?:st|nd|rd|th) [A-Z]/.test(text)) return names;
  const units: NameMention[] = [];
  for (const m of text.matchAll(NUMBERED_UNIT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (names.some((n) => n.start < end && start < n.end && (n.start < start || n.end > end))) continue;
    units.push({ start, end, type: 'ORGANIZATION', text: m[0] });
  }
  if (!units.length) return names;
  const kept = names.filter((n) => !units.some((u) => u.start <= n.start && n.end <= u.end));
  return [...kept, ...units].sort((a, b) => a.start - b.start);
}

/** "Senate Minority Leader Harry Reid": "Majority" or "Minority" before "Leader" or "Whip" is the title's, not the chamber's. */
export function leadersOfChambers(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const m = / (?:Majority|Minority)$/.exec(n.text);
    if (!m || n.type !== 'ORGANIZATION' || !/^ (?:Leader|leader|Whip|whip)\b/.test(text.slice(n.end, n.end + 8))) continue;
    names[i] = { start: n.start, end: n.end - m[0].length, type: n.type, text: n.text.slice(0, m.index) };
  }
  return names;
}

/**
 * "Ostrevo Holdings and Dana Whitcomb", "Tarrow Union and the Quell Review": two names the article gives
 * apart elsewhere, read as one organisation across their "and", are the two, each as the article reads it.
 */
export function namesJoinedAcrossAnd(names: NameMention[]): NameMention[] {
  if (!names.some((n) => n.type === 'ORGANIZATION' && n.text.includes(' and '))) return names;
  const byText = new Map<string, NameMention>();
  for (const m of names) if (m.type !== 'DATE' && !byText.has(m.text)) byText.set(m.text, m);
  const out: NameMention[] = [];
  for (const n of names) {
    const and = n.type === 'ORGANIZATION' ? n.text.indexOf(' and ') : -1;
    const a = and > 0 ? byText.get(n.text.slice(0, and)) : undefined;
    const b = a ? byText.get(n.text.slice(and + 5)) : undefined;
    if (!a || !b) {
      out.push(n);
      continue;
    }
    out.push({ start: n.start, end: n.start + and, type: a.type, text: a.text });
    out.push({ start: n.start + and + 5, end: n.end, type: b.type, text: b.text });
  }
  return out;
}

// "in Harlow", "from Pemberton": the place itself.
const PLACE_WORD_BEFORE = /\b(?:from|[Ii]n|near|at|outside|across|into|towards?)\s+$/;

/**
 * "Barrick Gold Corp said … Barrick said …": a one-word name that opens the name of a company the article gives
 * with its legal form ("Corp", "Ltd", "AG", "S.A."; in CoNLL-2003's and GMB's training labels every name ending in one is an
 * organisation) is that company's short name, where the tagger read it as a person or
 * as a place no list knows. Not the family name of a person the article names in full, nor a name after a word of place.
 */
export function companiesNamedShort(text: string, names: NameMention[]): NameMention[] {
  let short: Set<string> | undefined;
  for (const n of names) {
    // Whatever the tagger typed it: a name ending in a legal form is a company's ("Cofinec S.A." read as a person).
    if (n.type === 'DATE') continue;
    const space = n.text.indexOf(' ');
    if (space < 3 || !LEGAL_FORM_LAST.has(n.text.slice(n.text.lastIndexOf(' ') + 1))) continue;
    const first = n.text.slice(0, space);
    if (!/^\p{Lu}[\p{L}'’-]+$/u.test(first) || isFunctionWord(first) || isDemonym(first)) continue;
    short ??= new Set();
    short.add(first);
  }
  if (!short) return names;
  const people = familyNamesInFull(names);
  return retypeOtherReadings(
    names,
    short,
    'ORGANIZATION',
    (n) => (n.type === 'PERSON' || (n.type === 'PLACE' && !isKnownPlace(n.text))) && !people.has(n.text) && !PLACE_WORD_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)),
  );
}

// Capitalised words, then a company's legal form: "Advanced Medical Inc.", "Quellsoft Ltd". Words joined by one space.
// No word but the form ends in a full stop: "IVAC. Advanced Medical Inc." is two sentences.
const WITH_LEGAL_FORM = /(?<![\p{L}\d'’.&-])((?:\p{Lu}(?:[\p{L}\d'’&.-]*[\p{L}\d'’&-])? ){1,4})(?:Inc\.?|Corp\.?|Ltd\.?|Plc|PLC|LLC|AG|S\.A\.|N\.V\.)(?![\p{L}\d])/gu;

/**
 * "Advanced Medical Inc. said … Advanced Medical reported …": capitalised words before a company's legal form that the
 * tagger left unread are the company (two words or more, after any article or calendar word that opens them), and its
 * name without the legal form, wherever the article writes it alone and the tagger left it unread, is the company too.
 */
export function companiesByLegalForm(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  if (!(cues & CUE.LEGAL_FORM) || !/\b(?:Inc|Corp|Ltd|Plc|PLC|LLC|AG|S\.A|N\.V)\b/.test(text)) return names;
  const added: NameMention[] = [];
  // Free where no name is read, or only key terms or places no list knows inside the span ("Advanced Medical" read as a term).
  const free = (start: number, end: number) =>
    !added.some((n) => n.start < end && start < n.end) &&
    names.every((n) => n.end <= start || end <= n.start || (n.start >= start && n.end <= end && (n.type === 'TERM' || (n.type === 'PLACE' && !isKnownPlace(n.text)))));
  const bases = new Set<string>();
  for (const m of text.matchAll(WITH_LEGAL_FORM)) {
    const words = m[1].trimEnd().split(' ');
    let k = 0;
    while (k < words.length && (isFunctionWord(words[k]) || CALENDAR_WORD.test(words[k]))) k++;
    const base = words.slice(k).join(' ');
    if (!base.includes(' ') || /['’]s$/.test(words[words.length - 1])) continue;
    const start = m.index + m[1].indexOf(base, words.slice(0, k).join(' ').length);
    const end = m.index + m[0].length;
    // "Miss Universe Inc.": a company named for a title; the title alone elsewhere is the title ("won the Miss Universe title").
    if (!isTitleWord(words[k])) bases.add(base);
    if (free(start, end)) added.push({ start, end, type: 'ORGANIZATION', text: text.slice(start, end) });
  }
  for (const base of bases) {
    for (let at = text.indexOf(base); at >= 0; at = text.indexOf(base, at + base.length)) {
      const end = at + base.length;
      // Whole words, and not the opening of a longer capitalised name ("Advanced Medical Systems").
      if (/[\p{L}\d]/u.test(text[at - 1] ?? '') || /^(?:[\p{L}\d]| \p{Lu})/u.test(text.slice(end, end + 2)) || !free(at, end)) continue;
      added.push({ start: at, end, type: 'ORGANIZATION', text: base });
    }
  }
  return withNamesInPlace(names, added);
}

// An acronym in capitals right before what a body does or has, or its people: "ACC had secured", "GPG said", "T&N's
// chairman", "SPLA guerrillas" (after such an acronym, and none of its own, each word is an organisation's in
// CoNLL-2003's training labels at least 9 times of 10).
// ASCII capitals, without the Unicode flag: this runs over every article, and the Unicode pattern cost three times as much.
const ACRONYM_ACTS = /(?<![A-Za-z\u00C0-\u024F\d&.'’-])([A-Z][A-Z&]{1,5})(?=(?:['’]s)? (?:said|says|has|had|will|would|plans|planned|reported|quoted|shares|chairman|president|spokesman|spokeswoman|officials|official|leader|guerrillas|fighters|troops|forces|officers|television|membership|ranking|rankings)\b)/g;
// Capitals for things and measures, not bodies: "the CEO said", "GDP has grown".
const NO_BODY_ACRONYM = new Set(['CEO', 'CFO', 'COO', 'GDP', 'GNP', 'CPI', 'PPI', 'GMT', 'EST', 'EDT', 'AIDS', 'HIV', 'TV', 'PM', 'AM', 'OK', 'IPO', 'PC', 'MP', 'MPS', 'DNA', 'ERA', 'RBI', 'NAV', 'EPS', 'VP']);

/**
 * "Palkhivala said ACC had secured approval", "GPG said": an acronym in capitals that the tagger left unread inside a sentence
 * in mixed case, right before what a body does or has, is a body (in CoNLL-2003's training documents, each read by a model
 * and lists that had not seen it, 9 times of 12; the others "CEO", "GDP", "NYMEX"), and so is the same acronym elsewhere
 * in the article where it is left unread. Not a place the lists know.
 */
export function acronymsActing(text: string, names: NameMention[], sentences?: readonly Token[][], cues = ALL_CUES): NameMention[] {
  const unread = (start: number, end: number) => names.every((n) => n.end <= start || end <= n.start);
  const bodies = new Set<string>();
  for (const m of sentences && cues !== ALL_CUES ? matchesAtTokens(text, sentences, CUE.ACRONYM_END, ACRONYM_ACTS_AT, capitalsNearTheEnd(text)) : text.matchAll(ACRONYM_ACTS)) {
    const acronym = m[1];
    if (NO_BODY_ACRONYM.has(acronym) || isKnownPlace(acronym) || !unread(m.index, m.index + acronym.length) || !inMixedCase(text, m.index)) continue;
    // The last word of a longer name in capitals ("a USA TODAY investigation found"), not a body by itself.
    const before = /(\p{Lu}[\p{L}&.'’-]*) $/u.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (before && !isFunctionWord(before[1])) continue;
    bodies.add(acronym);
  }
  if (!bodies.size) return names;
  const added: NameMention[] = [];
  for (const acronym of bodies)
    for (let at = text.indexOf(acronym); at >= 0; at = text.indexOf(acronym, at + acronym.length)) {
      const end = at + acronym.length;
      if (/[\p{L}\d&.-]/u.test(text[at - 1] ?? '') || /^[\p{L}\d&-]|^\.[\p{L}\d]/u.test(text.slice(end, end + 2)) || !unread(at, end) || !inMixedCase(text, at)) continue;
      added.push({ start: at, end, type: 'ORGANIZATION', text: acronym });
    }
  return withNamesInPlace(names, added);
}

const ACRONYM_ACTS_AT = new RegExp(ACRONYM_ACTS.source, 'y');

/**
 * Where in a token that ends in a capital (and any "&"s; cues.ts) an ACRONYM_ACTS match may start: a capital in its last
 * six characters. A match is followed by a space or an "'s", which the tokenizer keeps apart, so its last capital or "&"
 * ends a token, and where a lone "&" ends it, the token before ends in its capital.
 */
const capitalsNearTheEnd = (text: string) => (t: Token) => {
  const out: number[] = [];
  for (let at = Math.max(t.start, t.end - 6); at < t.end; at++) {
    const c = text.charCodeAt(at);
    if (c >= 65 && c <= 90) out.push(at);
  }
  return out;
};

/** Whether the line holding `at` has lower-case words (a sentence, not a heading or a table in capitals). */
function inMixedCase(text: string, at: number): boolean {
  return /\p{Ll}{3}/u.test(lineAt(text, at));
}

// Such a word where a token's cues (cues.ts) put one, its word boundaries checked as the whole text's pattern would.
const KIND_WORD_AT = new RegExp(`\\b(?:${KIND_OF_COMPANY})\\b`, 'y');
// Every such word in one pass, where the tokens are not at hand.
const KIND_WORDS = new RegExp(`\\b(?:${KIND_OF_COMPANY})\\b`, 'g');
// A capitalised run at a given place, where the tagger read nothing: "group Koninklijke Boskalis Westminster".
const RUN_AT = /\p{Lu}[\p{L}\d&'’-]*(?: \p{Lu}[\p{L}\d&'’-]*){0,3}/uy;

/**
 * "private bank Bamerindus", "state bank Banespa", "the Aerostan firm": a name right after a word for a kind of company, or
 * right before one, is the company, where the tagger read it as a person with no first name the lists know, a place no
 * list knows, a key term, or nothing at all (after the word only); and so are its other such readings in the article. In
 * CoNLL-2003's training and dev labels a name right after such a word is an organisation 90 times of 98 (the rest people
 * with first names, "broker Shakil", and a ship). A known place, a people's name or a day is left as it is ("Swiss bank").
 */
export function companiesByTheirKind(text: string, names: NameMention[], sentences?: readonly Token[][], cues = ALL_CUES): NameMention[] {
  // Where a name right after such a word would start, and where one right before it would end.
  const afterKind = new Set<number>();
  const beforeKind = new Set<number>();
  const kindWord = (m: RegExpExecArray) => {
    const after = m.index + m[0].length;
    if (text.charCodeAt(after) === 32) afterKind.add(after + 1);
    if (text.charCodeAt(m.index - 1) === 32) beforeKind.add(m.index - 1);
  };
  // A word with a space after it ends its token, one with a space before it opens its token: the tokens whose last or
  // first run of letters is such a word (cues.ts) are the only places to look.
  const kindRuns = (t: Token) => {
    const out: number[] = [];
    if (t.cues & CUE.KIND_FIRST && text.charCodeAt(t.start - 1) === 32) out.push(t.start);
    if (t.cues & CUE.KIND_LAST && text.charCodeAt(t.end) === 32) out.push(lastRunAt(t));
    return out;
  };
  const found = !sentences || cues === ALL_CUES ? text.matchAll(KIND_WORDS) : matchesAtTokens(text, sentences, CUE.KIND_FIRST | CUE.KIND_LAST, KIND_WORD_AT, kindRuns);
  for (const m of found) kindWord(m);
  if (!afterKind.size && !beforeKind.size) return names;
  let companies: Set<string> | undefined;
  // A name read as a person that opens with no first name the lists know ("bank Bancomext", "brewing company Kestrel Lager";
  // "a group Barack Obama won" is a person's name in a clause), or a place no list knows.
  const may = (n: NameMention) =>
    ((n.type === 'PERSON' && !isFirstName(n.text.split(' ', 1)[0])) || (n.type === 'PLACE' && !isKnownPlace(n.text))) &&
    /\p{L}[^ ]*\p{L}/u.test(n.text) &&
    !isDemonym(n.text) &&
    !CALENDAR_WORD.test(n.text) &&
    !/-\p{Ll}/u.test(n.text);
  for (const n of names) {
    // Read as a body there already ("state bank Bamerindus"): its other readings as a person or an unknown place are the body too.
    if (n.type === 'ORGANIZATION') {
      if ((afterKind.has(n.start) || beforeKind.has(n.end)) && !n.text.includes(' ')) {
        companies ??= new Set();
        companies.add(n.text);
      }
      continue;
    }
    if (n.type === 'DATE') continue;
    const before = afterKind.has(n.start);
    // A key term right after the word too ("group Ansar al-Sharia"); before it, a term is what the group is of ("World Cup group").
    if (!(before ? n.type === 'TERM' || may(n) : beforeKind.has(n.end) && may(n))) continue;
    n.type = 'ORGANIZATION';
    companies ??= new Set();
    companies.add(n.text);
  }
  const added: NameMention[] = [];
  for (const start of afterKind) {
    RUN_AT.lastIndex = start;
    const run = RUN_AT.exec(text)?.[0];
    if (!run) continue;
    const end = start + run.length;
    const first = run.split(' ')[0];
    if (names.some((n) => n.start < end && start < n.end) || !/^\p{L}+(?:[&'’-]\p{L}+)*$/u.test(first) || first.length < 2 || /-\p{Ll}/u.test(run) || isFunctionWord(first) || isDemonym(first) || CALENDAR_WORD.test(first) || isKnownPlace(run) || isFirstName(first)) continue;
    // A word the lexicon holds in lower case, alone, is a sentence going on ("the group Said"), not a name.
    if (!run.includes(' ') && loadLexicon().lower.has(run.toLowerCase())) continue;
    added.push({ start, end, type: 'ORGANIZATION', text: run });
  }
  retypeOtherReadings(names, companies, 'ORGANIZATION', may);
  return withNamesInPlace(names, added);
}

// A letter or a figure: a name found again must stand alone, not inside a longer word.
const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;
// A hyphen or a slash joins a name into a compound ("the Israel-PLO deal", "KSE-100"), a figure before it makes it a
// unit ("220 KV").
const JOINED_OR_UNIT = /[-/–\p{N}]/u;

/**
 * "GPG director Garry Weiss … GPG earlier said": an organisation's name the article reads as one somewhere, and nowhere
 * as anything else, is the organisation where it stands again and the tagger read nothing there. Only where it stands
 * alone: not in a compound or after a figure ("Israel-PLO", "220 KV"), not beside another capitalised word (it may
 * begin or end a longer name there), and not a word text writes in lower case ("GOLF"), a people's word, a body's word
 * alone or a month.
 */
export function organisationsNamedAgain(text: string, names: NameMention[]): NameMention[] {
  // The organisations' names, each with where it is read so (most places it stands again are those), then any of them
  // read elsewhere as something else struck off.
  const organisations = new Map<string, number[]>();
  for (const n of names) {
    if (n.type !== 'ORGANIZATION' || n.text.length < 2 || !/^\p{Lu}/u.test(n.text)) continue;
    const starts = organisations.get(n.text);
    if (starts) starts.push(n.start);
    else organisations.set(n.text, [n.start]);
  }
  if (!organisations.size) return names;
  for (const n of names) if (n.type !== 'ORGANIZATION' && n.type !== 'DATE') organisations.delete(n.text);
  const common = loadLexicon().lower;
  const found: NameMention[] = [];
  for (const [name, starts] of organisations) {
    // Not a people's word ("the Yugoslav government", "ethnic Indians"), nor, in one word, a word text writes in lower
    // case ("GOLF"), a body's word alone ("Authority") or a month.
    if (isDemonym(name) || isDemonym(name.replace(/s$/, ''))) continue;
    if (!name.includes(' ') && (common.has(name.toLowerCase()) || isOrgHead(name) || MONTH_NAME.test(name))) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (starts.includes(at)) continue;
      const end = at + name.length;
      const before = text[at - 1] ?? ' ';
      const after = text[end] ?? ' ';
      if (LETTER_OR_FIGURE.test(before) || LETTER_OR_FIGURE.test(after) || JOINED_OR_UNIT.test(before) || JOINED_OR_UNIT.test(after)) continue;
      const lead = text.slice(Math.max(0, at - 30), at);
      if (/\p{Lu}[\p{L}.'’-]*\s$/u.test(lead) || /\d\s$/.test(lead) || /^\s\p{Lu}/u.test(text.slice(end, end + 2))) continue;
      if (names.some((n) => n.start < end && at < n.end) || found.some((n) => n.start < end && at < n.end)) continue;
      found.push({ start: at, end, type: 'ORGANIZATION', text: name });
    }
  }
  return withNamesInPlace(names, found);
}
