/** `text` as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of `phrase` as a pattern that allows any whitespace between them, or null for no words. */
export function loosePhrase(phrase: string): string | null {
  const words = phrase.trim().split(/\s+/).filter(Boolean);
  return words.length ? words.map(escapeRegExp).join('\\s+') : null;
}
