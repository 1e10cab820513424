import { CALENDAR_WORD } from '../dates';
import { isFunctionWord } from '../functionWords';
import { familyNamesInFull, lastWord, type NameMention, retyped, retypeOtherReadings } from '../names';
import { isCompanyWord, isDemonym, isKnownPlace, isOrgHead, isTitleWord } from '../ner/gazetteer';
import { isFirstName, isPersonalName, loadLexicon } from '../ner/lexicon';
import { isApostrophe } from '../ner/tokenize';
import { NAME_PARTICLE } from '../ner/lists/people';
import { isPostHead, isPostModifier, opensRank, RANK_FIRST } from '../roles/lexicon';
import { capitalBefore, isSpace } from '../wordBefore';
import { endsLikeOrganisation } from './organisations';
import { WORD_OF_PLACE_BEFORE } from './places';

// Titles only a person holds, before a family name: "Justice Brandt", "Sen. Quell".
const PERSONAL_TITLE = /^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sen|Senator|Rep|Representative|Congressman|Congresswoman|Gov|Governor|Mayor|Judge|Justice|Ambassador)\.?$/;

// Corrections to people's names: a first or family name the tagger left off.

/**
 * Whether one space, after what may be a small letter (a-z, or any letter beyond ASCII, for the pattern to
 * decide), ends the text before `at`: what a capitalised word right before a name ends with, tested by hand first.
 */
function lowerLetterThenSpace(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return false;
  const c = text.charCodeAt(at - 2);
  return (c >= 97 && c <= 122) || c >= 128;
}

/**
 * The Capitalised word ending one space before `at`, within the 20 characters before it ("Song " before "Xuewen"), not
 * inside a longer word, a figure or an abbreviation; or undefined.
 */
function capitalisedWordBefore(text: string, at: number): string | undefined {
  if (!capitalBefore(text, at)) return undefined;
  return /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, at - 20), at))?.[1];
}

/**
 * Whether the word starting at `at` stands inside a sentence: after a comma, after a word in lower case, or after
 * a post or title ("Mayor"); not first in the text, a line, a sentence or a quotation, nor in a headline's capitals.
 */
function insideSentence(text: string, at: number): boolean {
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 40), at));
  if (!before || /\n\s*$/.test(text.slice(Math.max(0, at - 4), at))) return false;
  const word = before[1];
  if (word.endsWith(',')) return word.length > 1;
  if (/^\p{Ll}[\p{Ll}'’-]*$/u.test(word)) return true;
  return isPostHead(word) || isTitleWord(word) || PERSONAL_TITLE.test(word);
}

/**
 * "Donald J. Trump" read as "J. Trump" at a sentence's start: a capitalised word right before a
 * person's name that the first-name lists know, and that is part of no other name, belongs to it.
 * Words text mostly writes in lower case ("Will", "Rose" at a sentence's start) never join, nor a post ("Marshal"), nor a
 * people's word that some countries give as a first name ("beating German Tommy Haas").
 */
export function givenNamesBefore(text: string, names: NameMention[]): NameMention[] {
  const lex = loadLexicon();
  // A copy only once a name changes: most articles have none.
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const prev = out ? out[out.length - 1] : names[i - 1];
    const given = n.type === 'PERSON' && lowerLetterThenSpace(text, n.start) ? capitalisedWordBefore(text, n.start) : undefined;
    const start = n.start - (given?.length ?? 0) - 1;
    const lower = given?.toLowerCase() ?? '';
    // Inside a sentence, a capitalised word is no common word's sentence-initial capital ("Will", "Per"), so
    // other countries' first names count too ("the mayor, Per Arne Olsen", "Mayor Per Arne Olsen").
    const listed = given !== undefined && !CALENDAR_WORD.test(given) && isFirstName(given);
    const common = lex.lower.has(lower);
    // Where the word would pass or fail whatever its place in the sentence, that is not looked at.
    const inside = given !== undefined && (listed ? common : !CALENDAR_WORD.test(given) && lex.world.has(lower)) && insideSentence(text, start);
    const known = listed || inside;
    if (given && known && (inside || !common) && !isTitleWord(given) && !isPostHead(given) && !isDemonym(given) && (!prev || prev.end <= start)) {
      out ??= names.slice(0, i);
      out.push({ start, end: n.end, type: 'PERSON', text: text.slice(start, n.end) });
      continue;
    }
    out?.push(n);
  }
  return out ?? names;
}

