import type { Span } from '../../../shared/extraction';
import { BETWEEN_SPEAKER_AND_VERB, isSpeechVerb } from './cues';
import { endsClause, endsSentence, type Word } from './words';

// Words that start a new clause, so a speaker never reaches back past them.
const CLAUSE_STARTERS = new Set([
  'that', 'and', 'but', 'when', 'while', 'because', 'if', 'so', 'which', 'where', 'after', 'before', 'since',
  'though', 'although', 'as', 'than', 'whom', 'once', 'until', 'unless', 'whether', 'what', 'how', 'why', 'or',
]);

const MAX_SPEAKER_WORDS = 14;

// Where the speaker's words end: without the comma, or the full stop that ends the sentence ("… said Kenji Mori.").
function trimmedEnd(w: Word): number {
  const stripped = w.raw.replace(/[,;:—–”"’']+$/, '').replace(endsSentence(w) ? /[.!?]+$/ : /$^/, '');
  return w.start + (stripped.length || w.raw.length);
}

/**
 * The noun phrase that ends just before `words[verb]` ("State Department spokesman John Kirby said",
 * "Jack Smith, a spokesman for the union, said"), or null. Adverbs and auxiliaries between
 * the speaker and the verb ("he also said", "she has said") are skipped.
 */
export function speakerBefore(words: Word[], verb: number): Span | null {
  let last = verb - 1;
  while (last >= 0 && BETWEEN_SPEAKER_AND_VERB.has(words[last].norm) && !endsClause(words[last])) last--;
  if (last < 0 || endsSentence(words[last])) return null;
  // A comma right before the verb closes an appositive ("Smith, a spokesman for X, said"); allow its opening comma.
  let commas = words[last].raw.endsWith(',') ? 1 : 0;
  let first = last;
  for (let j = last; j >= 0 && last - j < MAX_SPEAKER_WORDS; j--) {
    const w = words[j];
    if (j < last) {
      if (endsSentence(w) || /[;:“"‘]$/.test(w.raw)) break;
      if (/,$/.test(w.raw)) {
        if (commas === 0) break;
        commas--;
      }
    }
    if (CLAUSE_STARTERS.has(w.norm) && w.raw === w.raw.toLowerCase()) break;
    if (isSpeechVerb(w.norm) && j < last) break;
    if (/^[“"‘]|^''/.test(w.raw) && j < last) break;
    first = j;
  }
  if (CLAUSE_STARTERS.has(words[first].norm) && first === last) return null;
  return { start: words[first].start, end: trimmedEnd(words[last]) };
}

// Words after an inverted verb ("said Kyle Babcock") that end the speaker's name.
const AFTER_NAME_STOPS = new Set([
  'in', 'on', 'at', 'during', 'when', 'after', 'before', 'while', 'as', 'to', 'about', 'that', 'with', 'from',
  'last', 'this', 'yesterday', 'today', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'earlier', 'later', 'recently', 'and', 'but', 'who', 'adding', 'referring', 'of',
]);

/** The speaker named after an inverted verb ("…,” said Kyle Babcock, a veteran …), or null. */
export function speakerAfter(words: Word[], from: number): Span | null {
  let last = -1;
  for (let j = from; j < words.length && j - from < MAX_SPEAKER_WORDS; j++) {
    const w = words[j];
    if (AFTER_NAME_STOPS.has(w.norm) && w.raw === w.raw.toLowerCase() && j > from) break;
    if (j === from && AFTER_NAME_STOPS.has(w.norm) && w.norm !== 'this') return null;
    if (/^[“"‘]/.test(w.raw)) break;
    last = j;
    if (endsClause(w)) break;
  }
  if (last < from) return null;
  return { start: words[from].start, end: trimmedEnd(words[last]) };
}
