import { BODY_WORD, KIND_OF_COMPANY, PUBLICATION_WORDS } from './ner/lists/organizations';
import type { Token } from './ner/tokenize';

/**
 * Words a name rule needs in the text before it can change anything: a paper's word for `newspapers`, a legal form for
 * `companiesByLegalForm`, a fixture's "v" for `fixtureSides`. A pattern run over the whole text to find out costs as
 * much as the rule itself (about 15 ms for every 1,000 articles, each); the tagger reads every token anyway, and each
 * distinct token's cues are worked out once (cuesOf), so a document's cues are one OR a token (SentenceScorer).
 *
 * Each cue holds whenever its rule's patterns could match, never less: a rule whose cue is absent would find nothing.
 * The patterns' word boundaries (\b) are ASCII's, so a token is read as its runs of ASCII letters, digits and "_" (the
 * words \b bounds): "bank-owned" holds "bank", "Inc." holds "Inc". The tokenizer never splits such a run of letters,
 * and a token ends at white space, so a word a pattern wants right before a space is its token's last run, and one
 * right after a space its first.
 */
export const CUE = {
  /** "newspaper", "daily", "journal" … first or last in a token (nameRules/organisations.ts: newspapers). */
  PAPER: 1 << 0,
  /** "newspaper", "daily", "weekly", "tabloid", "magazine" first in a token; "news" and "agency" (newsAgencies). */
  AGENCY_PAPER: 1 << 1,
  NEWS: 1 << 2,
  AGENCY: 1 << 3,
  /** "shares", "stock", "stake", "bonds", shareholders, "chief", "CEO", first or last in a token (companiesByTheirShares). */
  SHARES: 1 << 4,
  /** A company's, a group's or a party's word, a whole token (bodiesDescribedAsSuch). */
  BODY_KIND: 1 << 5,
  /** "v" alone: a fixture (fixtureSides). */
  VERSUS: 1 << 6,
  /** "Inc", "Corp", "Ltd", "Plc", "LLC", "AG", "S.A", "N.V" (companiesByLegalForm). */
  LEGAL_FORM: 1 << 7,
  /** "capital", "city", "town", "village", "port", "suburb" (placesDescribedAsSuch, after a comma). */
  TOWN: 1 << 8,
  /** Those and "district", "province", "island", "country", "state" … (placesDescribedAsSuch, "is a … of"). */
  PLACE_KIND: 1 << 9,
  /** A figure's ordinal ending, "82nd", "1st" (numberedUnits). */
  ORDINAL: 1 << 10,
  /** A day in ISO form, "1996-08-30" (datelines). */
  ISO_DAY: 1 << 11,
  /** A token ending in "Minister", "Secretary", "Commissioner" … (correctNames: a portfolio's title). */
  PORTFOLIO: 1 << 12,
  /** "pro-", "anti-" (correctNames: a stance). */
  STANCE: 1 << 13,
  /** A paper's name's word, "Times", "Post", "Guardian", first in a token (papersWithThe). */
  PUBLICATION: 1 << 14,
  /** A word for a kind of company, "bank", "group", "firm" …, first or last in a token (companiesByTheirKind). */
  KIND_FIRST: 1 << 15,
  KIND_LAST: 1 << 16,
  /** A month's name or short form (not "may" or "march", mostly verbs), a weekday, "today", "yesterday", "tomorrow", any case (dates.ts). */
  DATE_WORD: 1 << 17,
  /** "May", "MAY", "March", "MARCH": the month, as written for it. */
  MONTH_VERB_CAPITALISED: 1 << 18,
  /** "may", "march": a month only before a day, which the sentence's pattern decides. */
  MONTH_VERB: 1 << 19,
  /** A slash ("12/25/2016"), an underscore or an "n't": where the runs may not be the text's, the sentence's patterns decide. */
  DATE_UNSURE: 1 << 20,
  /** "week", "month", "year" or "ago" anywhere in a token ("weekend", "Chicago"): a time counted from the article's date. */
  TIME_UNIT: 1 << 21,
  /** A year's digits, 1800 to 2099, anywhere in a token. */
  YEAR_DIGITS: 1 << 22,
  /** A player's or a coach's place in a side, "striker", "coach", "wicket-keeper" … opening a token (nameRules/clubs.ts: clubsBeforePlayers). */
  PLAYER: 1 << 23,
  /** A word of a result or a league's order, "beat", "victory", "champions", "-placed", "club", any case, last in a token (clubsInResults). */
  RESULT: 1 << 24,
  /** A score, "3-1" (clubsInResults). */
  SCORE: 1 << 25,
  /** A ship's prefix ("HMS"), an operation's or a storm's word, or a word for a ship ("tanker"), any case (nameRules/terms.ts: vessels). */
  VESSEL: 1 << 26,
  /** A body's word, "Ministry", "Council", "School", "Fund" …, last in a token (nameRules/organisations.ts: bodiesOfThe). */
  BODY_LAST: 1 << 27,
  /** A capital letter last in a token, maybe before "&"s: where an acronym ends (acronymsActing). */
  ACRONYM_END: 1 << 28,
  /** "OF" or "FOR" in capitals, a whole token: a body's name in capitals (nameRules/organisations.ts: bodiesHeadingLines, bodiesInCapitals). */
  CAPS_OF: 1 << 29,
  /** A party's letter, a hyphen and a capital inside a token, "D-N", "R-Texas" (nameRules.ts: a lawmaker's party and state). */
  PARTY: 1 << 30,
  /** "board", "boards", "founded" or "cofounded" last in a token, in small letters (nameRules/organisations.ts: organisationsByTheirBoards). The sign bit: ask it with `&`, as every cue. */
  BOARD: 1 << 31,
} as const;

