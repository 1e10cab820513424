import type { ImportedDocument } from './document';
import { decodeText } from './encoding';
import { emptyFile, emptyPaste } from './errors';
import { titleFromFileName } from './metadata';
import { readPlainArticle } from './plain-article';
import { tidyDocument } from './tidy';

/** A .txt file in any of the encodings Windows, macOS and Linux editors write. */
export function readTextFile(name: string, bytes: Uint8Array): ImportedDocument {
  if (bytes.length === 0) throw emptyFile(name, false);
  const { text: raw } = decodeText(bytes);
  const article = readPlainArticle(name, raw);
  return { ...article, title: article.title ?? titleFromFileName(name), format: 'txt' };
}

/** Text the user pasted; with no title given, its first line is the title. */
export function readPastedText(title: string, text: string): ImportedDocument {
  const given = (title ?? '').replace(/\s+/g, ' ').trim();
  const raw = String(text ?? '');
  if (!raw.trim()) throw emptyPaste(raw.length > 0);
  const article = readPlainArticle('pasted text', raw);
  if (given && article.title && article.title !== given && !article.text.startsWith(article.title)) {
    // The user named the article; the headline the paste started with stays part of its text.
    article.text = `${article.title}\n\n${article.text}`;
  }
  const firstLine = article.text.split('\n', 1)[0];
  return tidyDocument({ ...article, title: given || article.title || shorten(firstLine), format: 'paste' });
}

function shorten(line: string, max = 120): string {
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 60))}…`;
}
