import type { ExtractedRole } from '../../../shared/extraction';
import { isPostHead } from './lexicon';

// ", the founding director of …," / ", Japan's foreign minister," / ", 61, a former aide to …"
const APPOSITIVE = /^,\s+(?:\d{1,3},\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?/;
// ", who served as his secretary" / " who is now the party's leader"
const RELATIVE =
  /^,?\s+who\s+(?:(?:is|was|has been|had been|is now|was then|serves|served|has served|had served|became|works|worked|remains|was previously)\s+)(?:(?:as|now|previously)\s+)?(?:(?:the|a|an|his|her|their|its)\s+)?/;
const PAST = /\b(?:was|had been|served|has served|had served|worked|was previously|was then)\b/;
// Where a post phrase ends: the closing comma of the appositive, or the end of the sentence.
const PHRASE_END = /[,;:()]|\.(?:\s|$)|\s(?:who|which|and|said|says|told)\s/;
// The word that ties a post to its organisation ("director of …", "aide to …", "spokesman for …").
const TIES = /\s(?:of|at|for|to|with|in)\s/;

function phraseAt(text: string, from: number): { start: number; end: number; words: string } | null {
  const rest = text.slice(from, from + 160);
  const stop = PHRASE_END.exec(rest);
  const words = (stop ? rest.slice(0, stop.index) : rest).trimEnd();
  return words ? { start: from, end: from + words.length, words } : null;
}

/** Splits "founding director of the Institute of X" into the post and the organisation it belongs to. */
function postAndOrganisation(words: string): { title: string; organization?: string; former: boolean } | null {
  let phrase = words;
  let organization: string | undefined;
  const possessive = /^((?:\p{Lu}[\p{L}.-]*\s?)+)['’]s\s+/u.exec(phrase);
  if (possessive) {
    organization = possessive[1].trim();
    phrase = phrase.slice(possessive[0].length);
  }
  const former = /^(?:former|ex-)\s*/i.test(phrase);
  phrase = phrase.replace(/^(?:former|ex-)\s*/i, '');
  const tie = TIES.exec(phrase);
  const post = tie ? phrase.slice(0, tie.index) : phrase;
  const postWords = post.split(/\s+/);
  if (postWords.length > 5 || !postWords.some(isPostHead)) return null;
  if (tie) organization = phrase.slice(tie.index + tie[0].length).replace(/^the\s+/i, '');
  return organization ? { title: post, organization, former } : { title: post, former };
}

/** Posts given after a name: an appositive or a "who served as …" clause. */
export function rolesAfter(text: string, nameEnd: number): ExtractedRole[] {
  const after = text.slice(nameEnd, nameEnd + 40);
  const relative = RELATIVE.exec(after);
  const appositive = relative ? null : APPOSITIVE.exec(after);
  const lead = relative ?? appositive;
  if (!lead) return [];
  const phrase = phraseAt(text, nameEnd + lead[0].length);
  if (!phrase) return [];
  const parsed = postAndOrganisation(phrase.words);
  if (!parsed) return [];
  const role: ExtractedRole = { start: phrase.start, end: phrase.end, title: parsed.title };
  if (parsed.organization) role.organization = parsed.organization;
  if (parsed.former || (relative && PAST.test(relative[0]))) role.former = true;
  return [role];
}
