import { ALL_CUES, CUE } from '../cues';
import { MONTH_NAME } from '../dates';
import { type NameMention, retyped, withNamesInPlace } from '../names';
import countryList from '../ner/countries.json';
import { isKnownPlace } from '../ner/gazetteer';
import { isFunctionWord } from '../functionWords';
import { isPersonalName, loadLexicon } from '../ner/lexicon';
import { codeAt, type Token } from '../ner/tokenize';

// Sports clubs named for their towns, which the tagger, like a reader without the sports pages, takes
// for the towns: in fixtures, results, league tables and line-ups. A country's side stays a place.

// " (Z) 4", " (B) - ": a town's letter, then a score or a fixture's dash: a table's row, not a party ("Research (D) and").
const CLUB_TOWN = /^ \(\p{Lu}\)\s+(?:\d|-\s|v\s)/u;

const COUNTRIES = new Set(countryList.names);

/** A country's name or spelling as world-countries gives it ("Canada", "United States"). */
export function isCountry(name: string): boolean {
  return COUNTRIES.has(name);
}
// The United Kingdom's nations field their own sides, which CoNLL-2003 labels places as it does countries'.
const HOME_NATIONS = new Set(['England', 'Scotland', 'Wales', 'Northern Ireland', 'Britain', 'Great Britain']);
const NATIONS_IN_CAPITALS = new Set([...COUNTRIES, ...HOME_NATIONS].map((c) => c.toUpperCase()));
// Sixteen thousand towns: made into a set only when an article first holds a fixture or a result.
let towns: Set<string> | undefined;
const titleCase = (name: string) => name.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (m) => m.toUpperCase());

/**
 * Whether a place's name may be a club's: a town ("Palermo", "SAO PAULO"), or a name no list knows as a place
 * ("Nocerina"); not a country or a home nation, whose side is a place, nor a known place that is no town
 * ("Yugoslavia", "Bosnia", "Africa": a former country's side, a region).
 */
function mayNameAClub(name: string): boolean {
  if (isNation(name)) return false;
  if (!isKnownPlace(name)) return true;
  towns ??= new Set(countryList.towns);
  if (towns.has(name)) return true;
  // A known place that is no town as written ("Texas") is looked up once in Title Case, then remembered.
  let town = townsInTitleCase.get(name);
  if (town === undefined) {
    town = towns.has(titleCase(name));
    if (townsInTitleCase.size > 10_000) townsInTitleCase.clear();
    townsInTitleCase.set(name, town);
  }
  return town;
}
const townsInTitleCase = new Map<string, boolean>();

/** A country's or a home nation's name, in capitals too: its side is a place. */
export function isNation(name: string): boolean {
  return COUNTRIES.has(name) || HOME_NATIONS.has(name) || NATIONS_IN_CAPITALS.has(name);
}
const FIXTURE_V = /\p{L} v\s\p{Lu}/u;

/**
 * "Torquay v Exeter, Wigan v Chester": a town on either side of a fixture's "v" is its club (in CoNLL-2003's
 * training labels 68 times of 68), while a country is its national side, which the labels keep a place
 * (5 of 5: "Italy v Austria"), as are the home nations' and a former country's ("England v Pakistan", "Brazil v
 * Yugoslavia"). People ("Agassi v Sampras") are left as they are. Countries and towns: countries.json.
 */
export function fixtureSides(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // Most articles hold no fixture: no "v" among their tokens (cues.ts), else one look at the whole text first.
  if (!(cues & CUE.VERSUS) || !text.includes(' v') || !FIXTURE_V.test(text)) return names;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PLACE' || !mayNameAClub(n.text)) continue;
    if (/^ v\s/.test(text.slice(n.end, n.end + 3)) || /\sv\s$/.test(text.slice(Math.max(0, n.start - 3), n.start))) names[i] = retyped(n, 'ORGANIZATION');
  }
  return names;
}

// "Gloria Bistrita (Romania) 2 Valletta (Malta) 1", "In Graz: Casino Graz (Austria) v Ekeren (Belgium)": a cup's
// fixture or result, each side with its country in brackets, one score or a "v" between them.
const CUP_ROW = /(?:^|: )(\p{Lu}[^()\n\r:]*?) \((\p{Lu}[\p{L} ]+)\) (?:\d{1,2}|v) (\p{Lu}[^()\n\r]*?) \((\p{Lu}[\p{L} ]+)\)/gmu;
const CUP_GAP = /\) (?:\d{1,2}|v) \p{Lu}/u;

