import { jsonLdMetadata } from './json-ld';
import { type ArticleMetadata, mergeMetadata } from './metadata';

/**
 * What a saved or fetched page says about its article, from the tags publishers add for search
 * engines, social sites and library tools. Read before Readability, which rewrites the DOM.
 */
export function htmlMetadata(doc: Document, pageUrl?: string): ArticleMetadata {
  const meta = (...names: string[]) => {
    for (const name of names) {
      for (const el of doc.querySelectorAll('meta')) {
        const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? '').toLowerCase();
        const content = el.getAttribute('content')?.trim();
        if (key === name && content) return content;
      }
    }
    return undefined;
  };
  const all = (name: string) =>
    [...doc.querySelectorAll('meta')]
      .filter((el) => (el.getAttribute('name') ?? el.getAttribute('property') ?? '').toLowerCase() === name)
      .map((el) => el.getAttribute('content')?.trim() ?? '')
      .filter(Boolean);
  const ld = jsonLdMetadata([...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''));
  const tags: ArticleMetadata = {
    title: meta('og:title', 'citation_title', 'twitter:title', 'dc.title'),
    author: personName(all('citation_author').join(', ') || meta('author', 'article:author', 'dc.creator', 'parsely-author', 'sailthru.author')),
    source: meta('og:site_name', 'citation_journal_title', 'citation_publisher', 'application-name', 'publisher', 'dc.publisher'),
    publishedAt: meta('article:published_time', 'citation_publication_date', 'citation_date', 'citation_online_date', 'dc.date', 'date', 'pubdate', 'publishdate', 'parsely-pub-date', 'datepublished'),
    url: doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? meta('og:url', 'citation_fulltext_html_url'),
  };
  const timeTag = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const merged = mergeMetadata({ title: ld.title, author: ld.author, publishedAt: ld.publishedAt }, tags, { source: ld.source, url: ld.url }, { publishedAt: timeTag });
  merged.url = absoluteHttpUrl(merged.url, pageUrl);
  return merged;
}

// Publishers sometimes put a profile link where the name belongs; a link is no author.
function personName(value: string | undefined): string | undefined {
  return value && !/^https?:\/\//i.test(value) ? value : undefined;
}

/** Only web addresses the user could open again are kept; javascript: and data: never are. */
export function absoluteHttpUrl(value: string | undefined, base?: string): string | undefined {
  if (!value) return base && /^https?:/i.test(base) ? base : undefined;
  try {
    const url = new URL(value, base);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch {
    // A malformed canonical link is no reason to fail an import.
  }
  return base && /^https?:/i.test(base) ? base : undefined;
}
