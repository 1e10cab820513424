import { isFunctionWord } from '../functionWords';
import { isKnownPlace, isOrgHead } from '../ner/gazetteer';
import { isPersonalName, loadLexicon } from '../ner/lexicon';
import { isPostHead, type Post } from './lexicon';

// ", the founding director of …," / ", Japan's foreign minister," / ", 61, a former aide to …"
const APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?/;
// " was named chief executive of …", ", who was appointed ambassador …", ", the newly appointed …": a post just taken.
const APPOINTED = /^,?\s+(?:who\s+)?(?:was|has been|had been|is|will be)\s+(?:named|appointed|elected|nominated|promoted|chosen|sworn in)\s+(?:as\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?(?:new\s+)?/;
// "known as an expert", "seen as a leader": how others see someone, not a post.
const REPUTATION = /^(?:known|seen|regarded|described|considered|viewed|hailed|billed|touted|praised)\s+as\b/i;
// ", who served as his secretary" / " who is now the party's leader"
const RELATIVE =
  /^,?\s+who\s+(?:(?:is|was|has been|had been|is now|was then|serves|served|has served|had served|became|works|worked|remains|was previously)\s+)(?:(?:as|now|previously)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?/;
// " is a Polish economist", " (born 12 March 1948) is a lawyer", " was the party's treasurer": a
// sentence that says what someone is or was, an encyclopedia's first line.
const COPULA = /^(?:\s+\([^()]{1,80}\))?\s+(?:is|was)\s+(?:the|a|an)\s+/;
// "X is the best candidate", "X was the first president to …": a judgement, not a post.
const JUDGEMENT = /^(?:best|worst|first|last|only|good|great|bad|right|wrong|real|true|perfect|ideal|likely|obvious|\p{L}+est)\b/iu;

/** Whether a name is the first words of its sentence: after the text's start, a line break or a full stop. */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|\n|[.!?]["”’']?\s)\s*$/.test(text.slice(Math.max(0, at - 4), at));
}
const PAST = /\b(?:was|had been|served|has served|had served|worked|was previously|was then)\b/;
// Where a post phrase ends: the closing comma of the appositive, or the end of the sentence.
// A full stop after an initial or a short form ("George W. Bush", "Mr. Obama", "U.S. Army") ends nothing.
const PHRASE_END = /[,;:()]|(?<!(?:^|[\s.])(?:\p{Lu}|Mrs?|Ms|Dr|St|Jr|Sr|Inc|Corp|Co|Ltd))[.!?]["”’']*(?:\s|$)|\s(?:who|which|and|said|says|told)\s/u;
// The posts a portfolio follows: "Minister of Finance", "Secretary for Foreign Affairs".
const PORTFOLIO_HEAD = /^(?:minister|secretary|commissioner)$/i;
// A portfolio: capitalised words, "and" between them ("Trade and Industry", "Foreign Affairs").
const PORTFOLIO = /^\p{Lu}[\p{L}'’-]*(?:\s(?:and\s)?\p{Lu}[\p{L}'’-]*){0,3}$/u;
// The word that ties a post to its organisation ("director of …", "aide to …", "spokesman for …"); "chief of staff" is one post.
const TIES = /\s(?:of|at|for|to|with|in)\s(?!staff\b)/;

const LEAD_IN = /^(?:then|now|as|is|was|also|still|once)$/i;
const ARTICLE = /^(?:the|a|an)$/i;
// What may follow a post's head within its phrase: "senator from Texas", "expert on energy", "governor there".
const AFTER_HEAD = /^(?:from|on|during|under|since|until|between|over|about|against|there|here)$/i;

/**
 * A post's head ends its noun phrase, or a phrase of place or time follows it: "founding director",
 * "senator from Texas". Not "president Bill Clinton" (a title before a name), ", visited HMS Queen
 * Elizabeth" or "nominee had some explaining".
 */
function endsPost(word: string, i: number, words: string[]): boolean {
  if (!isPostHead(word.replace(/-(?:designate|elect)$/i, ''))) return false;
  if (words[i + 1] === 'of' && words[i + 2] === 'staff') i += 2;
  // A capitalised title may run on over common words capitalised with it ("Commander Joint
  // Operations"), not over a name ("President Bill Clinton", "Governor Kasich").
  else if (/^\p{Lu}/u.test(word)) {
    const common = loadLexicon().lower;
    while (i + 1 < words.length && /^\p{Lu}\p{Ll}/u.test(words[i + 1]) && common.has(words[i + 1].toLowerCase()) && !isPersonalName(words[i + 1])) i++;
  }
  return i === words.length - 1 || AFTER_HEAD.test(words[i + 1]);
}

function phraseAt(text: string, from: number): { start: number; end: number; words: string } | null {
  const rest = text.slice(from, from + 160);
  const stop = PHRASE_END.exec(rest);
  const words = (stop ? rest.slice(0, stop.index) : rest).trimEnd();
  return words ? { start: from, end: from + words.length, words } : null;
}

/** Splits "founding director of the Institute of X" into the post and the organisation it belongs to. */
function postAndOrganisation(words: string): { title: string; organization?: string; former: boolean; isNew: boolean } | null {
  let phrase = words;
  let organization: string | undefined;
  const possessive = /^((?:\p{Lu}[\p{L}.-]*\s?)+)['’]s\s+/u.exec(phrase);
  if (possessive) {
    organization = possessive[1].trim();
    phrase = phrase.slice(possessive[0].length);
  }
  const former = /^(?:former|ex-)\s*/i.test(phrase);
  phrase = phrase.replace(/^(?:former|ex-)\s*/i, '');
  // "the new ambassador", "newly appointed envoy", "incoming chair", "ambassador-designate"
  const isNew = /^(?:new|newly\s+(?:appointed|elected|named)|incoming|incoming\s+new)\s+/i.test(phrase) || /-designate\b|\s+designate\b|-elect\b/i.test(phrase);
  phrase = phrase.replace(/^(?:new|newly\s+(?:appointed|elected|named)|incoming)\s+/i, '');
  const tie = TIES.exec(phrase);
  const post = tie ? phrase.slice(0, tie.index) : phrase;
  const postWords = post.split(/\s+/);
  const head = postWords.findIndex(endsPost);
  if (postWords.length > 5 || head < 0) return null;
  // Before the head, only the words that modify it: not ", called on the Vermont senator to …",
  // ", were greeted by an organizer", ", to be commander in chief". A lead-in of time or manner and
  // an article may stand: "then the secretary", "now a federal judge", "as chairman".
  let from = 0;
  while (from < head && LEAD_IN.test(postWords[from])) from++;
  if (from < head && ARTICLE.test(postWords[from])) from++;
  if (postWords.slice(from, head).some(isFunctionWord)) return null;
  // "of Harbor Bank last week": the time of the appointment is not part of the organisation.
  if (tie) organization = phrase.slice(tie.index + tie[0].length).replace(/^the\s+/i, '').replace(/\s+(?:last|this|next|earlier|later|on|in|since|from|until|between)\s+[\p{Ll}\d].*$|\s+(?:last|this|next)\s+\S+$/u, '');
  let title = post;
  // "Minister of Finance", "Secretary for Foreign Affairs": a portfolio is the post's, not a body (but "Secretary of the Army").
  if (tie && organization && /^\s(?:of|for)\s$/.test(tie[0]) && PORTFOLIO_HEAD.test(postWords[head]) && PORTFOLIO.test(organization) && !organization.split(/\s+/).some((w) => isKnownPlace(w) || isOrgHead(w))) {
    title = `${post}${tie[0]}${organization}`;
    organization = undefined;
  }
  if (tie && organization && !/\p{Lu}/u.test(organization)) {
    // No capital, no organisation's name: "secretary of state", "commander in chief" are the post
    // whole; "at the time" says nothing of one. Whom a post serves stays: "aide to the governor".
    if (/^\s(?:of|in)\s$/.test(tie[0]) && /^\p{L}+(?:\s\p{L}+){0,2}$/u.test(organization)) {
      title = `${post}${tie[0]}${organization}`;
      organization = undefined;
    } else if (!organization.split(/\s+/).some(isPostHead)) organization = undefined;
  }
  // A quotation mark left open by the phrase's end ('NBC's "Nightly News') goes.
  if (organization && (organization.match(/["“”]/g)?.length ?? 0) % 2 === 1) organization = organization.replace(/["“”]/g, '');
  return organization ? { title, organization, former, isNew } : { title, former, isNew };
}

/**
 * Posts given after a name: an appositive or a "who served as …" clause, and a "who was named …"
 * clause after the appositive (", a former ambassador who was named chairman of …"): two posts.
 */
export function rolesAfter(text: string, nameEnd: number, nameStart?: number): Post[] {
  const first = roleAfter(text, nameEnd, false, nameStart);
  if (!first) return [];
  // The clause must follow the post's own words, not the organisation's: in ", an aide to Senator
  // Voss who was named …" the one named may be the senator.
  if (first.organization) return [first];
  const next = roleAfter(text, first.end, true);
  return next ? [first, next] : [first];
}

function roleAfter(text: string, nameEnd: number, clauseOnly: boolean, nameStart?: number): Post | null {
  const after = text.slice(nameEnd, nameEnd + 60);
  if (clauseOnly && !/^,?\s+who\s/.test(after)) return null;
  const appointed = APPOINTED.exec(after);
  const relative = appointed ? null : RELATIVE.exec(after);
  const appositive = appointed || relative || clauseOnly ? null : APPOSITIVE.exec(after);
  const copula = appointed || relative || appositive || clauseOnly || nameStart === undefined || !opensSentence(text, nameStart) ? null : COPULA.exec(text.slice(nameEnd, nameEnd + 140));
  const lead = appointed ?? relative ?? appositive ?? copula;
  if (!lead) return null;
  const phrase = phraseAt(text, nameEnd + lead[0].length);
  if (!phrase || REPUTATION.test(phrase.words) || (copula && (JUDGEMENT.test(phrase.words) || /["“”]/.test(phrase.words)))) return null;
  const parsed = postAndOrganisation(phrase.words);
  if (!parsed) return null;
  // Every field written at once, in one order (titleBefore.ts makes posts alike): posts of one layout keep the code reading them compiled.
  const role: Post = { start: phrase.start, end: phrase.end, title: parsed.title, organization: undefined, former: undefined, status: 'current' };
  if (parsed.organization) role.organization = parsed.organization;
  if (parsed.former || (relative && PAST.test(relative[0])) || (copula && PAST.test(copula[0]))) {
    role.former = true;
    role.status = 'former';
  } else if (appointed || parsed.isNew) role.status = 'new';
  return role;
}
