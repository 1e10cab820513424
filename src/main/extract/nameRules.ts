import { ALL_CUES, CUE } from './cues';
import { MONTH_NAME } from './dates';
import type { NameMention } from './names';
import { isDemonym, isKnownName, isKnownPlace, isOrgHead, isTitleWord } from './ner/gazetteer';
import { isPersonalName, loadLexicon } from './ner/lexicon';
import { codeAt, isApostrophe, type Token } from './ner/tokenize';
import { isPostHead, isPostModifier, opensRank } from './roles/lexicon';
import { isFunctionWord } from './functionWords';
import { isSpace, wordBefore } from './wordBefore';
import {
  acronymsBeforeTheirNames,
  acronymsOfCommonWords,
  acronymsInParentheses,
  BODY_OF,
  bodiesListedWithBodies,
  bodiesDescribedAsSuch,
  companiesByTheirShares,
  acronymsActing,
  companiesByTheirKind,
  companiesByLegalForm,
  companiesNamedShort,
  bodiesOfThe,
  bodiesHeadingLines,
  bodiesInCapitals,
  channelsSaidOn,
  companiesNamedForPlaces,
  endsLikeOrganisation,
  hallsOfFame,
  joinSplitOrganisations,
  leadersOfChambers,
  monthsBeforeOrganisations,
  namesJoinedAcrossAnd,
  namesEndingInS,
  namesSpelledByAcronyms,
  mediaNamedToday,
  newsAgencies,
  newspapers,
  organisationsByTheirBoards,
  numberedUnits,
  organisationsListed,
  papersInPressReviews,
  mediaNamedForPlaces,
  papersWithThe,
  organisationsEndingInAnd,
  organisationsNamedAgain,
  possessiveOrganisations,
  unfinishedOrganisations,
} from './nameRules/organisations';
import { leadingArticles, signOffs } from './nameRules/articles';
import { clubsBeforePlayers, clubsInPlayerBrackets, clubsWithTheirCountries, clubsInResults, clubsInScoreRows, clubsNamedElsewhere, clubsWithTownLetters, fixtureSides, isNation } from './nameRules/clubs';
import { authorsInCitations, familyNamesFirst, personalTitlesReadAsBodies, placesReadAsFirstNames, givenNamesBefore, hillsReadAsPeople, peopleOfBodies, peoplePostedInBodies, peopleReadAsPlaces, peopleReadInFullAsBodies, peopleWithMiddleInitials, royalsReadAsPlaces, sitesAndBodiesReadAsPeople, titledPeople } from './nameRules/people';
import { datelines, directionsOfPlaces, knownPlacesReadAsPeople, placesAfterWordsOfPlace, placesByGeography, placesDescribedAsSuch, placesInTheirRegion, placesKnownWhole, placesNamedAsSuch, republicsInFull, statesInFull } from './nameRules/places';
import { companiesInPriceTables, placesInFigureTables, weekdaysOpeningRows } from './nameRules/tables';
import { armedGroupsReadAsPeople, coinedTerms, groupsOfPeople, ordersAndDecorations, vessels } from './nameRules/terms';

/**
 * General corrections to the tagger's names, each for a kind of text the Reuters-trained model
 * reads badly: Title Case headlines, titles in the plural, datelines with a news agency, a city
 * after "from", a coined "Pacific NATO", "Institute of Peace and Security Studies" split in two,
 * a Chinese name written family name first ("Song Xuewen"), a company named after its city ("Tokyo Electric").
 * The filters are here; the rules that retype, join or extend names are in nameRules/, by kind.
 */
