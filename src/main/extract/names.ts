import type { EntityType } from '../../shared/extraction';
import { isKnownPlace, isTitleWord } from './ner/gazetteer';
import type { TaggedSpan } from './ner/tagger';
import type { Token } from './ner/tokenize';

/** A name in the text before it is joined to an entity. */
export interface NameMention {
  start: number;
  end: number;
  type: EntityType;
  text: string;
}

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

/** Turns tagged spans into name mentions: titles dropped, compounds split, key terms recognised. */
export function namesFromSpans(text: string, spans: TaggedSpan[], sentences: Token[][]): NameMention[] {
  const out: NameMention[] = [];
  const covered = new Set<number>();
  for (const span of spans) {
    let tokens = span.tokens;
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
  for (const sentence of sentences) for (const t of sentence) if (!covered.has(t.start) && t.text.includes('-')) out.push(...placesInCompound(text, t));
  return out.sort((a, b) => a.start - b.start);
}

/** The well-known places inside a hyphenated word ("Japan-US" → Japan, US); none for "Sino-Japanese". */
function placesInCompound(text: string, token: Token, minPlaces = 1): NameMention[] {
  if (!token.text.includes('-')) return [];
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