/** The text up to its first white space (split(/\s/, 1)[0] without the split). */
function firstWord(name: string): string {
  let k = 0;
  while (k < name.length && !isSpace(name, k)) k++;
  return name.slice(0, k);
}

/**
 * "Song Xuewen", "Nguyen Tan Dung": a capitalised family name that Chinese and Vietnamese names put
 * first (npm lists, see lexicon.ts), right before a person's name, is part of that name —
 * the Reuters-trained tagger reads such family names as common words ("song") or misses them at a
 * sentence's start. Short words text mostly writes in lower case ("He", "To", "Do") never join.
 */
export function familyNamesFirst(text: string, names: NameMention[]): NameMention[] {
  const lex = loadLexicon();
  // A copy only once a name changes: most articles have none.
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // A name that opens with an English first name ("Song Taylor Swift") is a name of its own.
    // A word ending in a small letter and one space right before the name: tested by hand before the regex.
    const lowerBefore = n.start > 2 && text.charCodeAt(n.start - 1) === 32 && text.charCodeAt(n.start - 2) > 96;
    const family = n.type === 'PERSON' && lowerBefore ? capitalisedWordBefore(text, n.start) : undefined;
    // The word's look-up in the family names written first before the name's in the given names: few words before a
    // person's name are such a family name ("Minister", "President" are not).
    if (family && lex.familyFirst.has(family.toLowerCase()) && !lex.given.has(firstWord(n.text).toLowerCase())) {
      const start = n.start - family.length - 1;
      const prev = out ? out[out.length - 1] : names[i - 1];
      const free = !prev || prev.end <= start || (prev.start === start && prev.end === start + family.length && prev.type !== 'DATE');
      const closedClass = (w: string) => isFunctionWord(w) || (w.length <= 2 && lex.lower.has(w.toLowerCase()));
      if (free && !closedClass(family) && !isTitleWord(family)) {
        out ??= names.slice(0, i);
        if (prev && prev.start === start) out.pop();
        out.push({ start, end: n.end, type: 'PERSON', text: text.slice(start, n.end) });
        continue;
      }
    }
    out?.push(n);
  }
  return out ?? names;
}


/**
 * "Justice Scalia died", "President Obama said": a title and one name, read as a body or a place, are the
 * person, without the title (CoNLL-2003 leaves titles out of names). The name is a person's: one the lists
 * know, the family name of a person the text names in full, or any name after a title only a person holds
 * ("Justice Brandt") that is no common word, place or company's word; not a body's word ("Justice Department").
 */
export function titledPeople(names: NameMention[]): NameMention[] {
  let families: Set<string> | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'ORGANIZATION' && n.type !== 'PLACE') continue;
    const space = n.text.indexOf(' ');
    if (space < 0 || n.text.indexOf(' ', space + 1) >= 0 || !isTitleWord(n.text.slice(0, space))) continue;
    const rest = n.text.slice(space + 1);
    if (!/^\p{Lu}\p{Ll}/u.test(rest) || isOrgHead(rest) || isTitleWord(rest)) continue;
    families ??= familyNamesInFull(names);
    const known = families.has(rest) || loadLexicon().family.has(rest.toLowerCase());
    const afterPersonalTitle = PERSONAL_TITLE.test(n.text.slice(0, space)) && !loadLexicon().lower.has(rest.toLowerCase()) && !isKnownPlace(rest) && !isCompanyWord(rest);
    if (!known && !afterPersonalTitle) continue;
    names[i] = { start: n.end - rest.length, end: n.end, type: 'PERSON', text: rest };
  }
  return names;
}

