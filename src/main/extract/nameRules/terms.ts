import { ALL_CUES, CUE } from '../cues';
import { lineAt, type NameMention, retyped, retypeOtherReadings, withNamesInPlace } from '../names';
import { isTitleWord } from '../ner/gazetteer';
import { isFirstName } from '../ner/lexicon';
import { codeAt } from '../ner/tokenize';
import { variantType } from '../variants';
import { type Word, wordBefore } from '../wordBefore';

// Names that are neither people, bodies nor places: ships, and terms coined from a body's name.

// "HMS Defender", "USS Ford", "RFA Tidespring"; "the tanker Stena Impero", "the frigate Montrose".
// Words that open a ship's name, a military operation's ("Operation Barbarossa" is no person Barbarossa) or a
// storm's ("Hurricane Katrina", "Typhoon Haiyan": CoNLL-2003 labels the storm's name MISC, as it does ships').
const SHIP_PREFIX = new Set(['HMS', 'USS', 'USNS', 'RFA', 'HMAS', 'HMCS', 'HMNZS', 'INS', 'MV', 'Operation', 'Hurricane', 'Typhoon', 'Cyclone']);
const VESSEL = new Set(['tanker', 'ship', 'vessel', 'warship', 'frigate', 'destroyer', 'submarine', 'freighter', 'ferry', 'yacht', 'cruiser', 'trawler', 'corvette', 'icebreaker', 'liner']);

/** The word right before `at` when one space parts them. */
function wordJustBefore(text: string, at: number): Word | null {
  if (codeAt(text, at - 1) !== 32) return null;
  const w = wordBefore(text, 0, at);
  return w && w.end === at - 1 ? w : null;
}

// A navy's or a merchant ship's prefix, then the ship's name: capitalised words, and "of", "de" or "the" between two
// ("HMS Prince of Wales", "USS Gerald R. Ford", "MV Ever Given"), which the tagger reads as a place or a person.
const SHIP_WORD = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{N}'’-]*)";
// The word's start is tested by hand (startsWord): a look back opening the pattern would slow its search for the prefix.
const NAMED_SHIP = new RegExp(`(?:HMS|USS|USNS|RFA|HMAS|HMCS|HMNZS|MV) ${SHIP_WORD}(?: (?:(?:of|de|du|la|von|van|the) )?${SHIP_WORD})*`, 'gu');

// "Operation Prosperity Guardian": a military operation's name, up to four capitalised words, not after another
// capitalised word ("Special Operation Forces").
const NAMED_OPERATION = /(?<![\p{L}\p{N}])(?<!\p{Lu}\p{L}* )Operation (?:\p{Lu}[\p{L}\p{N}'’-]*)(?: \p{Lu}[\p{L}\p{N}'’-]*){0,3}/gu;

// "the Battle of Harrow Ridge", "the Siege of Leningrad": a battle's name, an event, not the person or place the tagger reads in it.
const NAMED_BATTLE = /(?:Battle|Siege) of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}/gu;
// Each pattern with the words it needs, tested first: most articles have none.
const OPERATIONS: [RegExp, string[]][] = [
  [NAMED_OPERATION, ['Operation ']],
  [NAMED_BATTLE, ['Battle of ', 'Siege of ']],
];

/** Whether no letter or digit stands right before `at`. */
function startsWord(text: string, at: number): boolean {
  return at === 0 || !/[\p{L}\p{N}]/u.test(text[at - 1]);
}

/** Whether the line holding `at` has a word of four letters or more in lower case: running text, not a Title Case headline. */
function inRunningText(text: string, at: number): boolean {
  return /(?:^|\s)\p{Ll}{4,}/u.test(lineAt(text, at));
}

/** Each ship named with its prefix, each operation and each battle, as one key term in place of the names read inside it. */
function shipsAndOperations(text: string, names: NameMention[]): NameMention[] {
  NAMED_SHIP.lastIndex = 0;
  const found: NameMention[] = [];
  for (let m = NAMED_SHIP.exec(text); m; m = NAMED_SHIP.exec(text)) {
    // Only an initial's stop is part of it ("USS Gerald R. Ford"), so a sentence's stop ends it.
    if (startsWord(text, m.index)) found.push({ start: m.index, end: m.index + m[0].length, type: 'TERM', text: m[0] });
  }
  for (const [pattern, cues] of OPERATIONS) {
    if (!cues.some((cue) => text.includes(cue))) continue;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
      if (startsWord(text, m.index) && inRunningText(text, m.index)) found.push({ start: m.index, end: m.index + m[0].length, type: 'TERM', text: m[0] });
  }
  return withNamesInPlace(names, found);
}

/** A ship (or a military operation, or a storm) is named like a person or a body, but it is neither: a key term, with its prefix. */
export function vessels(text: string, allNames: NameMention[], cues = ALL_CUES): NameMention[] {
  // No ship's prefix, operation's or storm's word, nor a word for a ship among the tokens (cues.ts): nothing to find.
  if (!(cues & CUE.VESSEL) && !text.includes('Operation ') && !text.includes('Battle of ') && !text.includes('Siege of ')) return allNames;
  const names = shipsAndOperations(text, allNames);
  // In place, by index: a new array from map() changes kind as the code warms up (see titleBefore.ts).
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PERSON' && n.type !== 'ORGANIZATION' && n.type !== 'PLACE') continue;
    const space = n.text.indexOf(' ');
    if (space > 0 && SHIP_PREFIX.has(n.text.slice(0, space))) {
      names[i] = { start: n.start, end: n.end, type: 'TERM', text: n.text };
      continue;
    }
    if (n.type === 'PLACE') continue;
    const before = wordJustBefore(text, n.start);
    if (!before) continue;
    if (SHIP_PREFIX.has(before.raw)) {
      names[i] = { start: before.start, end: n.end, type: 'TERM', text: text.slice(before.start, n.end) };
      continue;
    }
    const word = before.raw.toLowerCase();
    // "the aircraft carrier Carl Vinson"; a carrier alone may be an airline.
    if (VESSEL.has(word) || (word === 'carrier' && wordJustBefore(text, before.start)?.raw.toLowerCase() === 'aircraft')) {
      names[i] = { start: n.start, end: n.end, type: 'TERM', text: n.text };
    }
  }
  return names;
}

