/** A count and its word, the word in the plural unless the count is one: "1 mention", "3 mentions". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
