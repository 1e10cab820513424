import type { ArticleMetadata } from './metadata';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// The schema.org types a news or research page describes its story with, best first.
const ARTICLE_TYPES = ['NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'Article', 'BlogPosting', 'ScholarlyArticle', 'Report'];

/** The article described in a page's JSON-LD blocks, if any. Broken JSON is ignored, not fatal. */
export function jsonLdMetadata(blocks: string[]): ArticleMetadata {
  const candidates: { [key: string]: Json }[] = [];
  for (const block of blocks) {
    try {
      collect(JSON.parse(block) as Json, candidates, 0);
    } catch {
      // Pages often ship half-templated JSON-LD; the <meta> tags still tell us enough.
    }
  }
  const rank = (node: { [key: string]: Json }) => {
    const types = ([] as Json[]).concat(node['@type'] ?? []).map(String);
    const best = Math.min(...types.map((t) => ARTICLE_TYPES.indexOf(t)).filter((i) => i >= 0));
    return Number.isFinite(best) ? best : Number.POSITIVE_INFINITY;
  };
  const article = candidates.filter((c) => Number.isFinite(rank(c))).sort((a, b) => rank(a) - rank(b))[0];
  if (!article) return {};
  return {
    title: text(article.headline) ?? text(article.name),
    author: names(article.author ?? article.creator),
    publishedAt: text(article.datePublished) ?? text(article.dateCreated),
    source: names(article.publisher) ?? names(article.isPartOf),
    url: text(article.url) ?? text(article.mainEntityOfPage),
  };
}

function collect(node: Json, into: { [key: string]: Json }[], depth: number): void {
  if (depth > 6 || node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const item of node) collect(item, into, depth + 1);
    return;
  }
  if ('@type' in node) into.push(node);
  if (Array.isArray(node['@graph'])) collect(node['@graph'], into, depth + 1);
}

function text(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (value && typeof value === 'object' && !Array.isArray(value)) return text(value['@id'] ?? value.url ?? null);
  return undefined;
}

/** "Jane Doe", {"name": "Jane Doe"} or a list of either → "Jane Doe, John Roe". */
function names(value: Json | undefined): string | undefined {
  const list = ([] as Json[]).concat(value ?? []);
  const found = list
    .map((v) => (typeof v === 'string' ? v : v && typeof v === 'object' && !Array.isArray(v) && typeof v.name === 'string' ? v.name : ''))
    .map((v) => v.trim())
    .filter((v) => v && !/^https?:\/\//i.test(v));
  return found.length ? [...new Set(found)].join(', ') : undefined;
}
