import type { ExtractedEntity, ExtractedQuote } from '../../shared/extraction';
import { type Attribution, attributionAfter, attributionBefore, sentenceSubject } from './quotes/attribution';
import { NAMING_CUE } from './quotes/cues';
import { isFragment } from './quotes/fragment';
import { paragraphsOf, findQuotedSpans, type QuotedSpan } from './quotes/spans';
import { genderOfFirstName } from './ner/lexicon';
import { isSpeakerWord, namedMentions, resolveSpeaker } from './quotes/speaker';

/** Every quotation in the text with who said it, resolved to an entity's name where the text allows. */
export function findQuotes(text: string, entities: ExtractedEntity[]): ExtractedQuote[] {
  const spans = findQuotedSpans(text);
  const paragraphs = paragraphsOf(text);
  const paragraphOf = (at: number) => paragraphs.find((p) => p.start <= at && at <= p.end) ?? { start: 0, end: text.length };
  const attributions: (Attribution | null)[] = spans.map((q, i) => {
    const endPara = paragraphOf(q.end);
    const startPara = paragraphOf(q.start);
    const next = spans[i + 1];
    const prev = spans[i - 1];
    const limit = next && next.start < endPara.end ? next.start : endPara.end;
    const floor = prev && prev.end > startPara.start && !isShort(text, prev) ? prev.end : startPara.start;
    const own = attributeQuote(text, q, floor, limit);
    if (own || floor !== startPara.start || text.slice(floor, q.start).trim()) return own;
    // "Caddell continued:" closing the paragraph before introduces this one.
    const before = paragraphs[paragraphs.indexOf(startPara) - 1];
    // "President Clinton released the following statement:" — else the subject of that sentence.
    if (!before || text[before.end - 1] !== ':') return null;
    return attributionBefore(text, before.end, before.start) ?? (closesParagraph(text, q, endPara) ? sentenceSubject(text, before.end, before.start) : null);
  });
  const subjects = spans.map((q, i) => {
    const prev = spans[i - 1];
    const para = paragraphOf(q.start);
    return sentenceSubject(text, q.start, prev && prev.end > para.start ? prev.end : para.start);
  });
  // Names said inside a quotation are what the speaker talks about, not who "he" or "she" is.
  const inQuote = (m: { start: number; end: number }) => spans.some((q) => q.innerStart <= m.start && m.end <= q.innerEnd && !isShort(text, q));
  const mentions = namedMentions(entities, text).filter((m) => !inQuote(m));
  const genderOf = new Map(mentions.map((m) => [m.name, m.gender]));
  const people = new Set(mentions.filter((m) => m.type === 'PERSON').map((m) => m.name));
  const found: (Attribution | null)[] = [];
  const names: (string | null)[] = [];
  let recent: { name: string; at: number; end: number } | null = null;
  return spans.map((q, i) => {
    const para = paragraphOf(q.start);
    const scare = isScareQuote(text, q);
    const own = scare ? null : usable(text, attributions[i]);
    // '…," she said. "Nobody came."': a sentence of its own after a quotation whose speaker is known goes on with it.
    const goesOn = i > 0 && spans[i - 1].start >= para.start && names[i - 1] !== null && isSentenceAfterStop(text, q);
    const fragment = scare || (!goesOn && isFragment(text, q, para.start, attributions[i]));
    let speaker = own ?? (fragment ? null : (usable(text, subjects[i]) ?? usable(text, nearbyAttribution(spans, attributions, i, para))));
    // A paragraph that is only a quotation goes on from the quotation that closed the paragraph before ("…,” she said.).
    if (!speaker && !fragment && i > 0 && text.slice(para.start, q.start).trim() === '' && closesParagraph(text, q, para)) {
      const prevPara = paragraphs[paragraphs.indexOf(para) - 1];
      if (prevPara && spans[i - 1].end > prevPara.start && found[i - 1]) speaker = { ...found[i - 1]!, how: 'nearby' };
    }
    found.push(speaker);
    let name = speaker ? resolveSpeaker(text, speaker, mentions) : null;
    // "…,” she said.": the speaker of the quotation just before (this paragraph or the last) is who
    // "he" or "she" most likely is, when the first-name lists allow that gender.
    const pronoun = speaker ? /^(he|she|it)$/i.exec(text.slice(speaker.start, speaker.end).trim())?.[1].toLowerCase() : undefined;
    const recentHere = recent !== null && recent.at >= (paragraphs[paragraphs.indexOf(para) - 1]?.start ?? para.start);
    // Only a person is "he" or "she": not the agency the last quotation was put to ("the U.N. envoy … He added").
    if (pronoun && pronoun !== 'it' && recent && recentHere && people.has(recent.name) && !newSubjectBetween(text, mentions, recent, speaker!.start)) {
      const gender = genderOf.get(recent.name) ?? genderOfFirstName(recent.name.split(/\s+/)[0]);
      if (!gender || gender === (pronoun === 'she' ? 'female' : 'male')) name = recent.name;
    }
    // '“…,” the company wrote. It added, “…”': "it" goes on with a body that just spoke.
    if (pronoun === 'it' && recent && recentHere && !people.has(recent.name)) name = recent.name;
    if (name && !fragment) recent = { name, at: q.start, end: q.end };
    names.push(fragment ? null : name);
    return {
      start: q.start,
      end: q.end,
      text: text.slice(q.innerStart, q.innerEnd),
      speaker: name,
      speakerStart: speaker ? speaker.start : -1,
      speakerEnd: speaker ? speaker.end : -1,
      fragment,
    };
  });
}