/**
 * "Levski Sofia (Bulgaria) 1 Olimpija (Slovenia) 0", "Casino Graz (Austria) v Ekeren (Belgium)": the sides of a cup's
 * fixture or result, each with its country in brackets, are clubs, whatever the tagger made of them (in CoNLL-2003's
 * training labels 13 times of 16; the other three a town the labels keep a place and a name with its draw's mark).
 */
export function clubsWithTheirCountries(text: string, names: NameMention[]): NameMention[] {
  if (!text.includes(') ') || !CUP_GAP.test(text)) return names;
  const added: NameMention[] = [];
  CUP_ROW.lastIndex = 0;
  for (let m = CUP_ROW.exec(text); m; m = CUP_ROW.exec(text)) {
    if (!isNation(m[2]) || !isNation(m[4])) continue;
    const first = m.index + m[0].indexOf(m[1]);
    const second = m.index + m[0].lastIndexOf(`${m[3]} (`);
    for (const [side, start] of [
      [m[1], first],
      [m[3], second],
    ] as const) {
      // At most three words: a longer run is a line's heading and the club ("Cup Winners' Cup x-Cercle Brugge").
      if (!isNation(side) && side.split(' ').length <= 3) added.push({ start, end: start + side.length, type: 'ORGANIZATION', text: side });
    }
    // The second side's bracket may open the next row's first side: go on from its country.
    CUP_ROW.lastIndex = second + m[3].length;
  }
  return withNamesInPlace(names, added);
}

// A player's or a coach's place in a side: only clubs and national sides stand before these words.
const PLAYER_AFTER =
  /^(?:['’]s(?: [A-Z][a-z]+)?)?\s+(?:goalkeeper|keeper|defender|midfielder|striker|forward|winger|sweeper|playmaker|skipper|coach|outfielder|infielder|shortstop|pitcher|catcher|reliever|quarterback|linebacker|batsman|bowler|wicketkeeper|wicket-keeper|all-rounder|spinner|paceman|opener|flanker|hooker|fly-half|scrum-half|full-back|fullback|trio|duo|team-mate|teammate)s?\b/;

/**
 * "Sao Paulo midfielder Andre", "the Dortmund trio", "Seattle shortstop Alex Rodriguez": a town before a
 * player's position is the club (in CoNLL-2003's training labels, every town there); a country, or one of
 * the home nations, is its national side and stays a place.
 */
export function clubsBeforePlayers(text: string, names: NameMention[], cues = ALL_CUES): NameMention[] {
  // No player's word among the tokens (cues.ts): no article about sport.
  if (!(cues & CUE.PLAYER)) return names;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PLACE' || !mayNameAClub(n.text)) continue;
    if (PLAYER_AFTER.test(text.slice(n.end, n.end + 36))) names[i] = retyped(n, 'ORGANIZATION');
  }
  return names;
}

// "beat Cosenza 3-1", "routed Baltimore 10-3": a score after a name.
const SCORE_AFTER = /^\s+\d{1,3}-\d{1,3}\b/;
// "lost 3-0 to Palermo", "a 2-1 win over Metz", "beat Cosenza", "second-placed Stuttgart", "newcomers Perugia":
// a score, a win or a defeat, or a place in a league, before a name.
const RESULT_BEFORE = new RegExp(
  `(?:${[
    '\\b\\d{1,3}-\\d{1,3}\\s+(?:to|over|against)',
    '\\b(?:beat|beats|beating|routed|thrashed|defeated|defeating|edged|downed|crushed|hammered|trounced|humbled|blanked|whipped)',
    '\\b(?:defeat|victory|win|triumph|demolition|thrashing|drubbing) (?:of|over|against)',
    '\\b(?:second|third|fourth|fifth|sixth|bottom|top|last)-placed',
    '\\b(?:leaders|champions|newcomers|holders|finalists|strugglers|newly-promoted|promoted|relegated)',
    // "serie B club Pescara", "first division side Manchester City".
    '\\b(?:club|side)',
  ]
    .join('|')}) +$`,
  'i',
);

/**
 * "Fiorentina easily beat Cosenza 3-1", "lost 3-0 to Palermo", "second-placed Stuttgart": a town in a
 * match's result or a league's order is its club (in CoNLL-2003's training labels, 59 times of 64 outside
 * a country's name, the rest its venue); a country or a home nation is its national side, a place.
 */
export function clubsInResults(text: string, names: NameMention[], cues = ALL_CUES, sentences?: readonly Token[][]): NameMention[] {
  if (!(cues & (CUE.RESULT | CUE.SCORE))) return names;
  // Where the tokens are at hand, the ends of those holding a result's word or a score, and the starts of those holding a
  // score: a name with none of the first ending in the 40 characters before it (where RESULT_BEFORE looks) nor any of
  // the second starting in the 10 after it (SCORE_AFTER) is no club here, and is passed over without its slices.
  let results: number[] | undefined;
  let scores: number[] | undefined;
  if (sentences && cues !== ALL_CUES) {
    results = [];
    scores = [];
    for (const s of sentences)
      for (const t of s) {
        if (t.cues & (CUE.RESULT | CUE.SCORE)) results.push(t.end);
        if (t.cues & CUE.SCORE) scores.push(t.start);
      }
  }
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PLACE') continue;
    if (results && scores && !anyWithin(results, n.start - 40, n.start) && !anyWithin(scores, n.end, n.end + 10)) continue;
    // "beat Yugoslavia's Red Star": the club is the name after.
    if (!mayNameAClub(n.text) || /^['’]s\b/.test(text.slice(n.end, n.end + 3))) continue;
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    if (RESULT_BEFORE.test(before) || (SCORE_AFTER.test(text.slice(n.end, n.end + 10)) && !PLACE_BEFORE.test(before.slice(-12)))) names[i] = retyped(n, 'ORGANIZATION');
  }
  return names;
}

/** Whether the ascending `positions` hold one above `from` and at most `to`. */
function anyWithin(positions: readonly number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo < positions.length && positions[lo] <= to;
}

// "in Sao Paulo", "the city of Lens", "near Leeds": the town itself, not its club.
const PLACE_BEFORE = /\b(?:in|at|near|of|outside|around|across|into|to|toward|towards)\s+$/i;

/**
 * "Sao Paulo midfielder Andre … Sao Paulo lead the first stage": once a fixture or a player's position
 * shows a town's name is a club's, its other uses in the article are the club too, unless a preposition of
 * place comes before it ("in Sao Paulo") or a region after it ("Lens, France").
 */
export function clubsNamedElsewhere(text: string, names: NameMention[], clubs: ReadonlySet<string>): NameMention[] {
  if (!clubs.size) return names;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'PLACE' || !clubs.has(n.text)) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start)) || /^,\s+\p{Lu}/u.test(text.slice(n.end, n.end + 3))) continue;
    names[i] = retyped(n, 'ORGANIZATION');
  }
  return names;
}

