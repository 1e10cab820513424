import type { ExtractedEntity, Span } from '../../../shared/extraction';
import { isFunctionWord } from '../functionWords';
import { lastWord } from '../names';
import { genderOfFirstName, honorificBefore, loadLexicon } from '../ner/lexicon';
import { isPostHead } from '../roles/lexicon';

interface NamedMention extends Span {
  name: string;
  type: ExtractedEntity['type'];
  /** A person's, where the first-name lists or the text's "Mr."/"Mrs."/"Ms." tell it. */
  gender?: 'female' | 'male';
  /** A person's posts by their last word, in lower case ("mayor", "minister"), as the text gives them. */
  posts?: string[];
}

// Descriptions that stand for an organisation rather than a person ("the newspaper wrote").
const ORGANISATION_NOUNS =
  /\b(?:newspaper|paper|network|campaign|committee|company|agency|group|department|ministry|report|statement|organi[sz]ation|party|magazine|outlet|website|site|administration|government|office|board|council|firm|union|coalition|court|institute|poll|survey|study|editorial|station|channel|team|bureau|commission|center|centre|foundation|association)\b/i;
const INDEFINITE = /^(?:a|an|one|another|some|several|two|three|many|other)\s/i;
// A body's voice or its paper: "an EU spokesman", "a Quinnipiac poll", "a Pentagon readout" speak for the body.
// (ORGANISATION_NOUNS holds the rest: statement, report, poll, survey, study.)
const VOICE = /\b(?:spokesman|spokeswoman|spokesperson|spokespeople|representative|readout|letter|memo|filing|analysis|investigation|release|audit|review|document|tweet|post|ad|advert|advertisement|video)\b/i;
const PERSON_PRONOUNS = /^(?:he|she|him|her)$/i;
const GROUP_PRONOUNS = /^(?:they|it|we|them)$/i;
const TITLES = /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof|Rev|President|Senator|Governor|Secretary|Minister|Chairman|Speaker|Judge|Justice|Mayor)\.?$/;

/**
 * Every person and organisation mention, in text order, with the canonical name of its entity and a
 * person's gender: the first-name lists', else the honorific the text gives them anywhere ("Mr. Obama").
 */
export function namedMentions(entities: ExtractedEntity[], text?: string): NamedMention[] {
  const out: NamedMention[] = [];
  for (const e of entities) {
    if (e.type !== 'PERSON' && e.type !== 'ORGANIZATION') continue;
    const gender = e.type === 'PERSON' ? (genderOfFirstName(e.name.split(/\s+/)[0]) ?? (text ? honorificGender(text, e.mentions) : undefined)) : undefined;
    const posts = e.roles.length ? e.roles.map((r) => lastWord(r.title).toLowerCase()) : undefined;
    // Every mention with the same properties in the same order, so the loops over them keep one object layout.
    for (const m of e.mentions) out.push({ start: m.start, end: m.end, name: e.name, type: e.type, gender, posts });
  }
  return out.sort((a, b) => a.start - b.start);
}

function honorificGender(text: string, mentions: Span[]): 'female' | 'male' | undefined {
  let female = 0;
  let male = 0;
  for (const m of mentions) {
    const said = honorificBefore(text, m.start);
    if (said === 'male') male++;
    else if (said === 'female') female++;
  }
  return male > female ? 'male' : female > male ? 'female' : undefined;
}

// How far back a holder of the post is looked for past a last-named person the text gave no post (a paragraph or two).
const HOLDER_REACH = 600;

/**
 * Who "the mayor" is: the last person named before `at` who holds that post (by its head word), unless someone
 * the text gave no post was named since and the holder lies far back; null where no one decides it.
 */
function lastHolder(mentions: NamedMention[], at: number, head: string): string | null {
  let unposted = false;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > at || m.type !== 'PERSON') continue;
    if (m.posts?.includes(head)) return unposted && at - m.end > HOLDER_REACH ? null : m.name;
    if (!m.posts) unposted = true;
  }
  return null;
}

// How far back "it" reaches for the body it stands for: about two sentences.
const IT_REACH = 250;

function lastMentionBefore(mentions: NamedMention[], at: number, types: ReadonlyArray<string>, gender?: 'female' | 'male'): NamedMention | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > at || !types.includes(m.type)) continue;
    // "she" never goes to a man the first-name lists know, nor "he" to a woman.
    if (gender && m.type === 'PERSON' && m.gender && m.gender !== gender) continue;
    return m;
  }
  return undefined;
}

function lastBefore(mentions: NamedMention[], at: number, types: ReadonlyArray<string>, gender?: 'female' | 'male'): string | null {
  return lastMentionBefore(mentions, at, types, gender)?.name ?? null;
}

