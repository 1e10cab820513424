import type { EntityType } from '../../shared/extraction';
import { CAPITALISED } from './ner/features';
import { isDemonym, isKnownPlace, isTitleWord } from './ner/gazetteer';
import { NAME_PARTICLE } from './ner/lists/people';
import type { TaggedSpan } from './ner/tagger';
import type { Token } from './ner/tokenize';

/** A name in the text before it is joined to an entity. */
export interface NameMention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

/**
 * The mention retyped, as a new object. Written out rather than spread ({ ...n, type }): V8 gives a spread
 * copy an object layout of its own, and the rules' compiled code, having seen mentions of one layout,
 * is thrown away and compiled again each time it meets the other.
 */
export const retyped = (n: NameMention, type: EntityType): NameMention => ({ start: n.start, end: n.end, type, text: n.text });

/** A name's last word ("Board" of "County Cricket Board"). */
export const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

const TYPE: Record<string, EntityType> = { PER: 'PERSON', ORG: 'ORGANIZATION', LOC: 'PLACE' };
// A capitalised phrase ending in one of these names an agreement or doctrine: a key term.
const TERM_HEAD = /^(?:agreement|treaty|accord|pact|act|doctrine|initiative|strategy|convention|protocol|declaration|charter|plan|policy|framework|dialogue|summit|law)$/i;
// Adjectives of nationality are MISC in CoNLL but not key terms.
const NATIONALITY = /(?:an|ian|ese|ish|i|ic|ch|ean|er|ard)s?$/i;

const mention = (text: string, type: EntityType, tokens: Token[]): NameMention => {
  const start = tokens[0].start;
  const end = tokens[tokens.length - 1].end;
  return { start, end, type, text: text.slice(start, end) };
};

