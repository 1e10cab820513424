import { familyNamesInFull, type NameMention } from '../names';
import { isKnownOrganization, isKnownPlace } from '../ner/gazetteer';
import { isPersonalName, loadLexicon } from '../ner/lexicon';
import { PUBLICATION } from '../ner/lists/organizations';

// A dateline's dash and a space: "WASHINGTON — ", "LONDON -- ".
const AFTER_DATELINE_DASH = /(?:\s[—–]|--)\s$/;
// A numbered or bulleted paragraph's mark opening its line: "1. ", "(b) ", "iv) ", "• ".
const LIST_MARK_LINE = /^[ \t]*(?:\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]|[•·▪◦*–—-])[ \t]+$/;

/** Whether a paragraph's number or bullet alone stands before `at` on its line. */
function afterListMark(text: string, at: number): boolean {
  // Read back at most 11 characters for the line's start, not to the paragraph's: this runs for most names.
  let line = at;
  while (line > 0 && at - line <= 10 && text.charCodeAt(line - 1) !== 10) line--;
  return at - line <= 10 && LIST_MARK_LINE.test(text.slice(line, at));
}

let placesWithThe: Set<string> | undefined;

/** Places whose names begin with a capitalised "The" ("The Hague", "The Netherlands", "The Oval"). */
function isPlaceWithThe(name: string): boolean {
  placesWithThe ??= new Set(loadLexicon().places.filter((p) => p.startsWith('The ')));
  return placesWithThe.has(name);
}

/**
 * A sentence's opening "The" is not part of the name after it ("The Clinton Foundation refused", "The Vermont
 * senator said"): CoNLL-2003's training labels leave a capitalised "The" right before a name out of it 280
 * times and take it in 34, and those are papers ("The Times", "The Washington Post") and places that are
 * called so ("The Oval", "The Netherlands"). Inside a sentence a capitalised "The" is the name's own ("told
 * The Guardian", "“The Walking Dead”"), and a title (TERM) keeps it wherever it stands. What is left of an
 * organisation that is the family name of a person the text names in full is that person ("The Obama
 * administration" → Obama); what is left that is a known place is the place ("The Vermont senators" → Vermont).
 */
export function leadingArticles(text: string, names: NameMention[], sentenceStarts: ReadonlySet<number>): NameMention[] {
  if (!text.includes('The ')) return names;
  let families: Set<string> | undefined;
  for (let i = 0; i < names.length; i++) {
    const n = names[i];
    // After a dateline's dash ("WASHINGTON — The Department …") or a paragraph's number ("1. The Committee …") the sentence starts too.
    const opens = sentenceStarts.has(n.start) || AFTER_DATELINE_DASH.test(text.slice(Math.max(0, n.start - 4), n.start)) || afterListMark(text, n.start);
    if (!n.text.startsWith('The ') || !opens || n.text.length < 6 || n.type === 'TERM' || n.type === 'DATE') continue;
    if ((n.type === 'ORGANIZATION' || n.type === 'PERSON') && PUBLICATION.test(n.text)) continue;
    if (isPlaceWithThe(n.text)) continue;
    const rest = n.text.slice(4).trimStart();
    const start = n.end - rest.length;
    let type = n.type;
    if (type === 'ORGANIZATION' && !rest.includes(' ')) {
      families ??= familyNamesInFull(names);
      if (families.has(rest)) type = 'PERSON';
    }
    if (type === 'ORGANIZATION' && isKnownPlace(rest) && !isKnownOrganization(rest) && !isPersonalName(rest)) type = 'PLACE';
    names[i] = { start, end: n.end, type, text: rest };
  }
  return names;
}

// A wire story's sign-off: "-- London newsroom +44 171 542 8167", "- Air Cargo Newsroom Tel+44 171 542 7706 Fax+44 …".
const SIGN_OFF = /^-{1,2} ?\S/;
// A telephone's or a fax's label run into its number.
const PHONE_LABEL = /^(?:Tel|Fax|Phone|Tel\.|Fax\.)$/;

/**
 * The sign-off line that closes a wire story: its desk written in lower case ("Sydney newsroom 61-2 9373-1800") is the
 * town the desk sits in, a place, not a body named for it (in CoNLL-2003's training and dev labels 62 times of 62;
 * "London Newsroom", capitalised, is the body); a telephone's or a fax's label is no part of the desk's name ("Air Cargo
 * Newsroom Tel+44 …") nor a name of its own.
 */
export function signOffs(text: string, names: NameMention[]): NameMention[] {
  // The sign-off lines first, in one pass; most articles have none, and names elsewhere are not looked at.
  if (!text.includes('\n-')) return names;
  const lines: { start: number; end: number }[] = [];
  for (let at = text.indexOf('\n-'); at >= 0; at = text.indexOf('\n-', at + 2)) {
    const lineEnd = text.indexOf('\n', at + 1);
    if (SIGN_OFF.test(text.slice(at + 1, at + 5))) lines.push({ start: at + 1, end: lineEnd < 0 ? text.length : lineEnd });
  }
  if (!lines.length) return names;
  const out: NameMention[] = [];
  for (const n of names) {
    if (!lines.some((l) => l.start <= n.start && n.end <= l.end)) {
      out.push(n);
      continue;
    }
    if (PHONE_LABEL.test(n.text) && /^[+\d(]/.test(text.slice(n.end, n.end + 1))) continue;
    const phone = /^(.*\S) (?:Tel|Fax|Phone)\.?$/.exec(n.text);
    if (phone && /^[+\d(]/.test(text.slice(n.end, n.end + 1))) {
      out.push({ start: n.start, end: n.start + phone[1].length, type: n.type, text: phone[1] });
      continue;
    }
    const desk = n.text.endsWith(' newsroom') ? n.text.slice(0, -' newsroom'.length) : text.startsWith(' newsroom', n.end) ? n.text : undefined;
    if (desk && isKnownPlace(desk)) out.push({ start: n.start, end: n.start + desk.length, type: 'PLACE', text: desk });
    else out.push(n);
  }
  return out;
}