/**
 * Whether the words naming a speaker can name one: a single Capitalised word that text mostly writes
 * in lower case ("Furthermore", "Within", "Rather") is a sentence's opening, not a person.
 */
export function isSpeakerWord(words: string): boolean {
  const w = words.trim().replace(/[,.;:]+$/, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return true;
  const lower = w.toLowerCase();
  if (isFunctionWord(lower)) return false;
  // "Clearly", "Additionally": an adverb of manner or order, where text writes it in lower case too.
  return !(/ly$/.test(lower) && loadLexicon().lower.has(lower));
}


/**
 * The canonical name for the words that name or refer to a speaker: the entity they mention,
 * the last person named before a "he"/"she", or the last organisation before "the newspaper".
 */
export function resolveSpeaker(text: string, span: Span, mentions: NamedMention[]): string | null {
  const inside = mentions.filter((m) => m.start < span.end && m.end > span.start);
  // "Obama's former campaign strategist", "Scott's niece, Del. Marcia Price": a possessor is not the speaker.
  const possessive = (m: NamedMention) => /^['’]s?\b/u.test(text.slice(m.end, m.end + 2));
  const own = inside.filter((m) => !possessive(m));
  const person = own.find((m) => m.type === 'PERSON');
  if (person) return person.name;
  // "one EU diplomat", "a senior White House official": someone of the body the text does not name, not the body,
  // unless it is the body's voice ("an EU spokesman").
  const words = text.slice(span.start, span.end).trim();
  const unnamed = INDEFINITE.test(words) && !VOICE.test(words) && !ORGANISATION_NOUNS.test(words);
  if (own[0] && !unnamed) return own[0].name;
  if (inside.length > 0 || unnamed) return null;
  if (PERSON_PRONOUNS.test(words)) return lastBefore(mentions, span.start, ['PERSON'], /^(?:she|her)$/i.test(words) ? 'female' : 'male');
  // "it said": a body named close before, never a person; else a document ("the email", "the ruling") the text does not name.
  if (/^it$/i.test(words)) {
    const body = lastMentionBefore(mentions, span.start, ['ORGANIZATION']);
    return body && span.start - body.end <= IT_REACH ? body.name : null;
  }
  if (GROUP_PRONOUNS.test(words)) return lastBefore(mentions, span.start, ['ORGANIZATION', 'PERSON']);
  const names = words.match(/(?:\p{Lu}[\p{L}.'’-]*\s?)+/gu)?.map((n) => n.trim()) ?? [];
  const named = names
    // "Of Carson", "But", "His": words that open a sentence or a phrase are no part of a name.
    .map((n) => {
      const ws = n.split(/\s+/).filter((w) => !TITLES.test(w));
      while (ws.length && isFunctionWord(ws[0].replace(/['’]s$/, '').toLowerCase())) ws.shift();
      return ws.join(' ');
    })
    .filter((n) => n.length > 1 && !/^(?:The|A|An|I)$/.test(n));
  if (named.length > 0) return named[0].replace(/['’]s$/, '');
  // "one negotiator, who asked not to be named", "a senior administration official": someone the
  // text does not name, not the last person or body it did.
  if (INDEFINITE.test(words)) return null;
  // "her husband", "his spokesman": someone the last person's, not that person ("her campaign" stays as it was read).
  if (/^(?:his|her|their|its)\s/i.test(words) && !ORGANISATION_NOUNS.test(words)) return null;
  // "the minister's office", "the mayor's spokesman": the office of a post, which speaks for whoever the text gave
  // that post, and for no one it can name where it gave it to no one; not the last body named.
  const office = /^(?:the|this|that)\s+(\p{Ll}+)['’]s?\s+(.+)$/u.exec(words);
  if (office && isPostHead(office[1]) && ORGANISATION_NOUNS.test(office[2])) return lastHolder(mentions, span.start, office[1]);
  // "the mayor", "the judge": whoever the text gave that post, where it gave it to someone; else as below.
  if (/^(?:the|this|that)\s/i.test(words) && !ORGANISATION_NOUNS.test(words)) {
    const head = lastWord(words).toLowerCase();
    const holder = isPostHead(head) ? lastHolder(mentions, span.start, head) : null;
    if (holder) return holder;
  }
  if (/^(?:the|this|that)\b/i.test(words)) {
    return ORGANISATION_NOUNS.test(words) ? lastBefore(mentions, span.start, ['ORGANIZATION']) : lastBefore(mentions, span.start, ['PERSON']);
  }
  return words === 'I' ? null : lastBefore(mentions, span.start, ['PERSON']);
}