export function correctNames(text: string, names: NameMention[], sentences: Token[][], cues = ALL_CUES, cued?: Token[]): NameMention[] {
  const common = loadLexicon().lower;
  const isCommon = (w: string) => common.has(w.toLowerCase());
  const headlines = titleCaseHeadlines(sentences);
  // A line of one word and at most its closing mark ("Hello.", "Thanks!").
  const shortLines = new Set(sentences.filter((s) => s.length <= 2 && /\p{L}/u.test(s[0].text) && (s.length === 1 || /^[.!?,]$/.test(s[1].text))).map((s) => s[0].start));
  const sentenceStarts = new Set(sentences.map((s) => s[0].start));
  // The tokens holding any cue, in text order (the tagger's list, else gathered here), as one sentence: what the rules
  // that look for their cues' tokens walk, rather than every token of the text once a rule (a few in a hundred hold one).
  let cuedSentences = sentences;
  if (cues !== ALL_CUES) {
    if (!cued) {
      cued = [];
      for (const s of sentences) for (const t of s) if (t.cues) cued.push(t);
    }
    cuedSentences = [cued];
  }
  const inside = (n: NameMention, r: { start: number; end: number }) => r.start <= n.start && n.end <= r.end;
  // A name's words; most names are one word, read without a split.
  const words = (n: NameMention) => (WHITE_SPACE.test(n.text) ? n.text.split(/\s+/) : [n.text]);

  const markings = portionMarkings(text);
  const affiliations = partyAffiliations(text, cues);
  // Tested once a text, not once a name: most texts hold no stance word and no portfolio.
  const stances = (cues & CUE.STANCE) !== 0 && STANCE_IN_TEXT.test(text);
  const portfolios = (cues & CUE.PORTFOLIO) !== 0 && PORTFOLIO_IN_TEXT.test(text);
  // In place, by index: an array from map() changes kind as the code warms up (see titleBefore.ts).
  for (let i = 0; i < names.length; i++) names[i] = withoutTrailingVerb(names[i]);
  let out = names.filter((n) => {
    const ws = words(n);
    // "(S//NF)", "(TS//SI//REL TO USA, FVEY)": a classification marking, not names.
    if (markings.length && markings.some((m) => inside(n, m))) return false;
    // "(D-N.Y.)", "Sen. Ada Voss, R-Texas, said": a lawmaker's party and state, no organisation nor a place of its own.
    if (affiliations.length && affiliations.some((m) => n.start < m.end && m.start < n.end)) return false;
    // "the pro-Russia party", "anti-Trump voters": a word for a stance is no name (the "pro-Russia" → Russia).
    if (stances && STANCE.test(n.text)) return false;
    // "Dec. 22", "on March 3": a month before a day is a date, not a name.
    if (ws.length === 1 && MONTH_NAME.test(n.text) && /^\s\d{1,2}\b/.test(text.slice(n.end, n.end + 4))) return false;
    // "CPI (%) Jul +0.1", "crude for Oct.", "EUROLIRA (SEP) 91.37": a month's short form read as a body is the month (in
    // CoNLL-2003's training labels such a word is no name 158 times of 169, a body never; out of fold the tagger read
    // 10 so, all wrong). In capitals only in brackets, a futures contract's month: "DEC" may be a company's.
    if (n.type === 'ORGANIZATION' && ws.length === 1 && (SHORT_MONTH.test(n.text) || (SHORT_MONTH_CAPS.test(n.text) && codeAt(text, n.start - 1) === 40 && codeAt(text, n.end) === 41))) return false;
    // "Leader Faces Tough Questions": in a Title Case headline, common words are not a name.
    if (headlines.length && headlines.some((h) => inside(n, h))) {
      const commonWords = ws.filter((w) => isCommon(w) && !isKnownPlace(w)).length;
      if (commonWords * 2 >= ws.length && ws.every((w) => isCommon(w) || !isKnownName(w))) return false;
      // "Opposition Leader Slams Budget": after a title, a verb in the headline's present ("Slams", "Vows") is no person's name.
      if (n.type === 'PERSON' && ws.length === 1 && !isPersonalName(n.text) && isCommon(n.text.replace(/e?s$/, '')) && titleish(wordBefore(text, Math.max(0, n.start - 30), n.start)?.raw ?? '')) return false;
    }
    // "Furthermore," / "Within the party,": a sentence's opening word is no name when text mostly writes it in lower case.
    if (ws.length === 1 && n.type !== 'DATE' && /\p{Ll}/u.test(n.text) && isFunctionWord(n.text)) return false;
    if (ws.length === 1 && sentenceStarts.has(n.start) && /^\s*(?:,|\p{Ll})/u.test(text.slice(n.end, n.end + 3)) && (isFunctionWord(n.text) || (isCommon(n.text) && !isKnownName(n.text)))) return false;
    // "Hello." alone on a line is a greeting, not a place.
    if (ws.length === 1 && shortLines.has(n.start) && /\p{Ll}/u.test(n.text) && (isCommon(n.text) || !isKnownName(n.text))) return false;
    // "Defense Ministers": titles (in the plural too) are posts, not people; "Defense" before them is no body.
    // A lone title word that is also a name ("said King", "Major said") is the name.
    // Not before a name, though: "Air Chief Marshal Sir Mike Wigston".
    if (n.type === 'PERSON' && ws.every(titleish) && !(ws.length === 1 && isPersonalName(n.text) && !TITLE_BEFORE_NAME.test(text.slice(n.end, n.end + 8)))) return false;
    if (n.type !== 'PERSON' && ws.every((w) => isTitleWord(w)) && /^\s+\p{Lu}\p{Ll}+s\b/u.test(text.slice(n.end, n.end + 30))) {
      const next = /^\s+(\p{Lu}\p{Ll}+s)\b/u.exec(text.slice(n.end, n.end + 30));
      if (next && titleish(next[1])) return false;
    }
    // "Defense Chief Faces …", "Finance Minister Ito": a post's modifier before its head is part of the title, no body.
    if (n.type === 'ORGANIZATION' && ws.length === 1 && isPostModifier(n.text)) {
      const next = /^\s+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(n.end, n.end + 30));
      if (next && isPostHead(next[1])) return false;
    }
    // "Minister of Finance", "Secretary for Foreign Affairs": a portfolio in a post's title names no body or place
    // (CoNLL-2003's labels are split on it); a body's own word ("Secretary of the Army") or a place's stays.
    if (portfolios && n.type !== 'PERSON' && n.type !== 'DATE' && PORTFOLIO_BEFORE.test(text.slice(Math.max(0, n.start - 30), n.start)) && !ws.some((w) => isKnownPlace(w) || isOrgHead(w))) return false;
    // "Rear Admiral (ret.) Harlan Voss": a compound rank read alone is the post, no body or person (in the training
    // labels such a name is an organisation 3 times, all in GMB's silver ones).
    if (n.type !== 'DATE' && ws.length > 1 && opensRank(ws, 0, ws.length)) return false;
    // The same read whole: titles ending in the plural name posts, not a body ("Defense Ministers").
    if (n.type !== 'PERSON' && ws.length > 1 && /\p{Ll}s$/u.test(ws[ws.length - 1]) && ws.every(titleish)) return false;
    return true;
  });
  out = mediaNamedToday(text, datelines(text, leadingArticles(text, out, sentenceStarts), cues));
  out = joinSplitOrganisations(text, peoplePostedInBodies(text, out));
  out = organisationsEndingInAnd(text, out);
  out = familyNamesFirst(text, out);
  out = placesReadAsFirstNames(text, personalTitlesReadAsBodies(text, peopleReadInFullAsBodies(text, titledPeople(peopleWithMiddleInitials(givenNamesBefore(text, out))))));
  out = companiesNamedForPlaces(text, out);
  out = placesInTheirRegion(text, out);
  out = ordersAndDecorations(text, armedGroupsReadAsPeople(text, groupsOfPeople(vessels(text, out, cues))));
  out = directionsOfPlaces(text, statesInFull(text, placesDescribedAsSuch(text, placesNamedAsSuch(text, placesAfterWordsOfPlace(text, placesByGeography(text, placesKnownWhole(text, knownPlacesReadAsPeople(text, out))))), cues, cuedSentences)));
  out = possessiveOrganisations(text, out);
  out = namesEndingInS(text, out);
  out = hallsOfFame(text, papersWithThe(text, out, sentenceStarts, cues));
  out = bodiesListedWithBodies(text, organisationsListed(text, companiesInPriceTables(text, papersInPressReviews(text, newsAgencies(text, organisationsByTheirBoards(text, companiesByTheirKind(text, acronymsActing(text, companiesNamedShort(text, companiesByLegalForm(text, companiesByTheirShares(text, bodiesDescribedAsSuch(text, newspapers(text, mediaNamedForPlaces(out), cues), cues), cues), cues)), cuedSentences, cues), cuedSentences, cues), cues), cues)))));
  const places = new Set(out.filter((n) => n.type === 'PLACE').map((n) => n.start));
  out = clubsWithTheirCountries(text, clubsInScoreRows(text, clubsInResults(text, clubsBeforePlayers(text, fixtureSides(text, clubsInPlayerBrackets(text, clubsWithTownLetters(text, out)), cues), cues), cues, cuedSentences)));
  out = clubsNamedElsewhere(text, out, new Set(out.filter((n) => n.type === 'ORGANIZATION' && places.has(n.start)).map((n) => n.text)));
  out = weekdaysOpeningRows(text, placesInFigureTables(text, monthsBeforeOrganisations(out)));
  out = bodiesOfThe(text, unfinishedOrganisations(text, out), cuedSentences, cues);
  out = royalsReadAsPlaces(text, peopleReadAsPlaces(text, leadersOfChambers(text, numberedUnits(text, bodiesHeadingLines(text, bodiesInCapitals(text, out, cues), cues), cues))));
  out = channelsSaidOn(text, hillsReadAsPeople(text, sitesAndBodiesReadAsPeople(peopleOfBodies(text, authorsInCitations(text, out)))));
  retypeByTheirWords(text, out);
  out = signOffs(text, republicsInFull(out));
  return organisationsNamedAgain(text, headlineClauses(namesJoinedAcrossAnd(coinedTerms(text, acronymsInParentheses(text, acronymsBeforeTheirNames(text, namesSpelledByAcronyms(text, acronymsOfCommonWords(text, out))))))));
}