/**
 * "Proleter (Z) 4 0 1 3", "Rad (B)": a league table's club with its town's letter in brackets; the
 * letter is part of the name (in CoNLL-2003's training labels 6 times of 6 after an organisation).
 * Only before a score or a fixture's dash: in running text "(D)" after a pollster is its party.
 */
export function clubsWithTownLetters(text: string, names: NameMention[]): NameMention[] {
  const out: NameMention[] = [];
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'ORGANIZATION' || codeAt(text, n.end + 1) !== 40 || !CLUB_TOWN.test(text.slice(n.end, n.end + 8))) {
      out.push(n);
      continue;
    }
    const end = n.end + 4;
    while (names[i + 1] && names[i + 1].start < end) i++;
    out.push({ start: n.start, end, type: n.type, text: text.slice(n.start, end) });
  }
  return out;
}

// A name in brackets right after a person's: "Alexandre Comisetti (Grasshoppers)", "Wang Chen (China)".
const BRACKETED_AFTER = /^ \((\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})\)/u;

/**
 * Whether words in brackets after a person's name may be a club's: not a state, a party's letter or initials ("(R-Texas)",
 * "(D)", "(Tex.)", "(A.J.P.)"), a nickname ("James Leander (Leo) Nichols"), a translation or a grade ("Nuestra Historia
 * (Our History)", "Tin (Grade A)").
 */
function mayBeBracketedClub(x: string): boolean {
  if (x.length < 3 || x.includes('.') || /^\p{Lu}{1,2}-/u.test(x)) return false;
  const words = x.split(' ');
  if (words.length === 1) return !isPersonalName(x) && !isFunctionWord(x);
  const common = loadLexicon().lower;
  return !words.some((w) => w.length < 2 || isFunctionWord(w)) && !words.every((w) => common.has(w.toLowerCase()));
}

/**
 * "Midfielders - Alexandre Comisetti (Grasshoppers), Antonio Esposito (Grasshoppers), Sebastien Fournier (Stuttgart)": where
 * most names in brackets after people's names in an article may name a club (not a country, a home nation or a place the
 * lists know that is no town), they are the players' clubs, organisations. Where most are countries ("Wang Chen (China)",
 * "Brian Lara (Trinidad)") they are the players' nations, and stay places. In CoNLL-2003's training and dev labels a name
 * there that is no country is a club 60 times of 82, the rest countries' other names and abbreviations in such lists.
 */
