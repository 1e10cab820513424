import { createHash, randomUUID } from 'node:crypto';
import type { ImportFileInput, ImportResult, ImportTextInput } from '../../shared/api';
import { DossierError } from '../../shared/errors';
import type { Article, ArticleSummary } from '../../shared/model';
import { applyRules } from '../entities/rules';
import { mergeExtraction } from '../entities/merge';
import type { Extraction } from '../../shared/extraction';
import { extractOffThread } from '../extract/worker-pool';
import { detailLine, fetchArticle, normalizeForDuplicate, normalizeLineEndings, readDocument, readDocumentFile, readPastedText, webAddress } from '../ingest';
import { typedWebAddress } from './article-details';
import type { NotebookData } from '../store/schema';

const MAX_ARTICLE_CHARS = 5_000_000;

export type ArticleInput = ImportTextInput & { format: string };

export function articleSummary(article: Article): ArticleSummary {
  const { id, title, source, author, publishedAt, url, importedAt, trashedAt } = article;
  return { id, title, source, author, publishedAt, url, importedAt, trashedAt, entityCount: new Set(article.mentions.map((m) => m.entityId)).size };
}


/** Stores one article with its entities; a duplicate is reported, not stored twice. Mutates data. */
export async function importArticle(data: NotebookData, input: ArticleInput): Promise<ImportResult> {
  // An address typed in the paste form is the user's: a non-web one is refused, not dropped.
  if (input?.format === 'paste') typedWebAddress(input.url);
  checkText(cleanText(input));
  const document = input.format === 'paste' ? pastedArticle(input) : input;
  const text = cleanText(document);
  checkText(text);
  const existing = findDuplicate(data, text);
  if (existing) return { article: articleSummary(existing), duplicateOf: existing.id };
  const extraction = await extractOffThread(text, { publishedAt: document.publishedAt });
  // The notebook may have gained the same article while the worker ran.
  const raced = findDuplicate(data, text);
  if (raced) return { article: articleSummary(raced), duplicateOf: raced.id };
  return storeArticle(data, document, text, extraction);
}

/**
 * Pasted text read as a saved .txt is: its headline, byline and dateline become the details the
 * user left empty and leave the text, so the same article pasted and dropped is stored once, and
 * a dateline's date anchors "Oct. 10" before any date is resolved.
 */
function pastedArticle(input: ArticleInput): ArticleInput {
  const read = readPastedText(input.title ?? '', input.text);
  const typed = (value: string | undefined) => (typeof value === 'string' && value.trim() ? value : undefined);
  return {
    ...input,
    title: read.title,
    text: read.text,
    source: typed(input.source) ?? read.source,
    author: typed(input.author) ?? read.author,
    publishedAt: typed(input.publishedAt) ?? read.publishedAt,
    url: typed(input.url) ?? read.url,
  };
}

function cleanText(input: ArticleInput): string {
  return normalizeLineEndings(typeof input?.text === 'string' ? input.text : '').trim();
}

// Fingerprint hash → article id, built once per opened notebook so a batch import stays linear.
const fingerprints = new WeakMap<NotebookData, Map<string, string>>();

function fingerprintHash(text: string): string {
  return createHash('sha256').update(normalizeForDuplicate(text)).digest('base64');
}

/**
 * What an article is known by: its whole text, and its text without a headline paragraph on top,
 * so the same article kept with its headline once (pasted under another title) and without it once
 * (a saved file whose headline became the title) is one article.
 */
function fingerprintsOf(text: string): string[] {
  const [first, ...rest] = text.split(/\n\s*\n/);
  const body = rest.join('\n\n');
  const headline = first.trim().length <= 200 && !/[.!?:]["”’)]?$/.test(first.trim()) && body.length >= 200;
  return headline ? [fingerprintHash(text), fingerprintHash(body)] : [fingerprintHash(text)];
}

function fingerprintIndex(data: NotebookData): Map<string, string> {
  let index = fingerprints.get(data);
  if (!index) {
    index = new Map();
    for (const a of data.articles) for (const key of fingerprintsOf(a.text)) if (!index.has(key)) index.set(key, a.id);
    fingerprints.set(data, index);
  }
  return index;
}

function findDuplicate(data: NotebookData, text: string) {
  const index = fingerprintIndex(data);
  const id = fingerprintsOf(text)
    .map((key) => index.get(key))
    .find(Boolean);
  return id ? data.articles.find((a) => a.id === id) : undefined;
}

function checkText(text: string): void {
  if (!text) {
    throw new DossierError('empty-import', "There is no article text to import. Paste the article's text into the Text box, then choose Import.");
  }
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new DossierError(
      'invalid-input',
      `This text is ${(text.length / 1e6).toFixed(1)} million characters long, more than one article can be (5 million). Split it into separate articles.`,
    );
  }
}

function storeArticle(data: NotebookData, input: ArticleInput, text: string, raw: Extraction): ImportResult {
  const id = randomUUID();
  const extraction = applyRules(raw, data.rules, text);
  const { mentions, quotes } = mergeExtraction(data.entities, id, extraction);
  const article: Article = {
    id,
    title: detailLine(input.title) ?? text.split('\n', 1)[0].slice(0, 120),
    text,
    source: detailLine(input.source),
    author: detailLine(input.author),
    publishedAt: detailLine(input.publishedAt),
    url: input.format === 'paste' ? typedWebAddress(input.url) : webAddress(input.url),
    format: input.format,
    importedAt: new Date().toISOString(),
    mentions,
    quotes,
  };
  data.articles.push(article);
  const index = fingerprintIndex(data);
  for (const key of fingerprintsOf(text)) if (!index.has(key)) index.set(key, id);
  return { article: articleSummary(article) };
}

/** A dropped or chosen file → article input, in any format the ingest room reads. */
export async function importFileInput(file: ImportFileInput): Promise<ArticleInput> {
  const name = String(file?.name ?? 'file');
  return readDocument(name, Buffer.from(String(file?.dataBase64 ?? ''), 'base64'));
}

/** A file on disk (the CLI) → article input; its size is checked before it is read. */
export async function readArticleFile(path: string): Promise<ArticleInput> {
  return readDocumentFile(path);
}

/** Fetches the page in this process (never the window) and keeps only the article. */
export async function importFromUrl(url: string): Promise<ArticleInput> {
  return fetchArticle(String(url ?? ''));
}