const WHITE_SPACE = /\s/;

// Words looked up as titles or posts, each once a process (up to a bound): the look-ups lower-case the word up to four times.
const titleishWords = new Map<string, boolean>();

/** A title or a post, in the plural too; the singular is made only where the word ends in "s". */
function titleish(w: string): boolean {
  let is = titleishWords.get(w);
  if (is === undefined) {
    const one = w.endsWith('s') ? w.slice(0, -1) : w;
    is = isTitleWord(w) || (one !== w && isTitleWord(one)) || isPostHead(w) || (one !== w && isPostHead(one));
    if (titleishWords.size > 20_000) titleishWords.clear();
    titleishWords.set(w, is);
  }
  return is;
}

/**
 * The last pass over the names by their own words: a body's word before "of", or an organisation's last word, makes an
 * organisation; a people's word read alone as a body is a term, a country's name read alone as a body the country.
 * A function of its own, as titleCaseHeadlines is: the optimising compiler's work on correctNames is not thrown away
 * and done again the first time a rare branch here is taken (about 50 ms of compiling each time, when a process starts).
 */
function retypeByTheirWords(text: string, names: NameMention[]): void {
  for (const n of names) {
    // "Ministry of Foreign Affairs", "University of Paris": a body's word, then "of", names the body.
    // "Clinton Foundation", "Democratic National Committee": a name ending in a word only organisations' names end in.
    if (n.type !== 'ORGANIZATION' && n.type !== 'DATE' && (BODY_OF.test(n.text) || endsLikeOrganisation(n.text))) n.type = 'ORGANIZATION';
    // "the Iraqi news agency", "Sierra Leonean rebels": a people's word read alone as a body is
    // the key term (in CoNLL-2003's training and dev labels such a word is a term 340 times of 354, a body once). Not a
    // place's name the lists know too ("the Vatican"), nor one with a possessive ("American's request" is the airline's).
    else if (n.type === 'ORGANIZATION' && isDemonym(n.text) && !isKnownPlace(n.text) && !isApostrophe(codeAt(text, n.end))) n.type = 'TERM';
    // "a free flight to Tonga", "PRESS DIGEST - Ivory Coast": a country's name read alone as a body is the country (in
    // CoNLL-2003's training labels 3,055 times of 3,108, the bodies 20 clubs and teams, as "Monaco" in a league table).
    // Not on a line with figures after it, nor in brackets after a player: a table's row may be a club's or a team's.
    else if (n.type === 'ORGANIZATION' && isNation(n.text) && codeAt(text, n.start - 1) !== 40 && !FIGURE_LATER_ON_LINE.test(text.slice(n.end, n.end + 80))) n.type = 'PLACE';
  }
}