/**
 * "Donald Trump is promising …" read as a body or a key term: a name of two or three words that opens with a first
 * name the lists know, and whose last word the article names alone as a person more often than as anything else,
 * or which the article reads as a person's at least as often as as anything else, is that person. The tagger
 * learned "Trump" as a company's name from 1996 news and knows no "Donald"; the article's own lone "Trump"s say
 * who it is. A name ending as bodies' names end ("Clinton Foundation") stays.
 *
 * So is a name that an honorific or a candidate's word stands before anywhere in the article ("Mr. Trump",
 * "Republican presidential nominee Donald Trump"), or that has a relative ("Trump's son"), and every other reading of it and of its last word alone as a
 * body or a term (not a name the place lists know). In CoNLL-2003's training and dev labels a name
 * after such a word is a person 152 times of 153 (GMB's silver labels make it a body or a place 490 times of 5,284,
 * all of them people: "Mr. Yushchenko").
 */
export function peopleReadInFullAsBodies(text: string, names: NameMention[]): NameMention[] {
  const cued = new Set<string>();
  for (const n of names) {
    if (!personCueBefore(text, n.start) && !kinAfter(text, n.end)) continue;
    // Not an acronym ("CNN").
    if (n.type === 'DATE' || !/^\p{Lu}/u.test(n.text) || /^[\p{Lu}.&-]{2,6}$/u.test(n.text) || endsLikeOrganisation(n.text)) continue;
    // "candidate Texas Senator Ted Cruz": a place the lists know, before a post, is the post's place.
    if (isKnownPlace(n.text)) continue;
    cued.add(n.text);
    cued.add(lastWord(n.text));
  }
  // Most articles have no such name: one look before counting anything, remembered for each name.
  const opens: boolean[] = [];
  let opened = false;
  for (const n of names) {
    const o = n.type !== 'PERSON' && opensWithFirstName(n.text);
    opens.push(o);
    opened ||= o;
  }
  if (!cued.size && !opened) return names;
  const lone = new Map<string, number>();
  // Names of two words or more, by how often the article reads them as a person's less how often as anything else
  // ("Donald Trump … Donald Trump said"). Counted only where a name the counts decide opens with a first name, and
  // only for the texts those names ask about: the name itself and its last word.
  const inFull = new Map<string, number>();
  if (opened) {
    const asked = new Set<string>();
    for (let i = 0; i < names.length; i++) {
      const n = names[i];
      if (!opens[i] || n.type === 'DATE') continue;
      asked.add(n.text);
      asked.add(lastWord(n.text));
    }
    for (const n of names) {
      if (!asked.has(n.text)) continue;
      if (n.text.includes(' ')) inFull.set(n.text, (inFull.get(n.text) ?? 0) + (n.type === 'PERSON' ? 1 : -1));
      if (n.type === 'TERM' || n.text.includes(' ')) continue;
      lone.set(n.text, (lone.get(n.text) ?? 0) + (n.type === 'PERSON' ? 1 : -1));
    }
  }
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type === 'PERSON' || n.type === 'DATE') continue;
    if (cued.has(n.text) && !n.text.includes(' ') && n.type !== 'TERM' && !isKnownPlace(n.text)) {
      names[i] = retyped(n, 'PERSON');
      continue;
    }
    if (!opens[i] || endsLikeOrganisation(n.text)) continue;
    if ((lone.get(lastWord(n.text)) ?? 0) > 0 || (inFull.get(n.text) ?? -1) >= 0 || cued.has(n.text) || cued.has(lastWord(n.text))) names[i] = retyped(n, 'PERSON');
  }
  return names;
}

// A relative after a name's possessive: "Trump's son", "Palin's husband" (in CoNLL-2003's training and dev labels
// such a name is a person 9 times of 11, the other two "Princess Stephanie of Monaco's husband", a known place).
// Not a sister or a brother: networks and papers have them ("CNN's sister network").
const KIN = new Set(['father', 'mother', 'son', 'daughter', 'wife', 'husband', 'widow', 'running']);

