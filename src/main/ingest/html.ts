import { loadDom, type ParsedPage } from './dom';
import { toIsoDate } from './dates';
import type { ImportedDocument } from './document';
import { elementText } from './dom-text';
import { ImportError } from './errors';
import { decodeHtml } from './html-decode';
import { absoluteHttpUrl, htmlMetadata } from './html-metadata';
import { type ArticleMetadata, mergeMetadata, metadataLine, titleFromFileName } from './metadata';

export interface HtmlArticle extends ArticleMetadata {
  title?: string;
  text: string;
  /** Whether Readability found an article, not only the page's text. */
  isArticle: boolean;
}

// Fewer words than this is a teaser, a cookie wall or an error page rather than an article.
export const MIN_ARTICLE_WORDS = 40;

/**
 * Parses untrusted HTML without running it: jsdom's defaults execute no script and load no
 * resource (no images, stylesheets, frames or refreshes), and only text nodes leave this function.
 */
export async function readHtml(html: string, pageUrl?: string): Promise<HtmlArticle> {
  const { parseHtml, Readability } = await loadDom();
  const dom = parseHtml(html, pageUrl);
  try {
    const doc = dom.window.document;
    const meta = htmlMetadata(doc, pageUrl);
    const documentTitle = doc.title?.replace(/\s+/g, ' ').trim() || undefined;
    const headline = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
    unwrapSubstantialNoscript(doc);
    // Readability takes the DOM apart; handing back the element itself saves serialising it to HTML.
    const parsed = new Readability(doc, { serializer: (el: Node) => el, charThreshold: 300 }).parse();
    const content = parsed?.content as unknown as Element | undefined;
    let text = content ? elementText(content) : '';
    const isArticle = wordCount(text) >= MIN_ARTICLE_WORDS;
    if (!isArticle) text = pageText(parseHtml(html, pageUrl)) || text;
    // Sites append their name to <title> ("Story | Site"); the page's own headline is cleaner.
    const pageHeadline = headline && documentTitle?.includes(headline) ? headline : undefined;
    const title = meta.title ?? pageHeadline ?? (parsed?.title?.trim() || documentTitle);
    const byline = parsed?.byline?.replace(/^\s*by\s+/i, '').trim();
    const header = leadingHeader(text, [title, headline, parsed?.title ?? undefined, documentTitle]);
    const merged = mergeMetadata(meta, { author: byline && byline.length < 120 ? byline : undefined }, header.meta, {
      source: parsed?.siteName ?? undefined,
      publishedAt: parsed?.publishedTime ?? undefined,
    });
    return { ...merged, title, text: header.text, publishedAt: toIsoDate(merged.publishedAt), url: absoluteHttpUrl(merged.url, pageUrl), isArticle };
  } finally {
    dom.window.close();
  }
}

/** A saved web page (.html, .htm). Pages that are not articles still give their visible text. */
export async function readHtmlFile(name: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const article = await readHtml(decodeHtml(bytes));
  if (!article.text) {
    throw new ImportError(name, 'empty', `${name} has no readable text in it (only markup, scripts or pictures). Open it in your browser to check, or copy the article's text and paste it.`);
  }
  const { isArticle: _, ...rest } = article;
  return { ...rest, title: article.title ?? titleFromFileName(name), format: 'html' };
}

// The whole body without navigation, for pages Readability does not take for an article.
function pageText(dom: ParsedPage): string {
  try {
    const body = dom.window.document.body;
    if (!body) return '';
    for (const el of body.querySelectorAll('nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"]')) el.remove();
    return elementText(body);
  } finally {
    dom.window.close();
  }
}

/**
 * Without scripting, an unclosed or tricked <noscript> swallows the rest of the page, and sites
 * that draw articles with script put the text itself there. Readability drops every noscript, so
 * one that holds a real amount of text is unwrapped into the page first.
 */
function unwrapSubstantialNoscript(doc: Document): void {
  for (const el of [...doc.querySelectorAll('noscript')]) {
    if (!el.isConnected || wordCount(el.textContent ?? '') < MIN_ARTICLE_WORDS) continue;
    el.replaceWith(...el.childNodes);
  }
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/**
 * The headline, byline and date that open many articles are details, not body text: they leave
 * the text (Readability keeps them when the page's metadata already named the author).
 */
function leadingHeader(text: string, titles: (string | undefined)[]): { text: string; meta: ArticleMetadata } {
  const known = new Set(titles.filter(Boolean).map((t) => t!.toLowerCase()));
  const paragraphs = text.split('\n\n');
  const found: ArticleMetadata[] = [];
  let skip = 0;
  while (skip < Math.min(4, paragraphs.length - 1)) {
    const paragraph = paragraphs[skip];
    const meta = known.has(paragraph.toLowerCase()) ? {} : metadataLine(paragraph);
    if (!meta || meta.url) break;
    found.push(meta);
    skip++;
  }
  return { text: paragraphs.slice(skip).join('\n\n'), meta: mergeMetadata(...found) };
}