/** The sentences that are Title Case headlines, as ranges (built by push: a packed array in every tier, see readDocument in ner/scorer.ts). */
function titleCaseHeadlines(sentences: readonly Token[][]): { start: number; end: number }[] {
  const headlines: { start: number; end: number }[] = [];
  for (const s of sentences) if (isTitleCaseHeadline(s)) headlines.push({ start: s[0].start, end: s[s.length - 1].end });
  return headlines;
}

// A figure later on the same line.
const FIGURE_LATER_ON_LINE = /^[^\n\r\u2028\u2029]*\d/;

// Verbs of saying and of assessing, only ones no name's last word is as a noun ("Facebook post", "Southern states" are).
const SAYING_OR_ASSESSING = new Set(
  'says said adds added warns warned tells told announces announced confirms confirmed denies denied argues argued insists insisted noted stated assess assesses assessed believes believed estimates estimated judges judged expects expected considers considered concludes concluded finds found'.split(' '),
);

/**
 * "The Joint Intelligence Committee assesses that …": a verb of saying or of assessing in lower case that the tagger took in
 * as a name's last word is the sentence's verb, not part of the name. Names in the training labels end in a lower-case
 * word at times ("Heathrow airport", "BBC radio"), never in such a verb.
 */
function withoutTrailingVerb(n: NameMention): NameMention {
  const space = n.text.lastIndexOf(' ');
  if (space < 0) return n;
  const last = n.text.slice(space + 1);
  const c = last.charCodeAt(0);
  if (c < 97 || c > 122 || !SAYING_OR_ASSESSING.has(last)) return n;
  const text = n.text.slice(0, space).trimEnd();
  return { start: n.start, end: n.start + text.length, type: n.type, text };
}