const NEVER_FIRST = /^(?:And|But|Or|Nor|Although|Though|Because|Of|For|To|From|With|Who|He|She|They|It|Yet|So|If|When|While|Still)$/;
const EDGE = /^[-–—“”"‘’';:,!?•▪◦·*]+$/;

/** Turns tagged spans into name mentions: titles dropped, compounds split, key terms recognised. */
export function namesFromSpans(text: string, tagged: TaggedSpan[], sentences: Token[][]): NameMention[] {
  const out: NameMention[] = [];
  const covered = new Set<number>();
  const spans = joinParticles(text, splitAtBrackets(splitAtColumns(text, tagged)));
  for (const span of spans) {
    let tokens = span.tokens;
    // "– Khorasan Province", "“Ostrevo Foundation", "; Farmers' Union", "• The Times": a dash, a quotation mark, a
    // semicolon or a bullet the tagger took in at a name's edge is the sentence's.
    while (tokens.length > 1 && EDGE.test(tokens[0].text)) tokens = tokens.slice(1);
    while (tokens.length > 1 && EDGE.test(tokens[tokens.length - 1].text)) tokens = tokens.slice(0, -1);
    // "Although Quell", "For Ostrevo Foundation", "Or Tarrow": a conjunction, a preposition or a pronoun that opens a sentence or a
    // Title Case line is no part of the name after it (no person's, organisation's or place's name in CoNLL-2003's or
    // GMB's training labels opens with one).
    while (tokens.length > 1 && NEVER_FIRST.test(tokens[0].text) && CAPITALISED.test(tokens[1].text)) tokens = tokens.slice(1);
    const name = text.slice(tokens[0].start, tokens[tokens.length - 1].end);
    // A name the lists know as a place overrules the tagger's catch-all MISC. (The organisations that
    // recur in training labels no longer do: with the second pass they cost CoNLL dev ORG F1 0.004.)
    // A people's name stays MISC even where a place shares it ("a Thai farmer"; Thai is also a town).
    if (span.type === 'MISC' && isKnownPlace(name) && !isDemonym(name)) span.type = 'LOC';
    for (const t of tokens) covered.add(t.start);
    const last = tokens[tokens.length - 1].text;
    if ((span.type === 'MISC' || span.type === 'ORG') && tokens.length > 1 && TERM_HEAD.test(last)) {
      out.push(mention(text, 'TERM', tokens));
      continue;
    }
    if (span.type === 'MISC') {
      if (tokens.length > 1 && !tokens.every((t) => NATIONALITY.test(t.text))) out.push(mention(text, 'TERM', tokens));
      else if (tokens.length === 1) out.push(...placesInCompound(text, tokens[0]));
      continue;
    }
    // "President Joe Biden" → "Joe Biden": a title is a role, not part of the name.
    if (span.type === 'PER') while (tokens.length > 1 && isTitleWord(tokens[0].text)) tokens = tokens.slice(1);
    if (tokens.length === 1 && tokens[0].text.includes('-')) {
      const parts = placesInCompound(text, tokens[0], 2);
      if (parts.length) {
        out.push(...parts);
        continue;
      }
    }
    out.push(mention(text, TYPE[span.type], tokens));
  }
  // "Japan-US alliance": the tagger leaves the compound untagged, but both parts are places.
  for (const sentence of sentences) for (const t of sentence) if (t.text.includes('-') && !covered.has(t.start)) out.push(...placesInCompound(text, t));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Gives every other reading of the names in `texts` the type a cue gave one of them ("said on Twitter" makes the
 * article's other "Twitter" a channel too), where `may` allows it.
 */
export function retypeOtherReadings(names: NameMention[], texts: ReadonlySet<string> | undefined, type: EntityType, may: (n: NameMention) => boolean): NameMention[] {
  if (texts) for (const n of names) if (n.type !== type && texts.has(n.text) && may(n)) n.type = type;
  return names;
}

/** `names` with `found` put in: any name overlapping one of them gives way to it; in text order. */
export function withNamesInPlace(names: NameMention[], found: NameMention[]): NameMention[] {
  if (!found.length) return names;
  const kept = names.filter((n) => !found.some((f) => n.start < f.end && f.start < n.end));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}

// A tab, three spaces or a line break between words: a table's next column, or the next line. Two
// spaces are one too on a line with another such gap (a table's row); elsewhere as often a typo.
const COLUMN_GAP = /\t| {3}|[\n\r\u2028\u2029]/;
const WIDE_GAPS = / {2,}|\t/g;

function isColumnGap(text: string, from: number, to: number): boolean {
  // The common case, one space or none, without a slice.
  if (to - from < 2 && (to === from || text.charCodeAt(from) === 32)) return false;
  const gap = text.slice(from, to);
  if (COLUMN_GAP.test(gap)) return true;
  if (!gap.includes('  ')) return false;
  const lineStart = text.lastIndexOf('\n', from) + 1;
  const lineEnd = text.indexOf('\n', to);
  return (text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd).match(WIDE_GAPS)?.length ?? 0) >= 2;
}

/**
 * "HMS Montrose    Bahrain": the tagger sees words, not the spaces between them, and runs a name on
 * into a table's next column. A name never spans a column's gap or a line break; a part left
 * that is a known place by itself ("Bahrain") is that place.
 */
function splitAtColumns(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const { tokens } = span;
    let from = 0;
    const parts: Token[][] = [];
    for (let i = 1; i < tokens.length; i++) {
      if (!isColumnGap(text, tokens[i - 1].end, tokens[i].start)) continue;
      parts.push(tokens.slice(from, i));
      from = i;
    }
    if (!parts.length) {
      out.push(span);
      continue;
    }
    parts.push(tokens.slice(from));
    for (const part of parts) {
      const name = text.slice(part[0].start, part[part.length - 1].end);
      out.push({ type: span.type !== 'PER' && isKnownPlace(name) && !isDemonym(name) ? 'LOC' : span.type, tokens: part });
    }
  }
  return out;
}

const OPENS = '([{';
const CLOSES = ')]}';
const BRACKETS = OPENS + CLOSES;

/**
 * "Proleter (Z) 0" read as "Z)", "(Tom) Seaver and (Jerry) Koosman" as "Jerry) Koosman": a name holds
 * a bracket only with its partner ("Rad (B)"), so a span is cut at a bracket left unmatched in it.
 */
function splitAtBrackets(spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const { tokens } = span;
    if (!tokens.some((t) => t.text.length === 1 && BRACKETS.includes(t.text))) {
      out.push(span);
      continue;
    }
    const open: number[] = [];
    const cuts: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i].text;
      if (t.length !== 1) continue;
      if (OPENS.includes(t)) open.push(i);
      else if (CLOSES.includes(t)) {
        if (open.length) open.pop();
        else cuts.push(i);
      }
    }
    cuts.push(...open);
    if (!cuts.length) {
      out.push(span);
      continue;
    }
    cuts.sort((a, b) => a - b);
    let from = 0;
    for (const cut of [...cuts, tokens.length]) {
      if (cut > from) out.push({ type: span.type, tokens: tokens.slice(from, cut) });
      from = cut + 1;
    }
  }
  return out;
}

