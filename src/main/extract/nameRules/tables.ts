import { matchesAt } from '../cues';
import { lineStarts, type NameMention, retyped, withNamesInPlace } from '../names';
import { isKnownOrganization, isKnownPlace } from '../ner/gazetteer';
import { loadLexicon } from '../ner/lexicon';

// Names opening a table's rows of figures: a town whose figures they are, a company whose prices.

// A figure written with thousands or decimals: "1,453", "13.1", "5,710.53".
const FIGURE = /\d,\d{3}|\d\.\d/;
// Australian rules' score, goals and behinds then points: "Brisbane 10.11 (71)" is the club; a league table's
// row opens with whole numbers, played, won, drawn…, whatever figures follow: "Sydney 21 15 1 5 2067 1687 122.5 62".
const CLUB_ROW = /^\s+(?:\d{1,2}\.\d{1,2}\s+\(\d+\)|\d+\s+\d+\s+\d+(?:\s|$))/;

/**
 * "Bremen 1,453 up 13.1", "NEW YORK 5,710.53 - 22.94", "Dewas 45 Yellow 12,700": a town opening a table's
 * row of figures is the place they are about (an airport's passengers, a market's index, a town's price),
 * where the tagger, taught by league tables of small whole numbers, reads a club. In CoNLL-2003's training
 * labels a known place before such figures is a place 18 times of 21.
 */
export function placesInFigureTables(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if (n.type !== 'ORGANIZATION' || (n.start > 0 && text.charCodeAt(n.start - 1) !== 10)) continue;
    const lineEnd = text.indexOf('\n', n.end);
    const row = text.slice(n.end, lineEnd < 0 ? text.length : lineEnd);
    if (!/^\s+\d/.test(row) || !FIGURE.test(row) || CLUB_ROW.test(row)) continue;
    if (isKnownPlace(n.text) && !isKnownOrganization(n.text)) names[i] = retyped(n, 'PLACE');
  }
  return names;
}

// A price table's row: a name in capitals (after a list's dash), then nothing but three figures or more, one
// written with decimals or thousands: "CESKA SPORITELNA 335.00 375.00 533153 198354.941", "- AHOLD 7,190 1,123 10.01".
const PRICE_ROW = /^(?:-+\s+)?(\p{Lu}[\p{Lu}&.'-]*(?: \p{Lu}[\p{Lu}&.'-]*){0,3})((?:\s+[-+]?\d[\d,]*(?:\.\d+)?){3,})[ \t]*$/gmu;

const PRICE_ROW_AT = new RegExp(PRICE_ROW.source, 'muy');

/**
 * PRICE_ROW's matches, as matchAll finds them, tried only at the starts of lines (where its ^ holds) that open with a
 * dash or a capital, and not inside the match before.
 */
function priceRows(text: string): RegExpExecArray[] {
  const opening = lineStarts(text).filter((at) => {
    const c = text.charCodeAt(at);
    return c === 45 || (c >= 65 && c <= 90) || c > 127;
  });
  return matchesAt(text, PRICE_ROW_AT, opening);
}

/**
 * "KOMERCNI BANKA 2320.00 2370.00 7000 16408.700": a name in capitals opening a row of prices is the company
 * quoted (in CoNLL-2003's training labels 26 of 26 such names that are not English words). A row whose name
 * holds a common word ("STRIKE PRICE 25.00", "TOTAL 1,113,785") is a figure's label, one naming a place
 * ("LONDON 3,907.5") the market's index, and a person the tagger found stays a person.
 */
export function companiesInPriceTables(text: string, names: NameMention[]): NameMention[] {
  const common = loadLexicon().lower;
  const added: NameMention[] = [];
  for (const m of priceRows(text)) {
    if (!/\d[.,]\d/.test(m[2])) continue;
    const name = m[1].replace(/\.$/, '');
    if (name.split(' ').some((w) => common.has(w.toLowerCase())) || isKnownPlace(name)) continue;
    const start = (m.index ?? 0) + m[0].indexOf(m[1]);
    const end = start + name.length;
    if (names.some((n) => n.type === 'PERSON' && n.start < end && start < n.end)) continue;
    added.push({ start, end, type: 'ORGANIZATION', text: name });
  }
  return withNamesInPlace(names, added);
}

// A schedule's row opening with a weekday's abbreviation in capitals: "MON Gencor YR EPS 93.12", "THU JD Group YR DIV 41.8".
const WEEKDAY_OPENING = /^(?:MON|TUE|WED|THU|FRI) (?=\S)/;

/**
 * "MON Gencor YR EPS 93.12 …": the weekday opening a row of a table of dates (results due, meetings) is the
 * row's date, not the first word of the name after it, which the tagger took in ("MON Gencor"). In CoNLL-2003's
 * training and dev labels the 16 names after such a weekday are all organisations and none holds it.
 */
export function weekdaysOpeningRows(text: string, names: NameMention[]): NameMention[] {
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    if ((n.start > 0 && text.charCodeAt(n.start - 1) !== 10) || n.type === 'DATE' || !WEEKDAY_OPENING.test(n.text)) continue;
    names[i] = { start: n.start + 4, end: n.end, type: n.type, text: n.text.slice(4) };
  }
  return names;
}
