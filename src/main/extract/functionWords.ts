// Function words that open sentences (prepositions, conjunctions, sentence adverbs, determiners):
// Capitalised there, they are never a name nor a speaker ("Furthermore,", "Within the party,", "Rather").
const FUNCTION_WORDS = new Set(
  (
    'the a an this that these those after before though although however furthermore moreover meanwhile rather within ' +
    'without perhaps having being also still yet instead indeed nevertheless nonetheless thus hence therefore besides ' +
    'likewise similarly otherwise earlier later then now here there today yesterday tomorrow while when where whereas ' +
    'because since until unless if as at by for from in into of on onto over under upon with about above across against ' +
    'along among around behind below beneath beside between beyond despite during except inside near outside through ' +
    'throughout toward towards via so but and or nor such again even just only once asked'
  ).split(' '),
);
/** Whether a word (any case) is one of the function words above. */
export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}