// Pronouns and auxiliary verbs: in no person's, organisation's or place's name in CoNLL-2003's or GMB's training labels.
const CLAUSE_WORD = /^(?:Me|He|She|They|His|Him|Is|Are|Was|Were|Did|Does|Has|Had|Have|Must|Would|Could|Should|Been|Being)$/;

// A headline's verbs and adverbs, and the words that open its clauses ("Trump Booed After Telling …", "Hillary Just
// Vowed To …", "Poll Shows …"): in no name of CoNLL-2003's or GMB's training labels or of CoNLL-2003's dev labels after its
// first word. A work's title may hold one ("Life After Death"), so a term keeps them.
const HEADLINE_VERB = /^(?:Just|After|Into|About|Over|Up|Off|Why|What|When|Where|Says|Tells|Slams|Wants|Gets|Makes|Finds|Reveals|Claims|Backs|Calls|Shows|Still|Never|Again|Even|Also|Can|Might)$/;

// Words a Title Case headline capitalises that a name keeps in lower case ("Institute for the Study of War").
const HEADLINE_WORD = /^(?:Of|For|To|On|In|At|A|An|Is|Are|Was|Were|With|By|From|And|Her|His|He|She|It|Be|Has|Have|Will|That|This|Who|As|Not)$/;

/**
 * "Dana Whitcomb Says She Is Ready To Run Again For The Top Job": a Title Case headline's clause, read
 * as one name, with two or more of the small words a name writes in lower case capitalised after its first word
 * (no name in CoNLL-2003's or GMB's training labels has two), or a pronoun or an auxiliary verb there ("Whitcomb Did
 * Well In"), or a headline's verb or adverb ("Whitcomb Just Vowed"). Only the name it opens with, where the text names it elsewhere ("Dana Whitcomb"), is a name; the rest goes.
 * So too a person's full name, named so elsewhere, then a common word that ends no organisation's name ("Dana
 * Whitcomb Backs Ferry Plan", "Mara Quell praising the budget"): a clause opens there, not a longer name.
 */
