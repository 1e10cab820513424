import type { Span } from '../../../shared/extraction';
import { isPostHead, isPostModifier } from '../roles/lexicon';
import { isParticiple, isSpeechVerb } from './cues';
import type { QuotedSpan } from './spans';
import { speakerAfter, speakerBefore } from './subject';
import { endsSentence, type Word, wordsIn } from './words';

/** Where a quotation's speaker is named, and how it was found. */
export interface Attribution extends Span {
  how: 'after' | 'before' | 'colon' | 'according' | 'nearby';
}

const MAX_WORDS_TO_VERB = 16;

/** "…,” he said." / "…,” said the spokesman." / "…,” according to the report." */
export function attributionAfter(text: string, q: QuotedSpan, limit: number): Attribution | null {
  const inner = text.slice(q.innerStart, q.innerEnd).trimEnd();
  const words = sentenceAfter(text, q.end, limit);
  if (words.length === 0) return null;
  // A quotation inside the quotation may close first ("… super predator,’”").
  const invites = /[,?!—–\-…:]$/.test(inner.replace(/[’'”"]+$/, '')) || /^\s*[,—–]/.test(text.slice(q.end, q.end + 3));
  // "“…” ― Sonya Herridge": a dash after the quotation signs it.
  if (/^\s*[―—–-]+\s*\p{Lu}/u.test(text.slice(q.end, q.end + 6))) {
    const s = speakerAfter(words, 0);
    return s && { ...s, how: 'after' };
  }
  if (words[0].norm === 'according' && words[1]?.norm === 'to') {
    const s = speakerAfter(words, 2);
    return s && { ...s, how: 'according' };
  }
  if (isSpeechVerb(words[0].norm) && invites) {
    const s = speakerAfter(words, 1);
    if (s) return { ...s, how: 'after' };
  }
  // "…,” he surmised." — an unlisted verb in the past tense right after a short subject.
  const edVerb = words.findIndex((w, k) => k > 0 && k <= 3 && /^\p{Ll}+ed$/u.test(w.raw.replace(/[,.]$/, '')));
  const subject = words.slice(0, Math.max(0, edVerb));
  // "Hollande retaliated", "an angry Hollande retaliated": capitalised words, perhaps after an article and its adjective.
  const capitalised =
    subject.length > 0 &&
    subject.every((w, k) => (/^\p{Lu}/u.test(w.raw) || (k < subject.length - 1 && (k > 0 || /^(?:a|an|the)$/.test(w.norm)))) && !/[,.]$/.test(w.raw)) &&
    /^\p{Lu}/u.test(subject[subject.length - 1].raw);
  if (invites && edVerb > 0 && !isSpeechVerb(words[edVerb].norm) && (capitalised || (edVerb === 1 && /^(?:he|she|they|we|i)$/.test(words[0].norm)))) {
    return { start: words[0].start, end: words[edVerb - 1].end, how: 'after' };
  }
  // "“This is fantastic!” beamed Donald Hartley": an unlisted past-tense verb, then the name.
  if (invites && /^\p{Ll}+ed$/u.test(words[0].raw) && words.length > 1 && /^\p{Lu}\p{Ll}/u.test(words[1].raw) && !CALENDAR.test(words[1].norm)) {
    const s = speakerAfter(words, 1);
    if (s) return { ...s, how: 'after' };
  }
  const named = invites ? nameBeforeAppositive(words) : null;
  if (named) return { ...named, how: 'after' };
  if (!invites) {
    const closing = closingAttribution(words);
    if (closing) return { ...closing, how: 'after' };
  }
  for (let v = 1; v < Math.min(words.length, MAX_WORDS_TO_VERB); v++) {
    if (!isSpeechVerb(words[v].norm) || isParticiple(words[v].norm)) continue;
    // "… to counter China", "… to add that …": an infinitive is no one's attribution.
    if (words[v - 1].norm === 'to') continue;
    // "a Quinnipiac report said", "his tweet read": a noun the verb's subject ends in, with the verb right after.
    if (NOUN_TOO.has(words[v].norm) && !/[,.]$/.test(words[v].raw) && words[v + 1] && isSpeechVerb(words[v + 1].norm) && !isParticiple(words[v + 1].norm)) continue;
    // A full stop inside the marks ends the sentence; only a short "Smith said." may still follow.
    if (!invites && (v > 3 || (words.length > v + 6 && !/[,.]$/.test(words[v].raw) && /^\p{Lu}/u.test(words[0].raw)))) return null;
    // "…” about the decision, said RoseAnn Park": the quoted sentence runs on, then the verb comes first.
    const runsOn = /,$/.test(words[v - 1].raw) && /^\p{Ll}/u.test(words[0].raw) && !PRONOUN.test(words[0].norm) && words[0].norm !== 'the';
    const inverted = runsOn ? speakerAfter(words, v + 1) : null;
    const s = inverted ?? speakerBefore(words, v);
    return s && { ...s, how: 'after' };
  }
  return null;
}

// Speech verbs that are nouns too, as the last word of a subject: "the report said", "a Trump tweet read".
const NOUN_TOO = new Set(['report', 'reports', 'tweet', 'tweets', 'post', 'posts', 'note', 'notes', 'claim', 'claims', 'statement', 'answer', 'answers', 'promise', 'promises']);

// How far a name's appositive may run before its verb ("…,” Leonard Burman, director of … and a professor at …, said).
const MAX_APPOSITIVE_WORDS = 30;

/**
 * "…,” Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said": a name right after
 * the quotation, then descriptions set off by commas, then the verb. The speaker is the name, not the
 * last description.
 */
function nameBeforeAppositive(words: Word[]): Span | null {
  let k = 0;
  while (k < words.length && k < 5 && /^\p{Lu}/u.test(words[k].raw) && !endsSentence(words[k]) && !/[;:]$/.test(words[k].raw)) {
    if (words[k].raw.endsWith(',')) break;
    k++;
  }
  if (k >= words.length || k >= 5 || !words[k].raw.endsWith(',') || !/^\p{Lu}/u.test(words[k].raw)) return null;
  if (PRONOUN.test(words[0].norm) || /^(?:the|a|an|this|that|but|and|in|on|at|for)$/.test(words[0].norm)) return null;
  for (let v = k + 2; v < words.length && v <= k + MAX_APPOSITIVE_WORDS; v++) {
    if (endsSentence(words[v - 1])) return null;
    if (!isSpeechVerb(words[v].norm) || isParticiple(words[v].norm)) continue;
    // The description is closed by a comma right before the verb ("one of the states suing" is no verb).
    if (!words[v - 1].raw.endsWith(',')) continue;
    return { start: words[0].start, end: words[k].start + words[k].raw.length - 1 };
  }
  return null;
}

/**
 * "“I have admiration for the mechanics” of the proposals, Mr. Holtz-Eakin said.": the quoted words run
 * on into the sentence, and a short "NAME said" set off by a comma closes it.
 */
function closingAttribution(words: Word[]): Span | null {
  if (!/^\p{Ll}/u.test(words[0].raw)) return null;
  for (let v = 1; v < words.length && v < MAX_APPOSITIVE_WORDS; v++) {
    if (endsSentence(words[v - 1])) return null;
    if (!isSpeechVerb(words[v].norm) || isParticiple(words[v].norm)) continue;
    // "… if she didn't win by that, said David Wasserman, an analyst": the verb comes first.
    if (words[v - 1].raw.endsWith(',') && /^\p{Lu}/u.test(words[v + 1]?.raw ?? '')) return speakerAfter(words, v + 1);
    const closes = v === words.length - 1 || endsSentence(words[v]) || /,$/.test(words[v].raw);
    const s = speakerBefore(words, v);
    if (!closes || !s) return null;
    const first = words.findIndex((w) => w.start === s.start);
    // The speaker stands just after a comma, in at most four words.
    if (first < 1 || !words[first - 1].raw.endsWith(',') || v - first > 4) return null;
    return s;
  }
  return null;
}

// Words that follow a leading "Asked", "Pressed" or "Told" ("Asked whether…", "Pressed about…", "Told of…").
const QUESTION_AFTER = /^(?:whether|if|about|why|how|what|when|where|who|which|to|by|for|of|on)$/;

/** "He said: “…”" / "According to the report, “…”" / "Sanders hit back, saying, “…”" */
export function attributionBefore(text: string, to: number, floor: number): Attribution | null {
  const words = sentenceBefore(text, to, floor);
  if (words.length === 0) return null;
  for (let i = words.length - 2; i >= 0; i--) {
    if (words[i].norm === 'according' && words[i + 1].norm === 'to') {
      const s = speakerAfter(words, i + 2);
      if (s) return { ...s, how: 'according' };
    }
  }
  for (let v = words.length - 1; v >= 0 && words.length - v <= 10; v--) {
    if (!isSpeechVerb(words[v].norm)) continue;
    // "Asked whether the strike would spread, Whitcomb was blunt:": a participle opening the sentence leads in
    // to its subject; it is no verb of speech with its speaker after it.
    if (v === 0 && QUESTION_AFTER.test(words[1]?.norm ?? '')) continue;
    const s = hangsOffClause(words, v) ? (appositiveSpeaker(words, v) ?? namedAfterDescription(words, v) ?? clauseSubject(words, v)) : (speakerBefore(words, v) ?? coordinatedSubject(words, v));
    if (s) return { ...s, how: 'before' };
    if (v + 1 < words.length && !/[,:]$/.test(words[v].raw)) {
      const inverted = speakerAfter(words, v + 1);
      if (inverted) return { ...inverted, how: 'before' };
    }
  }
  // "Carly Fiorina: “…”" — a short label before a colon names the speaker.
  const lastWord = words[words.length - 1];
  if (lastWord.raw.endsWith(':') && words.length <= 5 && !isSpeechVerb(lastWord.norm)) {
    const s = speakerBefore(words, words.length);
    if (s) return { ...s, how: 'colon' };
  }
  return null;
}

/** Last resort inside a sentence: its subject ("Trump leaned in and boomed: “…”", "Moore thanked him for “…”"). */
export function sentenceSubject(text: string, to: number, floor: number): Attribution | null {
  const words = sentenceBefore(text, to, floor);
  if (words.length < 2) return null;
  const s = clauseSubject(words, words.length);
  return s && { ...s, how: 'nearby' };
}

// Openings that put a phrase before the subject ("In Iowa, Trump said …").
const LEAD_INS = /^(?:in|at|on|with|amid|despite|as|or|like|unlike|if|for|by|under|during|after|before|when|while|speaking|asked|earlier|later|meanwhile|still|but|and|yet|however|also|then|instead|now|here|there|today|tonight|yesterday)$/;

const TIME_SPAN = /^(?:moments|minutes|hours|days|weeks|months|years|decades|shortly|soon|long)$/;

/** The subject at the start of the clause a participle hangs from ("Sanders hit back, saying"). */
/** "…, saying," / "went on to say," / "…, added," take their speaker from the clause's subject. */
function hangsOffClause(words: Word[], verb: number): boolean {
  const before = words[verb - 1];
  // "footage of Hillary Clinton asking, “…”": the participle follows the name it belongs to.
  if (isParticiple(words[verb].norm) && verb > 1 && before && /^\p{Lu}\p{Ll}/u.test(before.raw) && !/[,;:]$/.test(before.raw.replace(/[”"’']+$/, '')) && !CALENDAR.test(before.norm)) return false;
  return isParticiple(words[verb].norm) || /,$/.test(before?.raw ?? '') || before?.norm === 'to';
}

const PRONOUN = /^(?:he|she|they|we|i)$/;

/** "Or, as Tom Ridge, a former secretary of homeland security, put it:": the comma before the verb closes a name's description. */
function appositiveSpeaker(words: Word[], verb: number): Span | null {
  if (isParticiple(words[verb].norm) || !words[verb - 1]?.raw.endsWith(',')) return null;
  const s = speakerBefore(words, verb);
  if (!s) return null;
  const first = words.findIndex((w) => w.start === s.start);
  const named = words[first];
  if (!named || !/^\p{Lu}\p{Ll}/u.test(named.raw) || named.raw.endsWith(',') || PRONOUN.test(named.norm) || LEAD_INS.test(named.norm)) return null;
  // The name ends at the description's opening comma.
  const comma = words.findIndex((w, k) => k >= first && k < verb - 1 && w.raw.endsWith(','));
  return comma > first || (comma === first && !named.raw.endsWith(',')) ? s : null;
}

/**
 * "the U.N. envoy, Martin Griffiths, warned": a description, then the name set off by commas right before the
 * verb. The speaker is the name, not the description's words ("the U.N."). The description ends in a word in
 * lower case ("envoy,"), so a place before a comma ("In Geneva, Griffiths, …") is none.
 */
function namedAfterDescription(words: Word[], verb: number): Span | null {
  const last = words[verb - 1];
  if (verb < 3 || isParticiple(words[verb].norm) || !last.raw.endsWith(',')) return null;
  let k = verb - 1;
  while (k > 0 && verb - k < 4 && !words[k - 1].raw.endsWith(',') && /^\p{Lu}/u.test(words[k - 1].raw)) k--;
  if (k === 0 || !words[k - 1].raw.endsWith(',') || !/^\p{Ll}/u.test(words[k - 1].raw) || !/^\p{Lu}\p{Ll}/u.test(words[k].raw) || PRONOUN.test(words[k].norm)) return null;
  return { start: words[k].start, end: last.start + last.raw.length - 1 };
}

// Capitalised words that date a clause rather than name anyone ("issued a statement Tuesday saying").
const CALENDAR = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tonight|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/;

/** "… when he brought up the bombing and later said, “…”": the nearest pronoun, else the clause's subject. */
function coordinatedSubject(words: Word[], verb: number): Span | null {
  for (let j = verb - 1; j >= 0; j--) {
    if (PRONOUN.test(words[j].norm) && words[j].raw.length <= 4) return { start: words[j].start, end: words[j].start + words[j].norm.length };
  }
  return clauseSubject(words, verb);
}

/**
 * "The mayor of Eastwick, Per Arne Olsen, has vowed …": a subject that opens with "the" and a description, then a
 * name set off by commas (up to four capitalised words), is that name.
 */
function describedSubject(words: Word[], i: number, verb: number): Span | null {
  const opening = words[i]?.norm;
  if (opening !== 'the' && opening !== 'a' && opening !== 'an') return null;
  let k = i + 1;
  while (k < verb && k - i < 8 && !words[k].raw.endsWith(',')) k++;
  // The description ends in a word, not a number or a quotation ("The deal, worth $5 billion,").
  if (k >= verb - 1 || k === i + 1 || !/^[\p{L}'’.-]+,$/u.test(words[k].raw)) return null;
  let end = k + 1;
  while (end < verb && end - k <= 4 && /^\p{Lu}/u.test(words[end].raw) && !words[end].raw.endsWith(',')) end++;
  if (end === k + 1 || end >= verb || end - k > 4 || !/^\p{Lu}[\p{L}'’.-]*,$/u.test(words[end].raw)) return null;
  return { start: words[k + 1].start, end: words[end].start + words[end].raw.length - 1 };
}

function clauseSubject(words: Word[], verb: number): Span | null {
  let i = 0;
  // A dateline ("PHILADELPHIA, July 25 (UPI) — The committee …", "DES MOINES, Iowa (AP) —", "WASHINGTON (AP) —")
  // is not the subject: a place in capitals, then a comma or the agency in brackets, up to a dash.
  let caps = 0;
  while (caps < 4 && caps < verb && /^\p{Lu}{2,}[,.]?$/u.test(words[caps].raw)) if (words[caps++].raw.endsWith(',')) break;
  if (caps > 0 && (words[caps - 1].raw.endsWith(',') || /^\(\p{Lu}+\)$/u.test(words[caps]?.raw ?? ''))) {
    const dash = words.findIndex((w, k) => k < verb && /^[—–-]+$/.test(w.raw));
    if (dash >= 0) i = dash + 1;
  }
  const opening = words[i]?.raw ?? '';
  // "Months after he savaged her, Donald Trump tells …": a stretch of time before "after" leads in too.
  const timeLeadIn = TIME_SPAN.test(words[i]?.norm ?? '') && /^(?:after|before|later|earlier|ago)$/.test(words[i + 1]?.norm ?? '');
  if (timeLeadIn || LEAD_INS.test(words[i]?.norm ?? '') || /^\p{Lu}\p{Ll}+ing$/u.test(opening)) {
    // "On July 6, 2015, Sanders …": the opening phrase runs to a comma not followed by a number.
    const comma = words.findIndex((w, k) => k >= i && k < verb && w.raw.endsWith(',') && !/^\d/.test(words[k + 1]?.raw ?? ''));
    if (comma >= 0) i = comma + 1;
  }
  if (i >= verb) return speakerBefore(words, verb);
  const described = describedSubject(words, i, verb);
  if (described) return described;
  let j = i;
  while (j < verb - 1 && j - i < 5 && !/[,;:]$/.test(words[j].raw) && !/^\p{Ll}+$/u.test(words[j + 1].raw.replace(/[,;:.]$/, ''))) j++;
  // "Union leader Thabo Nkosi was scathing:", "company chairman Piet Berg insisted": a post in lower case, then the name.
  let k = j + 1;
  while (k < verb && !/[,;:]$/.test(words[k - 1].raw) && /^\p{Ll}+$/u.test(words[k].raw) && (isPostHead(words[k].raw) || isPostModifier(words[k].raw))) k++;
  if (k > j + 1 && k < verb && /^\p{Lu}\p{Ll}/u.test(words[k].raw)) {
    j = k;
    while (j < verb - 1 && j - k < 4 && !/[,;:]$/.test(words[j].raw) && /^\p{Lu}/u.test(words[j + 1].raw)) j++;
  }
  return { start: words[i].start, end: words[j].start + words[j].raw.replace(/[,;:]+$/, '').length };
}

const OPENS_QUOTE = /^[“"‘]|^''/;

function sentenceAfter(text: string, from: number, limit: number): Word[] {
  // The sentence runs to its end, to 40 words, or to a quotation mark after its first word.
  const words = wordsIn(text, from, limit, (w, count) => count >= 40 || endsSentence(w) || (count > 1 && OPENS_QUOTE.test(w.raw)));
  // A quotation mark that stopped it opens the next quotation: not part of this sentence.
  if (words.length > 1 && OPENS_QUOTE.test(words[words.length - 1].raw)) words.pop();
  return words.filter((w) => w.norm !== '');
}

// How far back sentenceBefore reads first; a paragraph can run for thousands of characters.
const BEFORE_WINDOW = 500;

function sentenceBefore(text: string, to: number, floor: number): Word[] {
  const kept = (w: Word) => w.norm !== '' || /[:,—–-]$/.test(w.raw);
  let words: Word[] | undefined;
  if (to - floor > BEFORE_WINDOW) {
    // Only the last sentence's last 40 words matter: a window holding 41 whole words gives the same answer.
    const from = to - BEFORE_WINDOW;
    const window = wordsIn(text, from, to);
    if (window.length && window[0].start === from && !/\s/.test(text[from - 1])) window.shift();
    const inWindow = window.filter(kept);
    if (inWindow.length > 40) words = inWindow;
  }
  words ??= wordsIn(text, floor, to).filter(kept);
  let start = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    if (endsSentence(words[i])) {
      start = i + 1;
      break;
    }
  }
  return words.slice(Math.max(start, words.length - 40)).filter((w) => w.norm !== '' || /^[—–-]+$/.test(w.raw));
}
