import { MONTH } from './dates';
import { isFunctionWord } from './functionWords';
import type { NameMention } from './names';
import { isCompanyWord, isKnownPlace, isTitleWord } from './ner/gazetteer';
import { genderOfFirstName, loadLexicon } from './ner/lexicon';
import type { Token } from './ner/tokenize';
import { isPostHead, isPostModifier } from './roles/lexicon';
import { variantType } from './variants';

/**
 * General corrections to the tagger's names, each for a kind of text the Reuters-trained model
 * reads badly: Title Case headlines, titles in the plural, datelines with a news agency, a city
 * after "from", a coined "Pacific NATO", "Institute of Peace and Security Studies" split in two,
 * a Chinese name written family name first ("Song Xuewen"), a company named after its city ("Tokyo Electric").
 */
export function correctNames(text: string, names: NameMention[], sentences: Token[][]): NameMention[] {
  const common = loadLexicon().lower;
  const isCommon = (w: string) => common.has(w.toLowerCase());
  const titleish = (w: string) => isTitleWord(w) || isTitleWord(w.replace(/s$/, '')) || isPostHead(w) || isPostHead(w.replace(/s$/, ''));
  const headlines = sentences.filter(isTitleCaseHeadline).map((s) => ({ start: s[0].start, end: s[s.length - 1].end }));
  // A line of one word and at most its closing mark ("Hello.", "Thanks!").
  const shortLines = new Set(sentences.filter((s) => s.length <= 2 && /\p{L}/u.test(s[0].text) && (s.length === 1 || /^[.!?,]$/.test(s[1].text))).map((s) => s[0].start));
  const sentenceStarts = new Set(sentences.map((s) => s[0].start));
  const inside = (n: NameMention, r: { start: number; end: number }) => r.start <= n.start && n.end <= r.end;
  const words = (n: NameMention) => n.text.split(/\s+/);

  let out = names.filter((n) => {
    const ws = words(n);
    // "Leader Faces Tough Questions": in a Title Case headline, common words are not a name.
    if (headlines.length && headlines.some((h) => inside(n, h))) {
      const commonWords = ws.filter((w) => isCommon(w) && !isKnownPlace(w)).length;
      if (commonWords * 2 >= ws.length && ws.every((w) => isCommon(w) || !isKnownName(w))) return false;
    }
    // "Furthermore," / "Within the party,": a sentence's opening word is no name when text mostly writes it in lower case.
    if (ws.length === 1 && n.type === 'PERSON' && isFunctionWord(n.text)) return false;
    if (ws.length === 1 && sentenceStarts.has(n.start) && /^\s*(?:,|\p{Ll})/u.test(text.slice(n.end, n.end + 3)) && (isFunctionWord(n.text) || (isCommon(n.text) && !isKnownName(n.text)))) return false;
    // "Hello." alone on a line is a greeting, not a place.
    if (ws.length === 1 && shortLines.has(n.start) && /\p{Ll}/u.test(n.text) && (isCommon(n.text) || !isKnownName(n.text))) return false;
    // "Defense Ministers": titles (in the plural too) are posts, not people; "Defense" before them is no body.
    // A lone title word that is also a name ("said King", "Major said") is the name.
    if (n.type === 'PERSON' && ws.every(titleish) && !(ws.length === 1 && isPersonalName(n.text))) return false;
    if (n.type !== 'PERSON' && ws.every((w) => isTitleWord(w)) && /^\s+\p{Lu}\p{Ll}+s\b/u.test(text.slice(n.end, n.end + 30))) {
      const next = /^\s+(\p{Lu}\p{Ll}+s)\b/u.exec(text.slice(n.end, n.end + 30));
      if (next && titleish(next[1])) return false;
    }
    // "Defense Chief Faces …", "Finance Minister Ito": a post's modifier before its head is part of the title, no body.
    if (n.type === 'ORGANIZATION' && ws.length === 1 && isPostModifier(n.text)) {
      const next = /^\s+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(n.end, n.end + 30));
      if (next && isPostHead(next[1])) return false;
    }
    // The same read whole: titles ending in the plural name posts, not a body ("Defense Ministers").
    if (n.type !== 'PERSON' && ws.length > 1 && /\p{Ll}s$/u.test(ws[ws.length - 1]) && ws.every(titleish)) return false;
    return true;
  });
  out = datelines(text, out);
  out = joinSplitOrganisations(text, out);
  out = organisationsEndingInAnd(text, out);
  out = familyNamesFirst(text, out);
  out = givenNamesBefore(text, out);
  out = companiesNamedForPlaces(text, out);
  out = placesInTheirRegion(text, out);
  out = vessels(text, out);
  // "Strait of Hormuz", "Gulf of Aden", "Caspian Sea", "Yalu River": a name with a word of geography
  // at its head is a place, whatever the tagger made of it.
  // Not a person with a first name the lexicon knows ("Michael Bay").
  for (const n of out) if ((n.type === 'ORGANIZATION' || (n.type === 'PERSON' && !isPersonalName(words(n)[0]))) && GEOGRAPHIC.test(n.text)) n.type = 'PLACE';
  // "students from Lyon", "from Tulsa and Lyon": a known place after a word of place, and the places
  // listed on from it, are places whatever sports results have taught the tagger. (A place merely
  // listed beside another, with no such word, no longer: clubs are listed beside their cities too.)
  const ofPlace = (n: NameMention) => /\b(?:from|in|near|outside|across|into|towards?)\s+$/.test(text.slice(Math.max(0, n.start - 12), n.start));
  let chain = false;
  for (let i = 0; i < out.length; i++) {
    const n = out[i];
    const prev = out[i - 1];
    const listed: boolean = chain && prev?.type === 'PLACE' && /^(?:,| and| or|, and) $/.test(text.slice(prev.end, n.start));
    chain = (n.type === 'PLACE' || (n.type === 'ORGANIZATION' && isKnownPlace(n.text))) && (ofPlace(n) || listed);
    if (n.type === 'ORGANIZATION' && isKnownPlace(n.text) && chain) n.type = 'PLACE';
  }
  out = possessiveOrganisations(text, out);
  out = unfinishedOrganisations(text, out);
  out = bodiesInCapitals(text, out);
  for (const n of out) {
    // "Ministry of Foreign Affairs", "University of Paris": a body's word, then "of", names the body.
    if (n.type !== 'ORGANIZATION' && n.type !== 'DATE' && BODY_OF.test(n.text)) n.type = 'ORGANIZATION';
  }
  return coinedTerms(text, acronymsInParentheses(text, out));
}