// A sentence's opening before a person's name that makes the person its subject: nothing, a description
// set off by a comma ("His deputy, Aiko Sato, agreed."), or a title in capitals ("French Economy Minister Bruno Le Maire struck …").
const SUBJECT_OPENING = /(?:^|[.!?]["”’']?\s+)(?:(?:His|Her|Their|Its|The|A|An)\s+[\p{L}\s'’-]{1,40},\s+|(?:\p{Lu}[\p{L}.'’-]*\s+){1,4})?$/u;

/**
 * Whether someone other than the last quotation's speaker is made a sentence's subject between that quotation and
 * this "he" or "she" ("“We were misled,” Mori said. His deputy, Aiko Sato, agreed. “…,” she said."): then the
 * pronoun is not taken for the last speaker.
 */
function newSubjectBetween(text: string, mentions: { start: number; end: number; name: string; type: string }[], recent: { name: string; end: number }, to: number): boolean {
  return mentions.some((m) => m.type === 'PERSON' && m.name !== recent.name && m.start > recent.end && m.end <= to && SUBJECT_OPENING.test(text.slice(Math.max(recent.end, m.start - 60), m.start)));
}

// "the so-called “reset”", "what he dubbed ‘Pacific NATO’": a term held at arm's length, not speech.
const SCARE = new RegExp(`\\b(?:${NAMING_CUE}|the (?:word|term|phrase|slogan))\\s*$`, 'i');

function isScareQuote(text: string, q: QuotedSpan): boolean {
  return SCARE.test(text.slice(Math.max(0, q.start - 30), q.start)) && text.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).length <= 6;
}

/** A quotation that is a sentence of its own: capitalised, ending in a stop, right after another sentence's. */
function isSentenceAfterStop(text: string, q: QuotedSpan): boolean {
  const inner = text.slice(q.innerStart, q.innerEnd).trim();
  return /^\p{Lu}/u.test(inner) && /[.!?]$/.test(inner) && /[.!?]["”’']?\s+$/.test(text.slice(Math.max(0, q.start - 4), q.start));
}

/** An attribution whose words can name a speaker: not a lone sentence adverb or preposition ("Furthermore", "Within"). */
function usable(text: string, a: Attribution | null): Attribution | null {
  if (!a) return null;
  return isSpeakerWord(text.slice(a.start, a.end)) ? a : null;
}

/** Nothing but punctuation follows the quotation in its paragraph. */
function closesParagraph(text: string, q: QuotedSpan, para: { end: number }): boolean {
  return /^[\s.,;:!?”"’']*$/.test(text.slice(q.end, para.end));
}

// A short quoted phrase is part of the sentence around it, so the sentence's speaker may stand before it.
function isShort(text: string, q: QuotedSpan): boolean {
  return text.slice(q.innerStart, q.innerEnd).trim().split(/\s+/).length < 4;
}

function attributeQuote(text: string, q: QuotedSpan, floor: number, limit: number): Attribution | null {
  const inner = text.slice(q.innerStart, q.innerEnd).trimEnd();
  const after = attributionAfter(text, q, limit);
  if (after && /[,?!—–-]$/.test(inner.replace(/[’'”"]+$/, ''))) return after;
  return attributionBefore(text, q.start, floor) ?? after;
}

/** A quotation with no attribution of its own takes the speaker of the nearest attributed one in its paragraph. */
function nearbyAttribution(spans: QuotedSpan[], found: (Attribution | null)[], i: number, para: { start: number; end: number }): Attribution | null {
  for (let k = i - 1; k >= 0 && spans[k].start >= para.start; k--) if (found[k]) return { ...found[k]!, how: 'nearby' };
  for (let k = i + 1; k < spans.length && spans[k].start < para.end; k++) if (found[k]) return { ...found[k]!, how: 'nearby' };
  return null;
}
