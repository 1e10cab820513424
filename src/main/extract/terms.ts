import type { Span } from '../../shared/extraction';
import { isSpeechVerb, NAMING_CUE } from './quotes/cues';

// A short phrase in quotation marks inside a sentence: a coined or contested concept
// ("Asian NATO"). Double quotes only — single quotes are too often apostrophes.
const QUOTED = /(?:“([^”\n]{2,60})”|"([^"\n]{2,60})")/g;
const MAX_WORDS = 5;
// Verbs that name a thing or chant a slogan, not report speech: "so-called “rebels”", "chanted “no contract, no peace”".
const NAMING = /^(?:call|calls|called|calling|describes|described|read|reads|chant|chanted|chanting)$/i;
// The word before a quotation, past a "that", "it" or a pronoun: "said it ", "warned that ", "told them ".
const SPEECH_BEFORE = /(\p{L}+)\s+(?:(?:that|it|he|she|they|we|I|them|him|her|us|reporters)\s+)?$/u;

// Words that hold a lower-case phrase up as a name for something: "the so-called “reset”", "what critics dubbed “the
// wall”", "called Reagan's policies “voodoo economics”", "the slogan “law and order”".
const NAMED_AS = new RegExp(`\\b(?:${NAMING_CUE}|coined|call|calls|called|calling|the (?:term|word|phrase|slogan|label|idea|notion|concept|doctrine|policy|motto|mantra))\\b[^.;:!?“"]{0,40}$`, 'i');

/**
 * Quoted key terms: at most five words, starting with a letter, not a clause of reported speech. A phrase all in
 * lower case is a key term only where words before it name it so, or where the article quotes it twice: most are
 * a speaker's words quoted in passing ("has done an “awful” job", "is “very charming”"), not a concept to track.
 */
export function findQuotedTerms(text: string): (Span & { text: string })[] {
  const out = quotedPhrases(text);
  if (!out.some((t) => !HAS_UPPER.test(t.text))) return out;
  const quoted = new Map<string, number>();
  for (const t of out) quoted.set(t.text.toLowerCase(), (quoted.get(t.text.toLowerCase()) ?? 0) + 1);
  return out.filter((t) => HAS_UPPER.test(t.text) || (quoted.get(t.text.toLowerCase()) ?? 0) > 1 || NAMED_AS.test(text.slice(Math.max(0, t.start - 60), t.start - 1)));
}

const HAS_UPPER = /\p{Lu}/u;

function quotedPhrases(text: string): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2];
    const trimmed = inner.trim().replace(/[.,;:!?]+$/, '');
    // Not markup's attributes ('<tweet pic="" author="…"': the marks between two values).
    if (!/^\p{L}/u.test(trimmed) || trimmed.split(/\s+/).length > MAX_WORDS || /[=<>]/.test(trimmed)) continue;
    // Speech ends in punctuation inside the marks ("…,” he said); a term sits in running text.
    if (/[.,!?]\s*$/.test(inner)) continue;
    // "said it “regrets the loss of life”", "warned that “…”": a speech verb right before makes it reported speech.
    const verb = SPEECH_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (verb && isSpeechVerb(verb[1].toLowerCase()) && !NAMING.test(verb[1])) continue;
    const start = m.index + 1 + inner.indexOf(trimmed);
    out.push({ start, end: start + trimmed.length, text: trimmed });
  }
  return out;
}