/** Joins two person spans split by particles, which the Reuters-trained tagger rarely saw. */
function joinParticles(text: string, spans: TaggedSpan[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const prev = out[out.length - 1];
    if (prev?.type === 'PER' && span.type === 'PER') {
      const gap = text.slice(prev.tokens[prev.tokens.length - 1].end, span.tokens[0].start).trim().split(/\s+/);
      if (gap.length <= 2 && gap.every((w) => NAME_PARTICLE.test(w))) {
        out[out.length - 1] = { type: 'PER', tokens: [...prev.tokens, ...span.tokens] };
        continue;
      }
    }
    // Written out: a spread copy gets an object layout of its own (see retyped).
    out.push({ type: span.type, tokens: span.tokens });
  }
  return out;
}

/**
 * The well-known places inside a hyphenated word ("Japan-US" → Japan, US); none for "Sino-Japanese",
 * nor after a lower-case prefix ("pro-Russia", "anti-Kyiv"): that describes a stance, not a place.
 */
function placesInCompound(text: string, token: Token, minPlaces = 1): NameMention[] {
  if (!token.text.includes('-') || /^\p{Ll}/u.test(token.text)) return [];
  const out: NameMention[] = [];
  let at = token.start;
  for (const part of token.text.split('-')) {
    if (/^\p{Lu}/u.test(part)) {
      // "Guinea-Bissau" is one place: split only when every capitalised part is a place by itself.
      if (!isKnownPlace(part)) return [];
      out.push({ start: at, end: at + part.length, type: 'PLACE', text: text.slice(at, at + part.length) });
    }
    at += part.length + 1;
  }
  return out.length >= minPlaces ? out : [];
}

/** The family names of the people the text names in full ("Scalia" of "Antonin Scalia"). */
export function familyNamesInFull(names: readonly NameMention[]): Set<string> {
  return new Set(names.filter((m) => m.type === 'PERSON' && m.text.includes(' ')).map((m) => lastWord(m.text)));
}

/** Where each line starts, as the m flag's ^ reads lines (after \n, \r, U+2028 or U+2029); by indexOf where the text has "\n" alone. */
export function lineStarts(text: string): number[] {
  const out: number[] = [0];
  // Three looks for one character each: quicker than one for a class of them.
  if (!text.includes('\r') && !text.includes('\u2028') && !text.includes('\u2029')) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) out.push(at + 1);
    return out;
  }
  for (let at = 0; at < text.length; at++) {
    const c = text.charCodeAt(at);
    if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) out.push(at + 1);
  }
  return out;
}

/** The line of `text` that holds `at`, without its line breaks. */
export function lineAt(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end < 0 ? text.length : end);
}
