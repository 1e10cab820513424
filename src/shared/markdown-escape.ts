/**
 * Every value a Markdown export writes comes from somewhere we do not control (an imported page's
 * title, an author, a date as the page gave it, a name typed in a correction), so each goes out
 * through one of these and can only ever read as the text it is: never as HTML, a link, emphasis,
 * a new block or the end of a code span.
 */

// Every line ending CommonMark or a JavaScript-based renderer might honour.
const LINE_BREAKS = /\r\n?|[\n\u0085\u2028\u2029]/g;

// Characters that would otherwise start emphasis, links, code, HTML, autolinks or footnotes, and an
// & only where it would begin a character reference ("AT&T" stays as it is). The backslash form is
// CommonMark's, and Lexical reads it back when an exported brief is imported as a note.
const INLINE_SPECIAL = /[\\`*_[\]<>~]|&(?=#\d+;|#[xX][\da-fA-F]+;|[A-Za-z][\dA-Za-z]*;)/g;

const asText = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/** Line endings of every kind become "\n". */
export function normalizeLineBreaks(text: string): string {
  return text.replace(LINE_BREAKS, '\n');
}

/** Inline text with every character that could become markup backslash-escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&');
}

/** Escapes what would make a line's first characters read as a heading, list, quote or rule. */
export function escapeLineStart(line: string): string {
  return line.replace(/^(\s*)(#{1,6}(?=\s|$)|>|[-+](?=\s)|(\d+)[.)](?=\s)|={3,}|-{3,})/, (_m, space: string, mark: string, digits?: string) =>
    digits ? `${space}${digits}\\${mark.slice(digits.length)}` : `${space}\\${mark}`,
  );
}

/**
 * A value that must stay on one line — a title, name, role, publication, author or date: its line
 * breaks and runs of space become one space, and it is escaped wherever on the line it lands.
 */
export function markdownLine(value: unknown): string {
  return escapeLineStart(escapeMarkdown(asText(value).replace(/[\s\u0085]+/g, ' ').trim()));
}

/** Like markdownLine, without trimming: for pieces of one line joined around emphasis. */
export function markdownPiece(value: unknown): string {
  return escapeMarkdown(asText(value).replace(/[\s\u0085]+/g, ' '));
}

/**
 * Inline code. A line ending inside would let a blank line end the paragraph (and the span with
 * it), so line endings become spaces, as CommonMark renders them in a code span anyway.
 */
export function codeSpan(value: unknown): string {
  const text = asText(value).replace(LINE_BREAKS, ' ');
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

/**
 * A YAML double-quoted scalar that is also valid JSON: JSON's escapes, the two separators YAML 1.1
 * reads as line breaks, and <, > and & as \u escapes, so a renderer that does not know front matter
 * (and shows it as a paragraph) finds no HTML in it either.
 */
export function yamlString(value: unknown): string {
  return JSON.stringify(asText(value)).replace(/[\u2028\u2029<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A front-matter date: bare when it is a plain YYYY-MM-DD, quoted otherwise. */
export function yamlDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : yamlString(value);
}