function headlineClauses(names: NameMention[]): NameMention[] {
  let out: NameMention[] | undefined;
  // The people named in full, gathered at the first name of three words or more; the names by their text (the first of
  // each) at the first clause, which few articles hold.
  let people: Set<string> | undefined;
  let byText: Map<string, NameMention> | undefined;
  const common = loadLexicon().lower;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // Three words at least, tested without splitting: most names are shorter.
    const second = n.text.indexOf(' ');
    if (n.type === 'DATE' || second < 0 || n.text.indexOf(' ', second + 1) < 0) {
      out?.push(n);
      continue;
    }
    if (!people) {
      people = new Set();
      for (const m of names) if (m.type === 'PERSON' && m.text.includes(' ')) people.add(m.text);
    }
    const ws = n.text.split(' ');
    let small = 0;
    let clause = false;
    for (let k = 1; k < ws.length; k++) {
      if (HEADLINE_WORD.test(ws[k])) small++;
      if (CLAUSE_WORD.test(ws[k]) || (n.type !== 'TERM' && HEADLINE_VERB.test(ws[k]))) clause = true;
    }
    const organisation = endsLikeOrganisation(n.text);
    if (small < 2 && !(clause && !organisation)) {
      // A person's full name the text gives, then a common word that ends no organisation's name.
      // At most six words of a person's name, so a name run on over a whole line of capitals costs no more than a short one.
      let k = people.size ? Math.min(ws.length - 1, 6) : 1;
      while (k >= 2 && !people.has(ws.slice(0, k).join(' '))) k--;
      const person = k >= 2 && !organisation ? ws.slice(0, k).join(' ') : '';
      const next = ws[k];
      if (!person || !common.has(next.toLowerCase()) || isOrgHead(next) || endsLikeOrganisation(`${person} ${next}`)) {
        out?.push(n);
        continue;
      }
      out ??= names.slice(0, i);
      out.push({ start: n.start, end: n.start + person.length, type: 'PERSON', text: person });
      continue;
    }
    out ??= names.slice(0, i);
    if (!byText) {
      byText = new Map();
      for (const m of names) if (m.type !== 'DATE' && !byText.has(m.text)) byText.set(m.text, m);
    }
    for (let k = Math.min(3, ws.length - 1); k >= 1; k--) {
      const prefix = ws.slice(0, k).join(' ');
      const named = byText.get(prefix);
      if (named) {
        out.push({ start: n.start, end: n.start + prefix.length, type: named.type, text: prefix });
        break;
      }
    }
  }
  return out ?? names;
}

// What follows a title before a person's name: the name, maybe after an honorific.
const TITLE_BEFORE_NAME = /^ (?:Sir |Dame )?\p{Lu}\p{Ll}/u;

// A stance for or against: "pro-Russia", "anti-Western", "pro-Beijing".
const STANCE = /^(?:pro|anti|Pro|Anti)-\p{Lu}[\p{L}-]*$/u;
const STANCE_IN_TEXT = /[Pp]ro-|[Aa]nti-/;

