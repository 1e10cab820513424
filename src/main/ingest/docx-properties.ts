import { toIsoDate } from './dates';
import { decodeEntities } from './html-entities';
import type { ArticleMetadata } from './metadata';
import { readZipEntry } from './zip';

/**
 * Title, author and date from a .docx's core properties (docProps/core.xml). Word fills "creator"
 * with the account that made the file, which is usually the writer of the piece.
 */
export function docxProperties(bytes: Uint8Array): ArticleMetadata {
  const part = readZipEntry(bytes, 'docProps/core.xml');
  if (!part) return {};
  const xml = new TextDecoder().decode(part);
  const field = (tag: string) => {
    const match = new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*>([^<]*)</(?:\\w+:)?${tag}>`).exec(xml);
    const value = match ? decodeEntities(match[1]).trim() : '';
    return value || undefined;
  };
  return { title: field('title'), author: field('creator'), publishedAt: toIsoDate(field('created')) };
}
