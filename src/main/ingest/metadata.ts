import { dateLine, sourceDateLine } from './dates';

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

const LABELLED = /^\s*(title|headline|author|authors|by|byline|writer|source|publication|publisher|outlet|url|link|address)\s*:\s*(.+)$/i;
const BYLINE = /^\s*[Bb][Yy]\s+(\p{Lu}[\p{L}.'’-]*(?:[\s,]+(?:and\s+|&\s+)?\p{Lu}[\p{L}.'’-]*){0,8})\s*$/u;
const BARE_URL = /^\s*<?(https?:\/\/[^\s<>]+)>?\s*$/i;

/** Reads one line at the top of a text file as metadata, or returns undefined if it is prose. */
export function metadataLine(line: string): ArticleMetadata | undefined {
  const labelled = LABELLED.exec(line);
  if (labelled) {
    const [, label, value] = labelled;
    const key = label.toLowerCase();
    if (['author', 'authors', 'by', 'byline', 'writer'].includes(key)) return { author: stripBy(value).replace(/[.,;]+$/, '') };
    if (key === 'title' || key === 'headline') return { title: value.trim() };
    if (['url', 'link', 'address'].includes(key)) return /^https?:\/\//i.test(value.trim()) ? { url: value.trim() } : undefined;
    return { source: value.trim() };
  }
  const byline = BYLINE.exec(line);
  if (byline) return { author: byline[1].trim() };
  const url = BARE_URL.exec(line);
  if (url) return { url: url[1] };
  const date = dateLine(line);
  return date ? { publishedAt: date } : sourceDateLine(line);
}

function stripBy(value: string): string {
  return value.replace(/^\s*by\s+/i, '').trim();
}

// Full stops that end an abbreviation or an initial, not a sentence ("Roe v. Wade", "George W. Bush").
const ABBREVIATION = /(?<![\p{L}.])(?:\p{Lu}|v|vs|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Rep|Gen|Col|Lt|Sgt|Capt|Prof|Rev|No|Inc|Co|Corp|Ltd|U\.S|U\.K|U\.N)\./gu;

/** A first line is a headline when it is short, has no sentence break inside it, and text follows. */
export function looksLikeTitle(line: string): boolean {
  const text = line.trim();
  if (text.length < 2 || text.length > 200) return false;
  if (text.split(/\s+/).length > 30) return false;
  // Two sentences on one line are the start of the article, not its headline.
  // Headline Case may hold two short sentences ("A Big Blow. Here’s His Plan.").
  if (/[.!?]["”’)]?\s+\p{Lu}/u.test(text.replace(ABBREVIATION, '')) && !isHeadlineCase(text)) return false;
  return /[\p{L}\p{N}]/u.test(text);
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'vs', 'v', 'with']);

function isHeadlineCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /\p{L}/u.test(w) && !MINOR_WORDS.has(w.toLowerCase()));
  const capitalised = words.filter((w) => /^["“‘(]?\p{Lu}/u.test(w)).length;
  return words.length >= 3 && capitalised / words.length >= 0.8;
}

/** The file name without folders or extension, for an article that gives no title of its own. */
export function titleFromFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const stem = base.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
  return stem || base || 'Untitled article';
}