// A minister's or a secretary's title up to the portfolio: "Minister of ", "Secretary for the ".
const PORTFOLIO_POST = '(?:Minister|Ministers|Secretary|Secretaries|Commissioner|MINISTER|SECRETARY) (?:of|for|OF|FOR) ';
const PORTFOLIO_IN_TEXT = new RegExp(PORTFOLIO_POST);
const PORTFOLIO_BEFORE = new RegExp(`\\b${PORTFOLIO_POST}(?:the |THE )?$`);

// A month's short form ("May" is its full name too, and a first name).
const SHORT_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const SHORT_MONTH = new RegExp(`^(?:${SHORT_MONTHS})\\.?$`);
const SHORT_MONTH_CAPS = new RegExp(`^(?:${SHORT_MONTHS.toUpperCase()})$`);

// A portion marking of a classified document: a level, then "//" and its controls, in brackets.
const PORTION_MARKING = /\((?:U|C|S|TS|CUI)\/\/[A-Z0-9][A-Z0-9 ,/-]*\)/g;

/** Where the text's classification markings stand ("(U//FOUO)", "(S//REL TO USA, FVEY)"). */
function portionMarkings(text: string): { start: number; end: number }[] {
  // Built by push, so the array is of one kind whether or not the text holds a marking.
  const out: { start: number; end: number }[] = [];
  if (text.includes('//')) for (const m of text.matchAll(PORTION_MARKING)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// A party's letter and a state or district, in brackets or between commas: "(D-N.Y.)", "(R-FL)", ", R-Texas,".
// Matched where "(" or ", " comes before it (tested by hand: a lookbehind would be tried at every character).
const PARTY_AFFILIATION = /[DRI]-\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?(?=\)|,)/gu;

/** Where the text's party-and-state marks stand. */
function partyAffiliations(text: string, cues: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // No token holds a party's letter and a hyphen before a capital (cues.ts), else one look at the whole text.
  if (!(cues & CUE.PARTY) || !/[DRI]-[A-Z]/.test(text)) return out;
  for (const m of text.matchAll(PARTY_AFFILIATION)) {
    if (text.charCodeAt(m.index - 1) === 40 || (isSpace(text, m.index - 1) && text.charCodeAt(m.index - 2) === 44)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/**
 * At least three words of four or more letters, nearly all Capitalised, and no full stop at the end;
 * not a row of results ("Huddersfield 1 Crystal Palace 1", "Rose Cheruiyot (Kenya) 15:05.41"):
 * two figures, or a figure and a parenthesis; nor a list of fixtures ("Huddersfield v Crystal Palace, Reading v Stoke"),
 * a "v" or "vs" between sides.
 */
function isTitleCaseHeadline(sentence: Token[]): boolean {
  if (sentence.length < 3 || /[.!?]$/.test(sentence[sentence.length - 1].text)) return false;
  // One pass, left as soon as the answer is no: most sentences are running text, with two lower-case long words early on.
  let figures = 0;
  let bracket = false;
  let long = 0;
  let lower = 0;
  let caps = 0;
  for (const t of sentence) {
    const w = t.text;
    const c = w.charCodeAt(0);
    if (c >= 48 && c <= 57 && ++figures >= 2) return false;
    if (w === '(') bracket = true;
    else if (w === 'v' || w === 'vs' || w === 'vs.') return false;
    if (w.length < 4 || !LONG_WORD.test(w)) continue;
    long++;
    if (!TITLE_CASED.test(w) && ++lower >= 2) return false;
    if (ALL_CAPITALS.test(w)) caps++;
  }
  return !(figures === 1 && bracket) && long >= 3 && caps < long;
}
const LONG_WORD = /^\p{L}{4,}$/u;
const TITLE_CASED = /^\p{Lu}\p{Ll}/u;
const ALL_CAPITALS = /^\p{Lu}+$/u;
