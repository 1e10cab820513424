import { emptyFile } from './errors';
import { type ArticleMetadata, looksLikeTitle, mergeMetadata, metadataLine } from './metadata';
import { normalizeLineEndings, toArticleText } from './paragraphs';

export interface PlainArticle extends ArticleMetadata {
  text: string;
}

const MAX_HEADER_LINES = 8;

/**
 * Plain text as analysts save it: an optional headline, then a few lines such as "By Jane Doe",
 * "Source: The Daily Record" or a date, then the article. The header lines become the article's
 * details and leave the body, so the reader does not show them twice.
 */
export function readPlainArticle(file: string, raw: string, options: { titled?: boolean } = {}): PlainArticle {
  const lines = normalizeLineEndings(raw).split('\n');
  if (!lines.some((l) => l.trim())) throw emptyFile(file, raw.length > 0);
  let i = nextFilled(lines, 0);
  let title: string | undefined;
  const found: ArticleMetadata[] = [];
  const first = lines[i].trim();
  // A title found elsewhere (front matter, a # heading) means the first line is body or details.
  if (!options.titled && !metadataLine(first) && ((looksLikeTitle(first) && endsHeadline(lines, i)) || standsAlone(lines, i))) {
    title = first.replace(/\s*;$/, '');
    i = nextFilled(lines, i + 1);
  }
  for (let n = 0; i < lines.length && n < MAX_HEADER_LINES; n++) {
    const meta = metadataLine(lines[i]);
    if (!meta) break;
    found.push(meta);
    i = nextFilled(lines, i + 1);
  }
  let text = toArticleText(lines.slice(i).join('\n'));
  // A file that is only a headline (or only details) still imports; its words are the article.
  if (!text) text = toArticleText(raw);
  return { ...mergeMetadata({ title }, ...found), text };
}

// A short line set apart by a blank line above a longer paragraph is a headline, even one with
// two short sentences ("Game over. Will Sanders come down?").
function standsAlone(lines: string[], i: number): boolean {
  const line = lines[i].trim();
  if (line.length > 120 || lines[i + 1]?.trim() !== '') return false;
  const next = nextFilled(lines, i + 1);
  return next < lines.length && lines[next].trim().length > line.length * 1.5 && (line.match(/[.!?]\s/g)?.length ?? 0) <= 2;
}

function nextFilled(lines: string[], from: number): number {
  let i = from;
  while (i < lines.length && !lines[i].trim()) i++;
  return i;
}

// A headline stands on its own line: a blank line or a detail line follows it, or it lacks the
// full stop that ends a sentence of body text.
function endsHeadline(lines: string[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined) return false;
  if (!next.trim() || metadataLine(next)) return true;
  // "Headline; ⏎ deck." is how news databases export a headline with its standfirst.
  if (/;$/.test(lines[i].trim()) && !lines[i + 2]?.trim()) return true;
  return !/[.!?,;:]["”’)]?$/.test(lines[i].trim());
}