export function clubsInPlayerBrackets(text: string, names: NameMention[]): NameMention[] {
  if (!text.includes(') ') && !text.includes('),')) return names;
  const found: { start: number; end: number; text: string; club: boolean }[] = [];
  for (const n of names) {
    if (n.type !== 'PERSON' || codeAt(text, n.end + 1) !== 40) continue;
    const m = BRACKETED_AFTER.exec(text.slice(n.end, n.end + 40));
    if (!m) continue;
    const x = m[1];
    if (!mayBeBracketedClub(x)) continue;
    found.push({ start: n.end + 2, end: n.end + 2 + x.length, text: x, club: !isKnownPlace(x) });
  }
  // Only where one of them at least is no known place ("Grasshoppers"): a senator's state ("(Texas)") is not worth the look.
  if (!found.some((f) => f.club)) return names;
  let clubs = 0;
  for (const f of found) {
    if (!f.club) f.club = mayNameAClub(f.text);
    clubs += f.club ? 1 : -1;
  }
  if (clubs <= 0) return names;
  const added: NameMention[] = [];
  for (const f of found) {
    if (!f.club) continue;
    // A person read there ("Esposito (Grasshoppers)" aside) is left as read.
    if (names.some((n) => n.start < f.end && f.start < n.end && n.type === 'PERSON')) continue;
    added.push({ start: f.start, end: f.end, type: 'ORGANIZATION', text: f.text });
  }
  return withNamesInPlace(names, added);
}

// A side in a result's row: capitalised words, with the particles clubs' names hold (a number inside one, "Bayer 04 Leverkusen", is not read).
const SIDE = String.raw`\p{Lu}[\p{L}\p{M}'’.&-]*(?: (?:\p{Lu}[\p{L}\p{M}'’.&-]*|de|del|di|la|le|am|an|der|von|van|upon|on))*`;
// "Sale 31 Wasps 33", "London Irish 27 Bristol 28 (halftime 10-14)": a line that is a match's result, one side and
// its score, then the other and its score, and at most a bracket after.
const SCORE_ROW = new RegExp(String.raw`^(${SIDE}) \d{1,3} (${SIDE}) \d{1,3}(?=$| \()`, 'gmu');
/**
 * Whether a figure (0 to 9) stands right before a line's end, a space and a bracket, or the text's end: what
 * `/\d(?: \(|\r?\n|$)/` finds, looked for from the text's line breaks and brackets, not at every character.
 */
function figureEndsARow(text: string): boolean {
  if (isFigure(codeAt(text, text.length - 1))) return true;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (isFigure(codeAt(text, codeAt(text, at - 1) === 13 ? at - 2 : at - 1))) return true;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) if (codeAt(text, at - 1) === 32 && isFigure(codeAt(text, at - 2))) return true;
  return false;
}
const isFigure = (c: number): boolean => c >= 48 && c <= 57;

/**
 * "Sale 31 Wasps 33", "Northampton 46 West Hartlepool 20": each side of a result's row is a club, its whole name
 * ("London Irish", not the town London), whatever the tagger made of it. In CoNLL-2003's training labels such a side
 * is a club 971 times of 984; the rest are countries' national sides, which the labels keep places ("Togo 1 Congo 0", 8
 * of 8: so they are here), and two names the labels cut short. Not a month ("Aug 27 Aug 26" is two dates).
 */
export function clubsInScoreRows(text: string, names: NameMention[]): NameMention[] {
  // Most articles hold no number before a line's end or a bracket: one plain look first.
  if (!figureEndsARow(text)) return names;
  const added: NameMention[] = [];
  SCORE_ROW.lastIndex = 0;
  for (let m = SCORE_ROW.exec(text); m; m = SCORE_ROW.exec(text)) {
    // After the first side, a space, its score and a space.
    const second = text.indexOf(' ', m.index + m[1].length + 1) + 1;
    // Two countries or home nations: their national sides, places ("Togo 1 Congo 0"), whatever the tagger made of them. A
    // country's name against a club's is left as read: it may be a club's ("Guingamp 2 Monaco 1").
    const nations = isNation(m[1]) && isNation(m[2]);
    for (const [side, start] of [
      [m[1], m.index],
      [m[2], second],
    ] as const) {
      if (nations) added.push({ start, end: start + side.length, type: 'PLACE', text: side });
      else if (!MONTH_NAME.test(side) && mayNameAClub(side)) added.push({ start, end: start + side.length, type: 'ORGANIZATION', text: side });
    }
  }
  return withNamesInPlace(names, added);
}