/** "Pacific NATO", "Asian NATO": a place or people's name before a well-known body's short name coins a term. */
export function coinedTerms(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    // The word before is read only for a body the variants know: most names are none.
    const before = n.type === 'ORGANIZATION' && variantType(n.text) === 'ORGANIZATION' ? /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, n.start - 30), n.start)) : null;
    const coins = before && !variantType(before[1]) && !isTitleWord(before[1]) && !/^(?:The|A|An|In|On|At|By|For|With|From|And|But)$/.test(before[1]);
    if (coins && (!prev || prev.end <= n.start - before[0].length || prev.type === 'PLACE' || prev.type === 'TERM')) {
      if (prev && prev.end > n.start - before[0].length) out.pop();
      const start = n.start - before[0].length;
      out.push({ start, end: n.end, type: 'TERM', text: text.slice(start, n.end) });
      continue;
    }
    out.push(n);
  }
  return out;
}

// Faiths, and peoples no country's demonym names: their members are neither a body nor a place.
const GROUP =
  /^(?:Muslim|Moslem|Islamist|Christian|Catholic|Protestant|Evangelical|Mormon|Jew|Hindu|Sikh|Buddhist|Sunni|Shiite|Shi'ite|Shia|Alawite|Druze|Copt|Yazidi|Baptist|Methodist|Lutheran|Anglican|Latino|Latina|Hispanic|Arab|Kurd|Pashtun|Tutsi|Hutu|Uighur|Uyghur|Rohingya|Bedouin|Berber)(s?)$/;

/**
 * "a ban on Muslims", "Latino voters": a faith's members or a people are a key term (MISC in CoNLL-2003's
 * training labels: "Moslems", "Kurds", "Arabs", "Hutus" every time), not an organisation, a place or a person.
 * A word in the singular that is also a first name ("Christian") stays a person where the tagger read one.
 */
export function groupsOfPeople(names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type === 'TERM' || n.type === 'DATE') continue;
    const m = GROUP.exec(n.text);
    if (m && (m[1] || n.type !== 'PERSON' || !isFirstName(n.text))) names[i] = retyped(n, 'TERM');
  }
  return names;
}

// Words for an armed group's members: "Boko Haram fighters", "PKK guerrillas". Not "loyalists" or "supporters": a person has them.
const MEMBERS_AFTER = /^ (?:fighters|militants|rebels|insurgents|guerrillas|gunmen|operatives|militias|militiamen|jihadists)\b/;
const MEMBER_INITIAL = new Set([...'fmrigoj'].map((c) => c.charCodeAt(0)));

/**
 * "Boko Haram fighters raided …" read as a person: a name right before a word for an armed group's members is the
 * group, an organisation, there and wherever the article names it, unless a first name opens it ("Charles Taylor
 * fighters"). Before these words a name is an organisation in GMB's silver training and dev labels 522 times and
 * a person 14 ("Karen rebels", "Khmer Rouge fighters": groups the silver labels misread); in CoNLL-2003's training
 * and dev labels an organisation 17 times, never a person.
 */
export function armedGroupsReadAsPeople(text: string, names: NameMention[]): NameMention[] {
  let groups: Set<string> | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // By hand first (a space, then a small f, g, i, j, m, o or r), the pattern only then: this runs for every person.
    if (n.type !== 'PERSON' || text.charCodeAt(n.end) !== 32 || !MEMBER_INITIAL.has(text.charCodeAt(n.end + 1)) || !MEMBERS_AFTER.test(text.slice(n.end, n.end + 14))) continue;
    const space = n.text.indexOf(' ');
    if (isFirstName(space > 0 ? n.text.slice(0, space) : n.text)) continue;
    // "Sunni Arab insurgents": a faith's or a people's words name no group's body, but its members (a key term).
    if (n.text.split(' ').every((w) => GROUP.test(w))) {
      names[i] = retyped(n, 'TERM');
      continue;
    }
    names[i] = retyped(n, 'ORGANIZATION');
    groups ??= new Set();
    groups.add(n.text);
  }
  return retypeOtherReadings(names, groups, 'ORGANIZATION', (n) => n.type === 'PERSON');
}

// "the Order of the White Star", "Order of Lenin": an order's or a decoration's name opens so.
const ORDER_OF = /\bOrder of (?:the )?$/;

/**
 * "awarded the Order of the White Star", "the Order of Lenin": a name right after "Order of (the)" names a decoration, a
 * key term from "Order" on, not the place or the person it is named for.
 */
export function ordersAndDecorations(text: string, names: NameMention[]): NameMention[] {
  if (!text.includes('Order of ')) return names;
  const out: NameMention[] = [];
  for (const n of names) {
    if (n.type !== 'DATE' && ORDER_OF.test(text.slice(Math.max(0, n.start - 13), n.start))) {
      const start = text.lastIndexOf('Order of ', n.start);
      // A name read from "Order" on already, or "Order" read as a name of its own before it: the decoration replaces them.
      while (out.length && out[out.length - 1].end > start) out.pop();
      out.push({ start, end: n.end, type: 'TERM', text: text.slice(start, n.end) });
      continue;
    }
    out.push(n);
  }
  return out;
}
