import { dateLine } from './dates';

/** The details of an article besides its text, as far as its file tells them. */
export interface ArticleMetadata {
  title?: string;
  author?: string;
  source?: string;
  publishedAt?: string;
  url?: string;
}

/** Keeps the first non-empty value of each field, so better sources are listed first. */
export function mergeMetadata(...all: (ArticleMetadata | undefined)[]): ArticleMetadata {
  const merged: ArticleMetadata = {};
  for (const meta of all) {
    if (!meta) continue;
    for (const key of ['title', 'author', 'source', 'publishedAt', 'url'] as const) {
      const value = meta[key]?.replace(/\s+/g, ' ').trim();
      if (value && !merged[key]) merged[key] = value;
    }
  }
  return merged;
}

const LABELLED = /^\s*(author|authors|by|byline|writer|source|publication|publisher|outlet|url|link|address)\s*:\s*(.+)$/i;
const BYLINE = /^\s*[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,8})\s*$/u;
const BARE_URL = /^\s*<?(https?:\/\/[^\s<>]+)>?\s*$/i;

/** Reads one line at the top of a text file as metadata, or returns undefined if it is prose. */
export function metadataLine(line: string): ArticleMetadata | undefined {
  const labelled = LABELLED.exec(line);
  if (labelled) {
    const [, label, value] = labelled;
    const key = label.toLowerCase();
    if (['author', 'authors', 'by', 'byline', 'writer'].includes(key)) return { author: stripBy(value) };
    if (['url', 'link', 'address'].includes(key)) return /^https?:\/\//i.test(value.trim()) ? { url: value.trim() } : undefined;
    return { source: value.trim() };
  }
  const byline = BYLINE.exec(line);
  if (byline) return { author: byline[1].trim() };
  const url = BARE_URL.exec(line);
  if (url) return { url: url[1] };
  const date = dateLine(line);
  return date ? { publishedAt: date } : undefined;
}

function stripBy(value: string): string {
  return value.replace(/^\s*by\s+/i, '').trim();
}

/** A first line is a headline when it is short, has no sentence break inside it, and text follows. */
export function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  if (text.length < 2 || text.length > 200) return false;
  if (text.split(/\s+/).length > 30) return false;
  // Two sentences on one line are the start of the article, not its headline.
  if (/[.!?]["”’)]?\s+\p{Lu}/u.test(text.replace(/\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|U\.S|U\.K|No)\./g, ''))) return false;
  return /[\p{L}\p{N}]/u.test(text);
}

/** The file name without folders or extension, for an article that gives no title of its own. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
  return stem || base || 'Untitled article';
}
