import type { Span } from '../../../shared/extraction';
import { isFunctionWord } from '../functionWords';
import { isDemonym, isOrgHead } from '../ner/gazetteer';
import { type Word, wordBefore } from '../wordBefore';
import { isPostHead, isPostModifier, opensRank, type Post, TITLE_ABBREVIATIONS } from './lexicon';

// How far back from a name its title is looked for.
const LOOK_BACK = 90;

// Own keys only: "constructor" before a name is no title (an object's inherited members are not its keys).
// A Set of the keys, built once: Object.hasOwn over the record cost half a per cent of a whole `extract --jsonl` run.
const ABBREVIATIONS = new Set(Object.keys(TITLE_ABBREVIATIONS));
const isAbbreviation = (w: string) => ABBREVIATIONS.has(w);
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
const isFormer = (w: string) => /^(?:former|ex-?)$/i.test(w);
// Lower case only: "New York Mayor" names a city, not a new post.
const isNew = (w: string) => /^(?:new|newly|incoming|Incoming|Newly|designate)$/.test(w);

/** A word that can belong to a title written before a name ("Foreign Minister", "White House press secretary"). */
function titleWord(w: Word, next: Word | undefined): boolean {
  const raw = w.raw;
  if (isAbbreviation(raw) || isFormer(raw) || isNew(raw)) return true;
  if (/[,;:!?]$/.test(raw) || (/\.$/.test(raw) && !isAbbreviation(raw))) return false;
  // A quotation mark closes or opens something else: 'the Constitution," House Speaker Paul Ryan'.
  if ((/["”’'»)]$/.test(raw) && !/['’]s$/.test(raw)) || /^["“‘«(]/.test(raw)) return false;
  if (isPostHead(raw) || isPostModifier(raw)) return true;
  if (/^(?:of|for)$/.test(raw)) return next !== undefined && (isCapitalised(next.raw) || next.raw === 'the');
  // "Like President Obama": a word that opens a sentence or phrase names no organisation.
  return isCapitalised(raw) && !/^(?:The|A|An|Her|His|Their|Its|Our|My|Your|One|Another|Each|Every|Both|This|That|These|Those|In|On|At|But|And|As|When|While|After|Before|Said|Says|By|With|From|For|To|If|Then|Like|Unlike|Under|Over|Since|Until|Among|Against|Without|Despite)$/.test(raw) && !isFunctionWord(raw.replace(/['’]s$/, ''));
}

/** "Minister for the Armed Forces": "the" between a title's "of" or "for" and a capitalised word. */
function theInTitle(text: string, from: number, w: Word, next: Word | undefined): boolean {
  return w.raw === 'the' && next !== undefined && isCapitalised(next.raw) && /^(?:of|for)$/.test(wordBefore(text, from, w.start)?.raw ?? '');
}

const DETERMINER = /^(?:the|The|its|his|her|their|our|Its|His|Her|Their|Our)$/;

/**
 * "the transport minister", "Norway's health minister": a word in lower case naming the post's field, right before its
 * head and right after "the", a possessive, or "former" or "new". Not a verb before a post ("visited minister Dahl"), nor a function word.
 */
function fieldOfPost(text: string, from: number, w: Word, next: Word | undefined): boolean {
  // The head in lower case too: before a capitalised one the word is the person's ("the late Justice", "the powerful Chancellor").
  if (!next || !isPostHead(next.raw) || !/^\p{Ll}/u.test(next.raw) || !/^\p{Ll}{3,}$/u.test(w.raw) || isFunctionWord(w.raw) || w.raw === 'late') return false;
  const before = wordBefore(text, from, w.start);
  return before !== null && (DETERMINER.test(before.raw) || /\p{L}['’]s$/u.test(before.raw) || isFormer(before.raw) || isNew(before.raw));
}

/**
 * Whether a title set off by commas opens its phrase: at a sentence's start, or after "the", a possessive
 * ("the company's chief executive, Tim Cook,"), but not inside a list ("the president, the vice president,
 * Susan Rice, we …"; "Kevin Bishop, Kim Wellman") nor after a preposition ("backing Jeb Bush for president, Mike Murphy,").
 */
function opensAppositive(text: string, from: number, first: Word): boolean {
  let w = wordBefore(text, from, first.start);
  let at = first.start;
  if (w && (DETERMINER.test(w.raw) || /\p{L}['’]s?$/u.test(w.raw))) {
    at = w.start;
    w = wordBefore(text, from, w.start);
  }
  // A line break before it: a headline or a paragraph ends there ("… ferry closure\n\nThe mayor of Eastwick, Per Arne Olsen,").
  return !w || text.slice(w.end, at).includes('\n') || /[.!?:"“”]$/.test(w.raw) || (!w.raw.endsWith(',') && !/^\p{Ll}+$/u.test(w.raw)) || DETERMINER.test(w.raw);
}

const HONORIFIC = /^(?:Sir|Dame|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)$/;
const RETIRED = /^\((?:ret|retd|retired)\.?\)$/i;

const NO_BODIES: ReadonlyMap<number, Span> = new Map();

/**
 * "Foreign Minister Takeshi Iwaya", "Former President Bill Clinton", "State Department spokesman Mark Toner".
 * An organisation's name the text holds (`bodies`, by where each ends) ending among the title's words is the post's organisation
 * whole, though the words it starts with would not pass for a title's ("Cybersecurity and Infrastructure
 * Security Agency Director Jen Easterly": "Security" is no post's word here).
 */
export function roleBefore(text: string, nameStart: number, bodies: ReadonlyMap<number, Span> = NO_BODIES, nameEnd = -1): Post | null {
  const from = Math.max(0, nameStart - LOOK_BACK);
  // "Vice Admiral Sir Ben Key", "Professor Dr. Ana Ruiz": the honorific is the name's, not the post's.
  let w = wordBefore(text, from, nameStart);
  while (w && HONORIFIC.test(w.raw)) w = wordBefore(text, from, w.start);
  // "Rear Admiral (ret.) Harlan Voss", "Gen. (Ret.) Ada Brenner": a rank held once.
  const retired = w !== null && RETIRED.test(w.raw);
  if (retired && w) w = wordBefore(text, from, w.start);
  // "The company's chief executive, Tim Cook, said": a title set off by a comma before the name, and one after it.
  const setOff = w !== null && nameEnd >= 0 && text.charCodeAt(nameEnd) === 44 && w.end === nameStart - 1 && w.raw.endsWith(',') && !w.raw.endsWith('.,');
  if (w && setOff) w = { start: w.start, end: w.end - 1, raw: w.raw.slice(0, -1) };
  // Back over the title's words, the last first.
  const chunk: Word[] = [];
  let next: Word | undefined;
  while (w && (titleWord(w, next) || theInTitle(text, from, w, next) || fieldOfPost(text, from, w, next))) {
    chunk.push(w);
    next = w;
    w = wordBefore(text, from, w.start);
  }
  chunk.reverse();
  // "the centrepiece of President Obama's plan": an "of" or "for" the walk back ended on joins no title.
  let first = 0;
  while (first < chunk.length && /^(?:of|for|the)$/.test(chunk[first].raw)) first++;
  if (first > 0) chunk.splice(0, first);
  // "a spokesman for House Speaker Paul Ryan", "the campaign of Senator Ada Voss": a post in lower case, then "for" or
  // "of" and a capitalised title, is someone else's post; the name's own title is what follows (where it holds a post's word).
  for (let k = chunk.length - 2; k > 0; k--) {
    if (!/^(?:of|for)$/.test(chunk[k].raw) || !/^\p{Ll}/u.test(chunk[k - 1].raw) || !isCapitalised(chunk[k + 1].raw)) continue;
    if (chunk.slice(k + 1).some((w) => isPostHead(w.raw) || isAbbreviation(w.raw))) chunk.splice(0, k + 1);
    break;
  }
  // The post starts at the first title-ish word; capitalised words before it name the organisation.
  let postAt = chunk.findIndex((w) => isPostHead(w.raw) || isPostModifier(w.raw) || isAbbreviation(w.raw) || isFormer(w.raw) || isNew(w.raw));
  // "Rear Admiral", "Air Chief Marshal": the rank's first words are the post's, not an organisation's.
  if (postAt > 0) {
    // Built by push, not map(): map() gives a packed array while this runs interpreted and a holey one once it is
    // optimised, and reading both threw the compiled code away (see readDocument in ner/scorer.ts).
    const raws: string[] = [];
    for (const w of chunk) raws.push(w.raw);
    let rankEnd = postAt + 1;
    while (rankEnd < raws.length && (isPostHead(raws[rankEnd]) || isAbbreviation(raws[rankEnd]))) rankEnd++;
    for (let k = 0; k < postAt; k++)
      if (opensRank(raws, k, rankEnd)) {
        postAt = k;
        break;
      }
  }
  // "the transport minister": a field's word in lower case before the post's is the post's, not an organisation.
  while (postAt > 0 && /^\p{Ll}{3,}$/u.test(chunk[postAt - 1].raw) && !/^(?:of|for|the)$/.test(chunk[postAt - 1].raw)) postAt--;
  // The body's name may run past the first title-ish word only where it ends as bodies' names do ("… Security Agency").
  const titleAt = chunk.findIndex((w) => !isFormer(w.raw) && !isNew(w.raw) && (isPostHead(w.raw) || isPostModifier(w.raw) || isAbbreviation(w.raw)));
  let body: Span | undefined;
  for (let k = chunk.length - 2; k >= 0 && !body; k--) {
    const end = chunk[k].end;
    const b = bodies.get(end);
    body = b && b.start < end && b.start >= from && (titleAt < 0 || k < titleAt || isOrgHead(chunk[k].raw)) ? b : undefined;
    if (body) postAt = k + 1;
  }
  if (postAt < 0 || !chunk.slice(postAt).some((w) => isPostHead(w.raw) || isAbbreviation(w.raw))) return null;
  const postWords = chunk.slice(postAt);
  // Set off by a comma, the title ends in its post's word or names what the post is of ("Minister for the Armed
  // Forces, James Heappey"); not a list of names ("President Obama, Hillary Clinton, and …").
  if (setOff && ((!isPostHead(postWords[postWords.length - 1].raw) && !postWords.some((w) => /^(?:of|for)$/.test(w.raw))) || !opensAppositive(text, from, chunk[0]))) return null;
  // "former CIA Director": the word of time may stand before the body's name.
  const former = retired || chunk.some((w) => isFormer(w.raw));
  const taken = chunk.some((w) => isNew(w.raw));
  // Strings joined in loops, not by map(): map()'s array changes kind as the code warms up, and
  // reading it then cost this function three deoptimisations in a cold run.
  let title = '';
  for (const w of postWords) {
    if (isFormer(w.raw) || isNew(w.raw)) continue;
    title += (title ? ' ' : '') + (isAbbreviation(w.raw) ? TITLE_ABBREVIATIONS[w.raw] : w.raw);
  }
  if (!title) return null;
  // "retired Army general": a post's own word before the body's name stays the post's.
  if (body) for (let k = chunk.length - 1; k >= 0; k--) if (chunk[k].end <= body.start && isPostModifier(chunk[k].raw) && !isFormer(chunk[k].raw) && !isNew(chunk[k].raw)) title = `${chunk[k].raw} ${title}`;
  let organization = '';
  for (let k = 0; k < postAt; k++) organization += (k ? ' ' : '') + chunk[k].raw.replace(/['’]s$/, '');
  if (body) organization = text.slice(body.start, body.end);
  // "Polish President Andrzej Duda": a people's name before the post is the post's, not an organisation.
  else if (postAt === 1 && isDemonym(chunk[0].raw)) {
    title = `${chunk[0].raw} ${title}`;
    organization = '';
    postAt = 0;
  }
  const start = body ? Math.min(body.start, chunk[0].start) : chunk[0].start;
  // Every field written at once, in one order (afterName.ts makes posts alike): posts of one layout keep the code reading them compiled.
  const role: Post = { start, end: chunk[chunk.length - 1].end, title, organization: undefined, former: undefined, status: former ? 'former' : taken ? 'new' : 'current' };
  if (postAt > 0) role.organization = organization;
  if (former) role.former = true;
  return role;
}