/** Whether "'s" and a relative's word follow a name ending at `end` ("Trump's son", "Palin’s husband"). */
function kinAfter(text: string, end: number): boolean {
  if (!isApostrophe(text.charCodeAt(end)) || text.charCodeAt(end + 1) !== 115 || text.charCodeAt(end + 2) !== 32) return false;
  let k = end + 3;
  while (k < text.length && k - end < 12 && /\p{Ll}/u.test(text[k])) k++;
  const word = text.slice(end + 3, k);
  return KIN.has(word) && (word !== 'running' || text.startsWith(' mate', k));
}
// An honorific, or a word for a candidate or a tycoon, right before a name: "Mr. Trump", "nominee Donald Trump".
const PERSON_CUE = new Set(['Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Sen.', 'Rep.', 'Gov.', 'Senator', 'President', 'nominee', 'candidate', 'frontrunner', 'front-runner', 'businessman', 'businesswoman', 'billionaire', 'mogul']);
// Their last characters, tested before the word is read back: most words before a name end in none of them.
const PERSON_CUE_LAST = new Set([...PERSON_CUE].map((w) => w.charCodeAt(w.length - 1)));

/** Whether the word right before a name starting at `start`, after one space, is such a cue (an opening bracket before it aside). */
function personCueBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 32 || !PERSON_CUE_LAST.has(text.charCodeAt(start - 2))) return false;
  // Read back with isSpace (wordBefore's test) but without building a word: this runs for every name.
  let from = start - 1;
  while (from > 0 && start - from < 16 && !isSpace(text, from - 1) && text.charCodeAt(from - 1) !== 40) from--;
  return from < start - 1 && PERSON_CUE.has(text.slice(from, start - 1));
}

// Last words of a building's, a site's or a body's name that no person's ends in where no first name opens it: "Trump Tower",
// "Union Square", "Bundy Ranch" (places); "Judicial Watch", "Getty Images", "Kennedy Center" (bodies). In CoNLL-2003's
// training and dev labels and GMB's, such a name is never a person: ending in Heights, Square or Ranch a place 23 times
// of 31 (the rest bodies and dates), in Watch or Center a body 70 times of 72; none ends in Tower, Plaza or Images.
const SITE_LAST = new Set(['Tower', 'Square', 'Heights', 'Ranch', 'Plaza']);
const BODY_LAST = new Set(['Watch', 'Images', 'Center']);

// "on Capitol Hill", "in Beacon Hill": a hill's name after a word of place.
const HILL_PLACE_BEFORE = /\b(?:on|in|at|near|from|to)\s+$/;

/**
 * "lawmakers on Capitol Hill" read as a person: a hill named after a word of place, its first word no name on the
 * lists, is a place, and so is the same name elsewhere in the article. In CoNLL-2003's and GMB's training labels a
 * person is called "Hill" after a name the lists do not know 3 times ("Darryn Hill"), never after such a word.
 */
export function hillsReadAsPeople(text: string, names: NameMention[]): NameMention[] {
  let hills: Set<string> | undefined;
  for (const n of names) {
    if (n.type !== 'PERSON' || !(n.text.endsWith(' Hill') || n.text.endsWith(' Hills')) || !/^\p{Lu}\p{Ll}+ Hills?$/u.test(n.text)) continue;
    // Not a paper's "The Hill", nor a person's first name.
    const first = n.text.slice(0, n.text.indexOf(' '));
    if (isFunctionWord(first.toLowerCase()) || isPersonalName(first)) continue;
    if (!HILL_PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start))) continue;
    hills ??= new Set();
    hills.add(n.text);
  }
  return retypeOtherReadings(names, hills, 'PLACE', (n) => n.type === 'PERSON');
}

/**
 * "Judicial Watch", "Trump Tower" read as a person: a name of two words or more, the first no first name, ending in such a
 * word. So too one ending in a common noun in the plural, capitalised ("Serin Shipyards", "Bessemer Venture Partners",
 * "Eastern Cables"), that no first or family name on the lists is, in a name with no initial: in CoNLL-2003's training labels a name of two words or more
 * ending so is an organisation 39 times, a person 9 (each opening with a first name: "Fred Couples", "Barry Bonds") and a
 * place 4; in GMB's training labels an organisation 173 times, a person 2.
 */