// "(BSE)", "(U.N.)": capitals in parentheses, three letters or more.
const ACRONYM_AFTER = /^\s*\(\s*((?:\p{Lu}\.?){3,10})\s*\)/u;

/**
 * "Budapest Stock Exchange (BSE)", "Moro National Liberation Front (MNLF)": capitals in parentheses
 * right after an organisation's name are its short name, an organisation too (in CoNLL-2003's training
 * labels 88 of 90 such are).
 */
function acronymsInParentheses(text: string, names: NameMention[]): NameMention[] {
  const added: NameMention[] = [];
  for (const n of names) {
    if (n.type !== 'ORGANIZATION') continue;
    const m = ACRONYM_AFTER.exec(text.slice(n.end, n.end + 24));
    if (!m) continue;
    const start = n.end + m[0].indexOf(m[1], m[0].indexOf('('));
    const end = start + m[1].length;
    if (!names.some((o) => o.start < end && start < o.end)) added.push({ start, end, type: 'ORGANIZATION', text: m[1] });
  }
  return added.length ? [...names, ...added].sort((a, b) => a.start - b.start) : names;
}

// Words that name a body when "of" follows ("Ministry of …", "Department of …", "Bank of …").
const BODY_WORD = 'Ministry|Department|University|Institute|Academy|Agency|Bureau|Commission|Committee|Council|Office|Bank|Federation|Association|Society|Union|League|Organi[sz]ation|Court|Chamber|Board|Directorate|Secretariat';
const BODY_OF = new RegExp(`^(?:The )?(?:${BODY_WORD})(?: of| for) \\p{Lu}`, 'u');