/** Every cue: what a rule assumes where nobody gathered the document's (a test calling it on a bare string). */
export const ALL_CUES = -1;

const words = (list: string) => new Set(list.split('|'));
const PAPER = words('newspaper|daily|weekly|monthly|quarterly|magazine|newsweekly|tabloid|journal');
const AGENCY_PAPER = words('newspaper|daily|weekly|tabloid|magazine');
const SHARES = words('shares|Shares|share|stock|Stock|stake|Stake|bonds|Bonds|shareholders|Shareholders|stockholders|Stockholders|chief|CEO');
const BODY_KIND = words(
  'company|firm|maker|manufacturer|bank|insurer|lender|retailer|airline|broadcaster|startup|start-up|conglomerate|subsidiary|unit|utility|refiner|brokerage|newspaper|agency|group|chain|party|organisation|organization|charity|union|giant',
);
const LEGAL_FORM = words('Inc|Corp|Ltd|Plc|PLC|LLC|AG');
const TOWN = words('capital|city|town|village|port|suburb');
const PLACE_KIND = words('capital|city|town|village|port|municipality|suburb|district|province|region|island|country|river|lake|state|county|commune|settlement|hamlet');
const PUBLICATION = words(PUBLICATION_WORDS);
const KIND = words(KIND_OF_COMPANY);
const ORDINAL = /\d(?:st|nd|rd|th)$|^(?:st|nd|rd|th)$/;
const ISO_DAY = /\d{4}-\d\d-\d\d/;
const PORTFOLIO = /(?:Minister|Ministers|Secretary|Secretaries|Commissioner|MINISTER|SECRETARY)$/;
const STANCE = /[Pp]ro-|[Aa]nti-/;
// "S.A" and "N.V" as the patterns read them, or their letters where the tokenizer split them ("S", ".", "A").
const DOTTED_LEGAL_FORM = /\bS\.A\b|\bN\.V\b|^[SN]$/;
const ASCII_RUN = /\w+/g;
const DATE_WORD = words(
  'jan|january|feb|february|mar|apr|april|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow',
);
const MONTH_VERB_CAPITALISED = words('May|MAY|March|MARCH');
const MONTH_VERB = words('may|march');
const DATE_UNSURE = /[/_]|^n['’]/;
const TIME_UNIT = /week|month|year|ago/;
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;
// As clubs.ts's PLAYER_AFTER and RESULT_BEFORE read them.
const PLAYER =
  /^(?:goalkeeper|keeper|defender|midfielder|striker|forward|winger|sweeper|playmaker|skipper|coach|outfielder|infielder|shortstop|pitcher|catcher|reliever|quarterback|linebacker|batsman|bowler|wicketkeeper|wicket-keeper|all-rounder|spinner|paceman|opener|flanker|hooker|fly-half|scrum-half|full-back|fullback|trio|duo|team-mate|teammate)s?\b/;
const RESULT = words(
  'beat|beats|beating|routed|thrashed|defeated|defeating|edged|downed|crushed|hammered|trounced|humbled|blanked|whipped|defeat|victory|win|triumph|demolition|thrashing|drubbing|placed|leaders|champions|newcomers|holders|finalists|strugglers|promoted|relegated|club|side',
);
const SCORE = /\d-\d/;
const ACRONYM_END = /[A-Z]&*$/;
// The tokenizer keeps a letter, a hyphen and a letter in one token ("D-N.Y." gives "D-N"), so the text's "D-N" is a token's.
const PARTY = /[DRI]-[A-Z]/;
const BOARD = words('board|boards|founded|cofounded');
const BODY_LAST = new RegExp(`^(?:${BODY_WORD}|School|College|Centre|Center|Foundation|Fund)$`);
// As terms.ts's SHIP_PREFIX, NAMED_SHIP and VESSEL read them.
const SHIP_PREFIX = words('HMS|USS|USNS|RFA|HMAS|HMCS|HMNZS|INS|MV|Operation|Hurricane|Typhoon|Cyclone');
const VESSEL = words('tanker|ship|vessel|warship|frigate|destroyer|submarine|freighter|ferry|yacht|cruiser|trawler|corvette|icebreaker|liner|carrier');

/** A token's cues (CUE), from the token alone: worked out once a distinct token, the patterns tried only where they could match. */
export function cuesOf(token: string): number {
  let digit = false;
  let upper = false;
  let other = false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c >= 97 && c <= 122) continue;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 48 && c <= 57) digit = true;
    else other = true;
  }
  // A token of ASCII letters and digits alone is its one run.
  const runs = other ? (token.match(ASCII_RUN) ?? []) : [token];
  const first = runs[0] ?? '';
  const last = runs[runs.length - 1] ?? '';
  const lower = upper ? token.toLowerCase() : token;
  let cues = 0;
  if (PAPER.has(first) || PAPER.has(last)) cues |= CUE.PAPER;
  if (AGENCY_PAPER.has(first)) cues |= CUE.AGENCY_PAPER;
  if (first === 'news') cues |= CUE.NEWS;
  if (first === 'agency') cues |= CUE.AGENCY;
  if (SHARES.has(first) || SHARES.has(last)) cues |= CUE.SHARES;
  if (BODY_KIND.has(token)) cues |= CUE.BODY_KIND;
  if (token === 'v') cues |= CUE.VERSUS;
  if (TOWN.has(token)) cues |= CUE.TOWN;
  if (PLACE_KIND.has(token)) cues |= CUE.PLACE_KIND;
  if (PUBLICATION.has(first)) cues |= CUE.PUBLICATION;
  if (KIND.has(first)) cues |= CUE.KIND_FIRST;
  if (KIND.has(last)) cues |= CUE.KIND_LAST;
  for (const r of runs) {
    if (DATE_WORD.has(upper ? r.toLowerCase() : r)) cues |= CUE.DATE_WORD;
    if (MONTH_VERB.has(r)) cues |= CUE.MONTH_VERB;
    if (upper && MONTH_VERB_CAPITALISED.has(r)) cues |= CUE.MONTH_VERB_CAPITALISED;
  }
  if (TIME_UNIT.test(token)) cues |= CUE.TIME_UNIT;
  if (PLAYER.test(token)) cues |= CUE.PLAYER;
  if (RESULT.has(upper ? last.toLowerCase() : last)) cues |= CUE.RESULT;
  if (BOARD.has(last)) cues |= CUE.BOARD;
  if (VESSEL.has(lower)) cues |= CUE.VESSEL;
  if (digit) {
    if (ISO_DAY.test(token)) cues |= CUE.ISO_DAY;
    if (YEAR_DIGITS.test(token)) cues |= CUE.YEAR_DIGITS;
    if (SCORE.test(token)) cues |= CUE.SCORE;
  }
  if (digit || token.length === 2) if (ORDINAL.test(token)) cues |= CUE.ORDINAL;
  // Patterns of capitals: a legal form, a portfolio's title, an acronym's end, a body's or a ship's word.
  if (upper) {
    if (runs.some((r) => LEGAL_FORM.has(r)) || DOTTED_LEGAL_FORM.test(token)) cues |= CUE.LEGAL_FORM;
    if (PORTFOLIO.test(token)) cues |= CUE.PORTFOLIO;
    if (ACRONYM_END.test(token)) cues |= CUE.ACRONYM_END;
    if (BODY_LAST.test(last)) cues |= CUE.BODY_LAST;
    if (SHIP_PREFIX.has(last) || SHIP_PREFIX.has(token)) cues |= CUE.VESSEL;
    if (token === 'OF' || token === 'FOR') cues |= CUE.CAPS_OF;
    if (other && PARTY.test(token)) cues |= CUE.PARTY;
  }
  if (other) {
    if (STANCE.test(token)) cues |= CUE.STANCE;
    if (DATE_UNSURE.test(token)) cues |= CUE.DATE_UNSURE;
  }
  return cues;
}

const LAST_RUN = /\w+$/;

/** Where a token's last run of ASCII letters, digits and "_" starts (its end where it has none). */
export function lastRunAt(t: Token): number {
  return t.end - (LAST_RUN.exec(t.text)?.[0].length ?? 0);
}

/**
 * A sticky pattern's matches as matchAll would find the same pattern's over the whole text, where every match has to
 * start at one of `starts` (ascending): tried there alone, in text order, and never inside the match before.
 */
export function matchesAt(text: string, pattern: RegExp, starts: Iterable<number>): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m) continue;
    out.push(m);
    from = at + m[0].length;
  }
  return out;
}

/** matchesAt where the starts are `starts(t)` of the tokens holding `cue`. */
export function matchesAtTokens(text: string, sentences: readonly Token[][], cue: number, pattern: RegExp, starts: (t: Token) => readonly number[]): RegExpExecArray[] {
  const at: number[] = [];
  for (const s of sentences) for (const t of s) if (t.cues & cue) at.push(...starts(t));
  return matchesAt(text, pattern, at);
}