export function sitesAndBodiesReadAsPeople(names: NameMention[]): NameMention[] {
  for (const n of names) {
    if (n.type !== 'PERSON') continue;
    const space = n.text.indexOf(' ');
    if (space < 0) continue;
    const last = lastWord(n.text);
    const site = SITE_LAST.has(last);
    if ((site || BODY_LAST.has(last) || (isCommonPlural(last) && !INITIAL.test(n.text))) && !isFirstName(n.text.slice(0, space))) n.type = site ? 'PLACE' : 'ORGANIZATION';
  }
  return names;
}

// An initial in a name: "M. Dane Waters" is a person's.
const INITIAL = /(?:^| )\p{Lu}\.(?: |$)/u;

/** A capitalised common noun in the plural ("Shipyards", "Partners", "Industries") that is no first or family name the lists know. */
function isCommonPlural(word: string): boolean {
  const c = word.charCodeAt(word.length - 1);
  if (c !== 115 || word.endsWith('ss') || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const { lower } = loadLexicon();
  const w = word.toLowerCase();
  if (!lower.has(w) || isPersonalName(word)) return false;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('es') && lower.has(w.slice(0, -2)) ? w.slice(0, -2) : w.slice(0, -1);
  return lower.has(singular);
}

/** Two or three capitalised words, the first a first name on the lists ("Donald Trump", "Hillary Rodham Clinton"). */
function opensWithFirstName(name: string): boolean {
  // Most names tested here are one word.
  const space = name.indexOf(' ');
  if (space < 0) return false;
  // The first word's look-up first: most names tested open with no first name.
  const first = name.slice(0, space);
  if (!isFirstName(first)) return false;
  const ws = name.split(' ');
  if (ws.length > 3 || !ws.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return false;
  // "Florida Latino", "Georgia Power": a place's name is first names' too.
  return !isKnownPlace(first);
}

const OFFICE_AFTER_NAME = /^\s+(?:administration|presidency|era)\b/;

/**
 * "Obama's response", "under Clinton, Bush and Obama": a family name that is also a town's, read as the
 * place where the article names the person more often than the place, or names the person after an honorific or a
 * post ("President Obama", "Mr. Obama"), is the person; not after a word of place ("in Jackson") nor before its region ("Jackson, Miss.").
 * Before "administration", "presidency" or "era" it is the person whatever the counts.
 */

export function peopleReadAsPlaces(text: string, names: NameMention[]): NameMention[] {
  const family = loadLexicon().family;
  // Most articles have no such place: one look before counting anything.
  if (!names.some((n) => n.type === 'PLACE' && !n.text.includes(' ') && family.has(n.text.toLowerCase()))) return names;
  const person = new Map<string, number>();
  const place = new Map<string, number>();
  // Read as a person right after an honorific or a post only a person holds ("President Obama", "Mr. Obama").
  const cued = new Set<string>();
  for (const n of names) {
    if (n.type === 'PERSON') {
      const last = lastWord(n.text);
      person.set(last, (person.get(last) ?? 0) + 1);
      if (!n.text.includes(' ') && personCueBefore(text, n.start)) cued.add(n.text);
    } else if (n.type === 'PLACE' && !n.text.includes(' ')) place.set(n.text, (place.get(n.text) ?? 0) + 1);
  }
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PLACE' || n.text.includes(' ') || !family.has(n.text.toLowerCase())) continue;
    // "the Obama administration", "the Reagan era": what follows is a person's time in office, whatever the counts say.
    if (!OFFICE_AFTER_NAME.test(text.slice(n.end, n.end + 16))) {
      if (!cued.has(n.text) && (person.get(n.text) ?? 0) <= (place.get(n.text) ?? 0)) continue;
      if (WORD_OF_PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) || /^,\s+\p{Lu}/u.test(text.slice(n.end, n.end + 3))) continue;
    }
    names[i] = retyped(n, 'PERSON');
  }
  return names;
}

