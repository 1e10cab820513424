/**
 * The one shape every reader returns: plain text, one paragraph per block, blocks separated by a
 * blank line. The reader pane and the extractor's character offsets both rely on it.
 */

// Invisible characters that only get in the way of search and entity offsets. (The zero-width
// joiner stays: it holds emoji and some scripts' letters together.)
const INVISIBLE = /[\u00AD\u200B\u200C\u2060\uFEFF]/g;
// Control characters other than tab and line feed never belong in article text.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const SPACES = /[ \t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const LIST_ITEM = /^\s*(?:[-*•‣◦▪–]\s|\d{1,3}[.)]\s|[a-z][.)]\s)/i;

/** Tidies one paragraph: no invisible characters, single spaces, no line breaks. */
export function cleanParagraph(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s*\n\s*/g, ' ').replace(CONTROL, ' ').replace(SPACES, ' ').trim();
}

/** Joins paragraphs into article text, dropping empty ones. */
export function joinParagraphs(paragraphs: Iterable<string>): string {
  const kept: string[] = [];
  for (const p of paragraphs) {
    const clean = cleanParagraph(p);
    if (clean) kept.push(clean);
  }
  return kept.join('\n\n');
}

/** Line endings of every platform (and Unicode's separators) become "\n". */
export function normalizeLineEndings(text: string): string {
  return text.replace(/\r\n?|\u2028|\u0085/g, '\n').replace(/\u2029/g, '\n\n');
}

/**
 * Splits plain text into paragraphs. Where the author separated paragraphs with blank lines, the
 * lines inside one block are a hard-wrapped paragraph and are joined (list items stay apart).
 * Where there is no blank line anywhere, each line is its own paragraph, as in a pasted article.
 */
export function splitParagraphs(text: string): string[] {
  const normalized = normalizeLineEndings(text).replace(/\f/g, '\n\n');
  const blocks = normalized.split(/\n[ \t\u00A0]*\n/);
  if (blocks.length === 1) return normalized.split('\n').map(cleanParagraph).filter(Boolean);
  const paragraphs: string[] = [];
  for (const block of blocks) {
    let current: string[] = [];
    for (const line of block.split('\n')) {
      if (LIST_ITEM.test(line) && current.length > 0) {
        paragraphs.push(current.join(' '));
        current = [];
      }
      current.push(line);
    }
    paragraphs.push(current.join(' '));
  }
  return paragraphs.map(cleanParagraph).filter(Boolean);
}

/** Plain text of any origin → article text with "\n\n" between paragraphs. */
export function toArticleText(text: string): string {
  return splitParagraphs(text).join('\n\n');
}
