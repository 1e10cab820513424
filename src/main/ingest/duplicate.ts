/**
 * The text two imports are compared by: lowercase, with whitespace and punctuation collapsed, so
 * the same article saved from a browser and from a PDF counts as one.
 */
export function normalizeForDuplicate(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, ' ')
    .trim();
}