// A first name, a middle initial and one more name: "Donald J. Trump", "Ella J. Brandt".
const WITH_MIDDLE_INITIAL = /^(\p{Lu}\p{Ll}+) \p{Lu}\. \p{Lu}[\p{Ll}'’-]*\p{Ll}$/u;

/**
 * "Donald J. Trump", "Ella J. Brandt" read as a body or a place: a first name the lists know, a middle initial
 * and a family name is a person (in CoNLL-2003 and GMB train's labels 22 times of 23 such whole names; the
 * other, a broker named for its founder, "Robert W. Baird"). Longer names are left as they are ("John F. Kennedy airport").
 */
export function peopleWithMiddleInitials(names: NameMention[]): NameMention[] {
  for (const n of names) {
    if (n.type !== 'ORGANIZATION' && n.type !== 'PLACE') continue;
    const m = WITH_MIDDLE_INITIAL.exec(n.text);
    if (m && isFirstName(m[1])) n.type = 'PERSON';
  }
  return names;
}

/**
 * "the Orlando shooting", "Florida voters": a name alone that the lists know as a place and as a first name only (no
 * family name), read as a person where the article names no person with it in a longer name and no honorific or post
 * stands before it, is the place. In CoNLL-2003's training labels such a name alone is a person 5 times of 374 (dev: 1 of
 * 108; GMB's silver ones 32 of 1,514), the rest places and the clubs named for them. Not where the text names someone
 * by the first name: a relative ("her husband, David"), a royal ("Queen Elizabeth"), a list of people, a scorer.
 */
const KIN_OR_ROYAL_BEFORE = /\b(?:King|Queen|Prince|Princess|Saint|St\.|husband|wife|son|sons|daughter|daughters|brother|sister|father|mother|children|grandchildren|spouses?|named|activists?|brothers|sisters)\W{0,3}$/;

/** Whether the name at `i` stands in a list beside a person's ("Talia, David, Laurence", "Fred and Mary"). */
function listedWithPeople(text: string, names: NameMention[], i: number): boolean {
  const gap = (a: NameMention, b: NameMention) => /^(?:,| and|, and) $/.test(text.slice(a.end, b.start));
  const prev = names[i - 1];
  const next = names[i + 1];
  return (prev?.type === 'PERSON' && gap(prev, names[i])) || (next?.type === 'PERSON' && gap(names[i], next));
}

export function placesReadAsFirstNames(text: string, names: NameMention[]): NameMention[] {
  const lex = loadLexicon();
  let inFull: Set<string> | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PERSON' || n.text.includes(' ')) continue;
    const w = n.text.toLowerCase();
    if (!lex.given.has(w) || lex.family.has(w) || !isKnownPlace(n.text) || personCueBefore(text, n.start)) continue;
    // Not a relative or a royal named by the first name ("her husband, David", "Queen Elizabeth"), nor one of a list of people.
    // Nor a scorer in a results line ("(Arnold 70th)"), a number after the name.
    if (KIN_OR_ROYAL_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)) || listedWithPeople(text, names, i) || /^ \d/.test(text.slice(n.end, n.end + 2))) continue;
    if (!inFull) {
      inFull = new Set();
      for (const m of names) if (m.type === 'PERSON' && m.text.includes(' ')) for (const part of m.text.split(' ')) inFull.add(part);
    }
    if (!inFull.has(n.text)) names[i] = retyped(n, 'PLACE');
  }
  return names;
}

// "Sens. Ted Cruz and Marco Rubio", "Reps. Ada Voss and …": the plural of a title only a person holds, shortened.
const PLURAL_PERSONAL_TITLE = /^(?:Sens|Reps|Govs)$/;

/**
 * "Justice Antonin Scalia", "Sens. Ted Cruz and Marco Rubio": a title only a person holds, read alone as a body or a
 * place right before a person's name, is the title, no name (CoNLL-2003 leaves titles out of names; in its training
 * and dev labels no such title stands as a name before a person's).
 */
