import type { ImportedDocument } from './document';
import { normalizeLineEndings } from './paragraphs';

// Line breaks of every kind, control characters and runs of space: one space in a one-line detail.
const BREAKS_AND_SPACE = /[\s\u0000-\u001f\u007f-\u009f]+/g;

/** A detail that belongs on one line (title, source, author, date), or undefined when nothing is left. */
export function detailLine(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  return value.replace(BREAKS_AND_SPACE, ' ').trim() || undefined;
}

/**
 * An http(s) address as the URL parser writes it (so <, > and spaces are percent-encoded), or
 * undefined for anything else: javascript:, data:, vbscript:, file: and malformed text never are.
 */
export function webAddress(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * What every reader hands back, made uniform: "\n" line endings in the text, details on one line,
 * and an address only when it is a web address. Metadata found inside a document that is not a web
 * address is dropped without a word: it is the document's problem, not the user's.
 */
export function tidyDocument<T extends ImportedDocument>(doc: T): T {
  const tidy: T = { ...doc, text: normalizeLineEndings(doc.text ?? ''), title: detailLine(doc.title) ?? '' };
  for (const key of ['source', 'author', 'publishedAt'] as const) tidy[key] = detailLine(doc[key]);
  tidy.url = webAddress(doc.url);
  return tidy;
}
