import type { Span } from '../../shared/extraction';
import { isSpeechVerb } from './quotes/cues';

// A short phrase in quotation marks inside a sentence: a coined or contested concept
// ("Asian NATO"). Double quotes only — single quotes are too often apostrophes.
const QUOTED = /(?:“([^”\n]{2,60})”|"([^"\n]{2,60})")/g;
const MAX_WORDS = 5;
// Verbs that name a thing or chant a slogan, not report speech: "so-called “rebels”", "chanted “no contract, no peace”".
const NAMING = /^(?:call|calls|called|calling|describes|described|read|reads|chant|chanted|chanting)$/i;
// The word before a quotation, past a "that", "it" or a pronoun: "said it ", "warned that ", "told them ".
const SPEECH_BEFORE = /(\p{L}+)\s+(?:(?:that|it|he|she|they|we|I|them|him|her|us|reporters)\s+)?$/u;

/** Quoted key terms: at most five words, starting with a letter, not a clause of reported speech. */
export function findQuotedTerms(text: string): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  QUOTED.lastIndex = 0;
  for (let m = QUOTED.exec(text); m !== null; m = QUOTED.exec(text)) {
    const inner = m[1] ?? m[2];
    const trimmed = inner.trim().replace(/[.,;:!?]+$/, '');
    if (!/^\p{L}/u.test(trimmed) || trimmed.split(/\s+/).length > MAX_WORDS) continue;
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