export function personalTitlesReadAsBodies(text: string, names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const next = names[i + 1];
    const title =
      next?.type === 'PERSON' &&
      (n.type === 'ORGANIZATION' || n.type === 'PLACE' || n.type === 'TERM') &&
      (PERSONAL_TITLE.test(n.text) || PLURAL_PERSONAL_TITLE.test(n.text)) &&
      (next.start === n.end + 1 || (next.start === n.end + 2 && text.charCodeAt(n.end) === 46)) &&
      text.charCodeAt(next.start - 1) === 32;
    if (title) out ??= names.slice(0, i);
    else out?.push(n);
  }
  return out ?? names;
}

/** A capitalised word that no list reads as a common word, a place, a company's or a post's. */
function isUnknownNameWord(w: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(w) && !loadLexicon().lower.has(w.toLowerCase()) && !isKnownPlace(w) && !isCompanyWord(w) && !isOrgHead(w) && !isPostHead(w) && !isTitleWord(w);
}

/**
 * "Cybersecurity and Infrastructure Security Agency Director Jen Easterly", "Defense Chief of Staff Jeremy Bash":
 * a body's name, a post and a person, read as one organisation, are the body and the person; the post between
 * them is a role, not a name (CoNLL-2003 leaves titles out). The person's name is the words after the post, from
 * a first name the lists know; two or three of them. Without a body before the post the person alone stays, as
 * where the tagger read a person with the post in front ("Marshal Bernard Montgomery").
 */
export function peoplePostedInBodies(text: string, names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // Three words at least: a body's or a post's word, and a person's two. A person's name may open with the post alone.
    let space = n.type === 'ORGANIZATION' || n.type === 'PERSON' ? n.text.indexOf(' ') : -1;
    // A person's name is only looked at where it opens with a post's or a rank's word.
    if (n.type === 'PERSON' && space > 0 && !isPostHead(n.text.slice(0, space)) && !RANK_FIRST.test(n.text.slice(0, space))) space = -1;
    const ws = space > 0 && n.text.indexOf(' ', space + 1) > 0 ? n.text.split(' ') : [];
    let post = -1;
    let person = -1;
    for (let k = 0; k < ws.length; k++) {
      const w = ws[k];
      if (post < 0 && /^\p{Lu}\p{Ll}/u.test(w) && isPostHead(w)) post = k;
      else if (post >= 0 && isFirstName(w) && !isKnownPlace(w) && !isTitleWord(w) && !isPostHead(w) && !isPostModifier(w)) {
        person = k;
        break;
      }
    }
    // "General Ante Gotovina": after a post that opens the name, two or three words no list knows are a person's too.
    if (person < 0 && post === 0 && ws.length <= 4 && ws.slice(1).every(isUnknownNameWord)) person = 1;
    // A person read with a whole rank in front ("Field Marshal Bernard Montgomery") loses the rank; no other.
    if (n.type === 'PERSON' && post > 0) {
      if (opensRank(ws, 0, post + 1) || ws.slice(0, post).every(isPostModifier)) post = 0;
      else person = -1;
    }
    const rest = ws.length - person;
    if (person < 0 || rest < 2 || rest > 3 || !ws.slice(person).every((w) => /^\p{Lu}[\p{Ll}.'’-]/u.test(w) || NAME_PARTICLE.test(w))) {
      out?.push(n);
      continue;
    }
    // A new list only once a name is split: most texts have none.
    out ??= names.slice(0, i);
    const personStart = n.end - ws.slice(person).join(' ').length;
    // The post's own modifiers ("Deputy Director"), but not a body's field ("Department of Defense Chief").
    while (post > 0 && isPostModifier(ws[post - 1]) && !(post > 1 && /^(?:of|for|and|the)$/.test(ws[post - 2]))) post--;
    if (post > 0) {
      // "U.S. Attorney General Loretta Lynch": what is before the post may be a place.
      const bodyEnd = n.start + ws.slice(0, post).join(' ').length;
      const body = text.slice(n.start, bodyEnd);
      out.push({ start: n.start, end: bodyEnd, type: isKnownPlace(body) ? 'PLACE' : 'ORGANIZATION', text: body });
    }
    out.push({ start: personStart, end: n.end, type: 'PERSON', text: text.slice(personStart, n.end) });
  }
  return out ?? names;
}

// A citation in brackets: family names, "and", "&" or "et al.", then a year ("(Smith and Jones, 2019)", "(Lee et al. 2021a)").
// Names joined by a separator each, so a long word in capitals has one reading only (no exponential backtracking).
const CITATION = /\(\p{Lu}[\p{L}'’-]+(?:(?:,\s|\sand\s|\s&\s)\p{Lu}[\p{L}'’-]+)*(?:\s?et al\.)?,?\s(?:1[89]|20)\d\d[a-z]?(?:[;,][^()]{0,80})?\)/gu;