// "MINISTRY OF DEFENCE", "DEPARTMENT OF STATE": a letterhead's or heading's body, in capitals.
const CAPS_BODY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(?:THE )?((?:${BODY_WORD.toUpperCase()}) (?:OF|FOR) (?:THE )?)$`, 'u');

/** A name in capitals after "MINISTRY OF" is the ministry's: the tagger reads the heading's last word alone. */
function bodiesInCapitals(text: string, names: NameMention[]): NameMention[] {
  return names.map((n) => {
    if (n.type === 'PERSON' || n.type === 'DATE' || /\p{Ll}/u.test(n.text)) return n;
    const m = CAPS_BODY_BEFORE.exec(text.slice(Math.max(0, n.start - 40), n.start));
    if (!m) return n;
    const start = n.start - (m[0].length - m[0].indexOf(m[1]));
    return { start, end: n.end, type: 'ORGANIZATION', text: text.slice(start, n.end) };
  });
}

/** "Ministry of" + "Foreign Affairs": a body's name the tagger ended on "of" runs on over the capitalised words after it. */
function unfinishedOrganisations(text: string, names: NameMention[]): NameMention[] {
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

/**
 * "The Prime Minister's Office": the tagger reads "'s Office" as the name and leaves the title out.
 * A name that opens with a possessive's "'s" takes in the capitalised words right before it.
 */
function possessiveOrganisations(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const n of names) {
    const m = /^['’]s\s+/u.exec(n.text);
    if (!m) {
      out.push(n);
      continue;
    }
    const run = /(?:\p{Lu}[\p{L}.-]*\s+)*\p{Lu}[\p{L}.-]*$/u.exec(text.slice(Math.max(0, n.start - 60), n.start));
    if (!run) {
      // Nothing to take in: the words after the "'s" are the name.
      const start = n.start + m[0].length;
      if (start < n.end) out.push({ ...n, start, text: text.slice(start, n.end) });
      continue;
    }
    const taken = run[0].replace(/^(?:The|A|An)\s+/u, '');
    const start = n.start - taken.length;
    while (out.length && out[out.length - 1].end > start) out.pop();
    out.push({ start, end: n.end, type: 'ORGANIZATION', text: text.slice(start, n.end) });
  }
  return out;
}

/** A place, or a first or family name the lexicon knows. */
function isKnownName(word: string): boolean {
  const lex = loadLexicon();
  return isKnownPlace(word) || lex.given.has(word.toLowerCase()) || lex.family.has(word.toLowerCase());
}

/** A first or family name the lexicon knows. */
function isPersonalName(word: string): boolean {
  const lex = loadLexicon();
  return lex.given.has(word.toLowerCase()) || lex.family.has(word.toLowerCase());
}

/**
 * At least three words of four or more letters, nearly all Capitalised, and no full stop at the end;
 * not a row of results ("Huddersfield 1 Crystal Palace 1", "Rose Cheruiyot (Kenya) 15:05.41"):
 * two figures, or a figure and a parenthesis.
 */
function isTitleCaseHeadline(sentence: Token[]): boolean {
  if (sentence.length < 3 || /[.!?]$/.test(sentence[sentence.length - 1].text)) return false;
  const figures = sentence.filter((t) => /^\d/.test(t.text)).length;
  if (figures >= 2 || (figures === 1 && sentence.some((t) => t.text === '('))) return false;
  const long = sentence.filter((t) => /^\p{L}{4,}$/u.test(t.text));
  if (long.length < 3) return false;
  const capitalised = long.filter((t) => /^\p{Lu}\p{Ll}/u.test(t.text)).length;
  return capitalised >= long.length - 1 && !long.every((t) => /^\p{Lu}+$/u.test(t.text));
}

// "PORT ALBION, Maine (Dossier Wire) —": a dateline's capitals are a place, its parenthesis the agency.
// A dateline may carry the day: "OSAKA, October 4 (Dossier Wire) -", "WASHINGTON, Oct. 4, 2016 (Reuters) -", "LAGOS, 4 May (AFP) -".
// The months as dates.ts reads them, written capitalised as a dateline does ("jan(?:uary)?" → "Jan(?:uary)?").
const DATELINE_MONTH = `(?:${MONTH.replace(/(^|\|)([a-z])/g, (_, bar: string, c: string) => bar + c.toUpperCase())})\\.?`;
const DATELINE_DAY = `(?:,?\\s*(?:${DATELINE_MONTH}\\s+\\d{1,2}|\\d{1,2}\\s+${DATELINE_MONTH})(?:,?\\s*\\d{4})?)?`;
const DATELINE = new RegExp(
  `^(\\p{Lu}[\\p{Lu}'.-]*(?: \\p{Lu}[\\p{Lu}'.-]*)*)(?:,\\s*(\\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*)*))?${DATELINE_DAY}\\s*\\(([^()\\n]{2,40})\\)\\s*[-—–]`,
  'gmu',
);

function datelines(text: string, names: NameMention[]): NameMention[] {
  const added: NameMention[] = [];
  const replaced: { start: number; end: number }[] = [];
  DATELINE.lastIndex = 0;
  for (let m = DATELINE.exec(text); m !== null; m = DATELINE.exec(text)) {
    const at = m.index;
    const place = { start: at, end: at + m[1].length };
    added.push({ ...place, type: 'PLACE', text: m[1] });
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
  if (!added.length) return names;
  const kept = names.filter((n) => !replaced.some((r) => n.start < r.end && r.start < n.end));
  return [...kept, ...added].sort((a, b) => a.start - b.start);
}

// "HMS Defender", "USS Ford", "RFA Tidespring"; "the tanker Stena Impero", "the frigate Montrose".
const SHIP_PREFIX = /^(?:HMS|USS|USNS|RFA|HMAS|HMCS|HMNZS|INS|MV)$/;
const VESSEL_BEFORE = /\b(?:tanker|ship|vessel|warship|frigate|destroyer|submarine|freighter|ferry|yacht|cruiser|trawler|corvette|icebreaker|liner|aircraft carrier)\s+$/i;

/** A ship is named like a person or a body, but it is neither: a key term, with its prefix. */
function vessels(text: string, names: NameMention[]): NameMention[] {
  return names.map((n) => {
    if (n.type !== 'PERSON' && n.type !== 'ORGANIZATION') return n;
    const ws = n.text.split(' ');
    if (ws.length > 1 && SHIP_PREFIX.test(ws[0])) return { ...n, type: 'TERM' };
    const prefix = /(\S+) $/.exec(text.slice(Math.max(0, n.start - 8), n.start));
    if (prefix && SHIP_PREFIX.test(prefix[1])) {
      const start = n.start - prefix[0].length;
      return { start, end: n.end, type: 'TERM', text: text.slice(start, n.end) };
    }
    return VESSEL_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)) ? { ...n, type: 'TERM' } : n;
  });
}

const GEO_HEAD = 'Strait|Straits|Gulf|Bay|Sea|Ocean|River|Lake|Isle|Island|Islands|Peninsula|Canal|Mountains|Mountain|Valley|Desert|Plateau|Basin|Archipelago|Cape|Coast|Delta|Sound';
const GEOGRAPHIC = new RegExp(`^(?:The )?(?:${GEO_HEAD}) of \\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)*$|^\\p{Lu}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)* (?:${GEO_HEAD})$`, 'u');

/**
 * "Port Albion, Maine", "Eastwick, Vt.": a name followed by a comma and a known place, and the phrase
 * ending there, is a town in its state or country, however the tagger typed it. Not a company ("Acme Corp,
 * Ohio"), not a person whose first name the lexicon knows ("Ann Lee, Texas"), not "…, Texas's governor".
 */
function placesInTheirRegion(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i + 1 < names.length; i++) {
    const n = names[i];
    const region = names[i + 1];
    if ((n.type !== 'ORGANIZATION' && n.type !== 'PERSON') || region.type !== 'PLACE') continue;
    if (!/^, ?$/.test(text.slice(n.end, region.start)) || !isKnownPlace(region.text)) continue;
    // The region ends the phrase: a stop, a comma or the end; not "Texas Republican", "Texas's" or
    // a sign-off's "Amra Kevic, Belgrade newsroom".
    if (!/^(?:$|[,;:.)!?]|\s+[(—–-])/u.test(text.slice(region.end, region.end + 3))) continue;
    // Not a list ("ISIS, Iran, North Korea", "Alphabet, Amazon, Apple"): nothing listed before it or after the region.
    if (/,\s*$/.test(text.slice(Math.max(0, n.start - 3), n.start)) || /^,?\s+(?:and|or)\s+\p{Lu}|^,\s*\p{Lu}/u.test(text.slice(region.end, region.end + 8))) continue;
    const ws = n.text.split(/\s+/);
    if (ws.some((w) => isCompanyWord(w)) || BODY_OF.test(n.text)) continue;
    if (n.type === 'PERSON' && (isPersonalName(ws[0]) || ws.length === 1)) continue;
    names[i] = { ...n, type: 'PLACE' };
  }
  return names;
}

/**
 * "Organisation for Economic Co-operation" + "and Development", "Ministry of Trade" + "and Industry":
 * one common word, capitalised, after "and" ends a body's "of" or "for" name the tagger stopped short of.
 */
function organisationsEndingInAnd(text: string, names: NameMention[]): NameMention[] {
  const common = loadLexicon().lower;
  const out: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    const m = n.type === 'ORGANIZATION' && / (?:of|for) /.test(n.text) ? /^ and (\p{Lu}\p{Ll}+)(?![\p{L}'’-]| \p{Lu})/u.exec(text.slice(n.end, n.end + 40)) : null;
    const end = m ? n.end + m[0].length : 0;
    // The word may be a name of its own already ("Development" as a term), not a person's.
    const next = names[i + 1];
    if (!m || !common.has(m[1].toLowerCase()) || isKnownName(m[1]) || (next && next.start < end && (next.type === 'PERSON' || next.end > end))) {
      out.push(n);
      continue;
    }
    if (next && next.start < end) i++;
    out.push({ ...n, end, text: text.slice(n.start, end) });
  }
  return out;
}

/** "Institute of Peace" + "and" + "Security Studies" is one organisation, as is "Institute" + "of" + "Peace". */
function joinSplitOrganisations(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    if (prev?.type === 'ORGANIZATION' && n.type !== 'PERSON' && n.type !== 'TERM') {
      const gap = text.slice(prev.end, n.start);
      const joins =
        (/^ (?:and|&) $/.test(gap) && / (?:of|for) /.test(prev.text) && n.text.split(' ').length >= 2) ||
        (/^ (?:of|for) $/.test(gap) && /^(?:Institute|Centre|Center|School|College|Academy|Council|Society|Association|Federation|Foundation|Commission|Committee|Ministry|Department|Office|Board|Bureau)$/.test(prev.text.split(' ').pop() ?? ''));
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
 * "Donald J. Trump" read as "J. Trump" at a sentence's start: a capitalised word right before a
 * person's name that the first-name lists know, and that is part of no other name, belongs to it.
 * Words text mostly writes in lower case ("Will", "Rose" at a sentence's start) never join.
 */
// Months and days are first names too (April, June, May), but before a name they date it.
const CALENDAR_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

function givenNamesBefore(text: string, names: NameMention[]): NameMention[] {
  const lex = loadLexicon();
  const out: NameMention[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    const m = n.type === 'PERSON' ? /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, n.start - 20), n.start)) : null;
    const given = m?.[1];
    const start = n.start - (given?.length ?? 0) - 1;
    const known = given && !CALENDAR_WORD.test(given) && (lex.given.has(given.toLowerCase()) || genderOfFirstName(given) !== undefined);
    if (given && known && !lex.lower.has(given.toLowerCase()) && !isTitleWord(given) && (!prev || prev.end <= start)) {
      out.push({ start, end: n.end, type: 'PERSON', text: text.slice(start, n.end) });
      continue;
    }
    out.push(n);
  }
  return out;
}

/**
 * "Song Xuewen", "Nguyen Tan Dung": a capitalised family name that Chinese and Vietnamese names put
 * first (npm lists, see lexicon.ts), right before a person's name, is part of that name —
 * the Reuters-trained tagger reads such family names as common words ("song") or misses them at a
 * sentence's start. Short words text mostly writes in lower case ("He", "To", "Do") never join.
 */
function familyNamesFirst(text: string, names: NameMention[]): NameMention[] {
  const lex = loadLexicon();
  const out: NameMention[] = [];
  for (const n of names) {
    // A name that opens with an English first name ("Song Taylor Swift") is a name of its own.
    if (n.type === 'PERSON' && !lex.given.has(n.text.split(/\s/, 1)[0].toLowerCase())) {
      const m = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, n.start - 20), n.start));
      const family = m?.[1];
      const start = n.start - (family?.length ?? 0) - 1;
      const prev = out[out.length - 1];
      const free = !prev || prev.end <= start || (prev.start === start && prev.end === start + (family?.length ?? 0) && prev.type !== 'DATE');
      const closedClass = (w: string) => isFunctionWord(w) || (w.length <= 2 && lex.lower.has(w.toLowerCase()));
      if (family && free && lex.familyFirst.has(family.toLowerCase()) && !closedClass(family) && !isTitleWord(family)) {
        if (prev && prev.start === start) out.pop();
        out.push({ start, end: n.end, type: 'PERSON', text: text.slice(start, n.end) });
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
function companiesNamedForPlaces(text: string, names: NameMention[]): NameMention[] {
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

/** "Pacific NATO", "Asian NATO": a place or people's name before a well-known body's short name coins a term. */
function coinedTerms(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (const n of names) {
    const prev = out[out.length - 1];
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(text.slice(Math.max(0, n.start - 30), n.start));
    const coins = before && !variantType(before[1]) && !isTitleWord(before[1]) && !/^(?:The|A|An|In|On|At|By|For|With|From|And|But)$/.test(before[1]);
    if (coins && n.type === 'ORGANIZATION' && variantType(n.text) === 'ORGANIZATION' && (!prev || prev.end <= n.start - before[0].length || prev.type === 'PLACE' || prev.type === 'TERM')) {
      if (prev && prev.end > n.start - before[0].length) out.pop();
      const start = n.start - before[0].length;
      out.push({ start, end: n.end, type: 'TERM', text: text.slice(start, n.end) });
      continue;
    }
    out.push(n);
  }
  return out;
}
