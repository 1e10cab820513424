import type { Article } from '../../shared/model';
import type { CitationNode } from './note-json';

/** Where a cited passage came from, as the reader of a brief needs it. */
export interface SourceRef {
  articleId: string;
  title: string;
  publication?: string;
  author?: string;
  date?: string;
  url?: string;
}

export interface Citation {
  number: number;
  source: SourceRef;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2024-10-02" → "2 October 2024"; a year or year-month stays as short as the data is; anything else as given. */
export function humanDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return value.trim() || undefined;
  const [, year, month, day] = m;
  if (!month) return year;
  const name = MONTHS[Number(month) - 1];
  if (!name) return value;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/**
 * Numbers the citations of a brief in reading order. Footnotes give every citation its own number;
 * a Sources list gives each article one number that all its citations share.
 */
export class CitationNumbers {
  private readonly byArticle = new Map<string, SourceRef>();
  private readonly sourceNumber = new Map<string, number>();
  readonly notes: Citation[] = [];

  constructor(
    private readonly articles: readonly Article[],
    readonly style: 'footnotes' | 'sources',
  ) {}

  cite(node: CitationNode): Citation {
    const source = this.sourceOf(node);
    let number: number;
    if (this.style === 'sources') {
      number = this.sourceNumber.get(source.articleId) ?? this.sourceNumber.size + 1;
      this.sourceNumber.set(source.articleId, number);
    } else {
      number = this.notes.length + 1;
    }
    const citation = { number, source };
    this.notes.push(citation);
    return citation;
  }

  /** Lists an article cited elsewhere (another note of the same brief) among this brief's sources. */
  include(source: SourceRef): void {
    if (!this.byArticle.has(source.articleId)) this.byArticle.set(source.articleId, source);
  }

  /** Every article cited, once each, in order of first citation. */
  get sources(): SourceRef[] {
    return [...this.byArticle.values()];
  }

  // The notebook's article wins over the snapshot in the node: the analyst may have corrected its details since.
  private sourceOf(node: CitationNode): SourceRef {
    const id = node.anchor.articleId;
    const known = this.byArticle.get(id);
    if (known) return known;
    const article = this.articles.find((a) => a.id === id);
    const ref: SourceRef = {
      articleId: id,
      title: article?.title || node.articleTitle || 'Untitled article',
      publication: article?.source || node.source || undefined,
      author: article?.author || undefined,
      // An article with no date is listed as undated, never under the day it was imported.
      date: humanDate(article?.publishedAt || node.publishedAt) ?? 'undated',
      url: safeUrl(article?.url || node.url),
    };
    this.byArticle.set(id, ref);
    return ref;
  }
}

/** Only web addresses are worth printing or linking; anything else (javascript:, file:) is dropped. */
export function safeUrl(url: unknown): string | undefined {
  if (typeof url !== 'string' || !url) return undefined;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