/**
 * "(Smith and Jones, 2019)", "(Okafor et al., 2021)": the one-word names in a citation are authors' family
 * names, people, however the tagger read them ("Jones" as a body); longer names are left as read ("(World Bank, 2019)").
 */
export function authorsInCitations(text: string, names: NameMention[]): NameMention[] {
  if (!text.includes('(')) return names;
  for (const m of text.matchAll(CITATION)) {
    const end = m.index + m[0].length;
    for (const n of names) if (n.start > m.index && n.end < end && !n.text.includes(' ') && n.type !== 'DATE' && !isKnownPlace(n.text)) n.type = 'PERSON';
  }
  return names;
}

// A person's name of two words or more, " of ", then a capitalised name: "Dana Whitcomb of Delmont Holdings".
const PERSON_OF = /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)+) of (\p{Lu}.*)$/u;

/**
 * "Dana Whitcomb of Delmont Holdings", "Mark Quell of Paris": a person read together with the body or the
 * place they are "of" is the person and that body or place (a known place, else an organisation). In CoNLL-2003's
 * and GMB's training labels a person's name holds " of " 5 times in all, each an epithet or a title ("Duchess of
 * Cornwall"), which stay whole: a name opening with a title word, or one whose first part the lists know for no first name.
 */
export function peopleOfBodies(text: string, names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const m = n.type === 'PERSON' && n.text.includes(' of ') ? PERSON_OF.exec(n.text) : null;
    const first = m ? m[1].slice(0, m[1].indexOf(' ')) : '';
    if (!m || isTitleWord(first) || !isFirstName(first)) {
      out?.push(n);
      continue;
    }
    out ??= names.slice(0, i);
    const at = n.start + m[1].length + 4;
    out.push({ start: n.start, end: n.start + m[1].length, type: 'PERSON', text: m[1] });
    out.push({ start: at, end: n.end, type: isKnownPlace(m[2]) ? 'PLACE' : 'ORGANIZATION', text: text.slice(at, n.end) });
  }
  return out ?? names;
}

// A royal's or a noble's title before a first name: "Prince Rupert", "King George", "Lord Nelson" (towns too).
const ROYAL_TITLE = /^(?:Prince|Princess|King|Queen|Lord|Lady|Duke|Duchess|Earl|Count|Countess|Emperor|Empress|Tsar|Sultan|Emir|Sheikh)\s(\p{Lu}\p{Ll}+)$/u;

/**
 * "Royalist forces under Prince Rupert": a royal's or a noble's title and a first name read as a town the lists know
 * ("Prince Rupert", British Columbia) is the person, named without the title, but not after a word of place ("in Prince Rupert") nor before its
 * region ("Prince George, B.C.").
 */
export function royalsReadAsPlaces(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PLACE') continue;
    const m = ROYAL_TITLE.exec(n.text);
    if (!m || !isFirstName(m[1])) continue;
    if (WORD_OF_PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) || /^,\s+\p{Lu}/u.test(text.slice(n.end, n.end + 3))) continue;
    // The title is the person's post, no part of the name, as for a person the tagger read ("President Joe Biden").
    const start = n.end - m[1].length;
    names[i] = { start, end: n.end, type: 'PERSON', text: m[1] };
  }
  return names;
}
