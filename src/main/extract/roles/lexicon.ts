import type { ExtractedRole } from '../../../shared/extraction';

/** A post as the extractor reports it: held now, held before, or just taken ("was named", "the new", "-elect"). */
export interface Post extends ExtractedRole {
  status: 'current' | 'former' | 'new';
}

// The words posts are made of, as news copy writes them.

/** Nouns that head a post ("minister", "director"): a role needs one. */
export const POST_HEADS = new Set(
  (
    'minister premier president vice-president secretary secretary-general spokesman spokeswoman spokesperson director ' +
    'chairman chairwoman chair chairperson senator governor mayor ambassador chief ceo cfo coo executive officer adviser ' +
    'advisor aide professor researcher fellow analyst editor editor-in-chief reporter correspondent columnist leader head ' +
    'commander general admiral colonel captain lieutenant sergeant judge justice attorney lawyer counsel candidate nominee ' +
    'representative congressman congresswoman lawmaker legislator member founder co-founder owner chancellor king queen ' +
    'prince princess emperor pope bishop archbishop cardinal pastor rabbi imam manager strategist pollster economist ' +
    'scientist official diplomat envoy deputy speaker whip dean lecturer treasurer commissioner administrator coordinator ' +
    'consultant partner host anchor producer author activist organizer organiser delegate sheriff superintendent inspector ' +
    'prosecutor physician surgeon doctor principal provost rector trustee councillor councilman councilwoman alderman ' +
    'premier regent chaplain historian scholar expert negotiator attaché consul staffer strategist campaigner speechwriter ' +
    'marshal vice-marshal brigadier commodore'
  ).split(' '),
);

/** Words that modify a post without naming an organisation ("deputy", "press", "founding"). */
export const POST_MODIFIERS = new Set(
  (
    'deputy assistant associate acting interim senior junior chief executive managing founding press foreign defence ' +
    'defense finance prime vice principal general first second former then-former co lead top national regional ' +
    'federal special political economic military research campaign communications policy legal digital political ' +
    'presidential republican democratic democrat gop party majority minority ranking attorney district ' +
    'supreme circuit high associate permanent standing education health interior justice trade energy labor labour ' +
    'transportation commerce agriculture treasury homeland security intelligence environment environmental cabinet ' +
    'civil public international executive administrative technical scientific elected retired longtime veteran'
  ).split(' '),
);

/** Short forms of titles used before a name, with the post they stand for. */
export const TITLE_ABBREVIATIONS: Record<string, string> = {
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Lt. Gov.': 'Lieutenant Governor',
  'Gen.': 'General',
  'Lt.': 'Lieutenant',
  'Col.': 'Colonel',
  'Adm.': 'Admiral',
  'Capt.': 'Captain',
  'Sgt.': 'Sergeant',
  'Prof.': 'Professor',
  'Pres.': 'President',
  'Amb.': 'Ambassador',
  'Atty. Gen.': 'Attorney General',
  'Supt.': 'Superintendent',
};

/**
 * The first words of a compound rank ("Rear Admiral", "Air Chief Marshal", "Brigadier General", "Lt. Col."):
 * before a rank's word they belong to the post, not to an organisation.
 */
export const RANK_FIRST = /^(?:Rear|Vice|Air|Field|Major|Maj\.|Brigadier|Brig\.|Lieutenant|Lt\.|Chief|Fleet|Wing|Group|Squadron|Flight|Staff|Master|Command|Sergeant)$/;
const RANK = /^(?:Admiral|Adm\.|Marshal|Vice-Marshal|General|Gen\.|Colonel|Col\.|Commander|Cmdr\.|Captain|Capt\.|Sergeant|Sgt\.|Lieutenant|Lt\.|Major|Maj\.|Chief|Officer|Commodore)$/;

/** Whether `words[at]` opens a compound rank that runs on to `words[end - 1]`, every word between a rank's. */
export function opensRank(words: readonly string[], at: number, end: number): boolean {
  if (at + 1 >= end || !RANK_FIRST.test(words[at])) return false;
  for (let k = at + 1; k < end; k++) if (!RANK.test(words[k]) && !RANK_FIRST.test(words[k])) return false;
  return RANK.test(words[end - 1]);
}

/** The word in lower case without the stops and commas after it. */
function bare(word: string): string {
  const c = word.charCodeAt(word.length - 1);
  const lower = word.toLowerCase();
  return c === 46 || c === 44 || c === 59 || c === 58 ? lower.replace(/[.,;:]+$/, '') : lower;
}

export function isPostHead(word: string): boolean {
  return POST_HEADS.has(bare(word));
}

export function isPostModifier(word: string): boolean {
  return POST_MODIFIERS.has(bare(word));
}
