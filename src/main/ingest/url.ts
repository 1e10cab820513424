import type { Readable } from 'node:stream';
import { type AddressPolicy, checkedAddress, NonPublicAddressError, privateAddressesAllowed, type Resolver, systemResolver } from './address-guard';
import type { ImportedDocument } from './document';
import { ImportError, megabytes } from './errors';
import { decodeHtml } from './html-decode';
import { readHtml } from './html';
import { readMarkdownFile } from './markdown';
import { readPdfFile } from './pdf';
import { type PinnedResponse, requestPinned } from './pinned-request';
import { sniff } from './sniff';
import { readTextFile } from './text';
import { tidyDocument } from './tidy';
import { badUrl, networkError, notAnArticle, notReadable, privateAddress, statusError, timeoutError } from './url-errors';

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Fetch from this computer and private networks too; default: DOSSIER_ALLOW_PRIVATE_ADDRESSES=1. */
  allowPrivateAddresses?: boolean;
  /** Host name → addresses; default: the system's DNS. */
  resolve?: Resolver;
  /** Addresses to treat as public although they are not (tests stand a local server in for a site). */
  treatAsPublic?: readonly string[];
}

const DEFAULTS = { timeoutMs: 15_000, maxBytes: 20 * 1024 * 1024, maxRedirects: 5 };
const HEADERS = {
  'user-agent': 'Mozilla/5.0 (compatible; Dossier/0.1; research notebook)',
  accept: 'text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.5',
};

/**
 * The article at a web address, fetched once by this process: no cookies, no scripts, no
 * sub-resources. The whole exchange, body included, is bounded in time, size and redirects, and
 * every hop goes only to a public internet address, checked after DNS and pinned for the connection.
 */
export async function fetchArticle(address: string, opts: FetchOptions = {}): Promise<ImportedDocument> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...DEFAULTS, ...opts };
  const policy: AddressPolicy = {
    allowPrivate: opts.allowPrivateAddresses ?? privateAddressesAllowed(),
    resolve: opts.resolve ?? systemResolver,
    treatAsPublic: opts.treatAsPublic,
  };
  let url = parseWebAddress(address);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await fetchHop(url, policy, controller.signal, redirects > 0 ? address : undefined);
      const location = response.headers.location;
      if (response.status >= 300 && response.status < 400 && location) {
        response.body.destroy();
        if (redirects >= maxRedirects) throw badUrl(address, `it redirected more than ${maxRedirects} times`);
        url = parseWebAddress(new URL(location, url).href);
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        response.body.destroy();
        throw statusError(url.href, response.status);
      }
      const bytes = await readBody(url.href, response, maxBytes);
      return tidyDocument(await articleFrom(url.href, String(response.headers['content-type'] ?? ''), bytes));
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (controller.signal.aborted) throw timeoutError(url.href, timeoutMs);
    throw networkError(url.href, error);
  } finally {
    clearTimeout(timer);
  }
}

/** One request, to an address checked before anything is sent. `redirectedFrom` is what the user gave. */
async function fetchHop(url: URL, policy: AddressPolicy, signal: AbortSignal, redirectedFrom?: string): Promise<PinnedResponse> {
  try {
    const pinned = await checkedAddress(url.hostname, policy);
    return await requestPinned(url, pinned, HEADERS, signal);
  } catch (error) {
    if (error instanceof NonPublicAddressError) throw redirectedFrom ? privateAddress(redirectedFrom.trim(), url.href) : privateAddress(url.href);
    throw error;
  }
}

/** Only http and https: a file:, data: or javascript: address is never fetched. */
export function parseWebAddress(address: string): URL {
  const trimmed = String(address ?? '').trim();
  if (!trimmed) throw badUrl(trimmed, 'no address was given');
  // People paste "example.com/story" without a scheme; https is what the browser would try.
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(trimmed) && !/^[^:/]+:\d+/.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw badUrl(trimmed, 'it is not a valid web address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badUrl(trimmed, `Dossier only fetches web pages, not ${url.protocol} addresses`);
  if (url.username || url.password) throw badUrl(trimmed, 'addresses with a user name or password in them are not fetched');
  return url;
}

async function readBody(url: string, response: PinnedResponse, maxBytes: number): Promise<Uint8Array> {
  const tooBig = () => new ImportError(url, 'too-large', `Could not import ${url}: the page is larger than ${megabytes(maxBytes)}, too large for an article. Save the part you need and import it, or paste its text.`);
  if (Number(response.headers['content-length'] ?? 0) > maxBytes) {
    response.body.destroy();
    throw tooBig();
  }
  const chunks: Buffer[] = [];
  let total = 0;
  // Counted after decompression, so a small compressed bomb is cut off at the same size.
  for await (const chunk of response.body as Readable) {
    total += (chunk as Buffer).byteLength;
    if (total > maxBytes) {
      response.body.destroy();
      throw tooBig();
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function articleFrom(url: string, contentType: string, bytes: Uint8Array): Promise<ImportedDocument> {
  const type = contentType.split(';')[0].trim().toLowerCase();
  const kind = sniff(bytes).kind;
  const source = new URL(url).hostname.replace(/^www\./, '');
  if (bytes.length === 0) throw new ImportError(url, 'empty', `Could not import ${url}: the site sent an empty page. Check the address, or try again later.`);
  if (type === 'application/pdf' || kind === 'pdf') {
    const pdf = await readPdfFile(fileName(url, '.pdf'), bytes);
    return { ...pdf, source, url, format: 'url' };
  }
  if (type === 'text/plain' || type === 'text/markdown') {
    const reader = type === 'text/markdown' ? readMarkdownFile : readTextFile;
    return { ...reader(fileName(url, '.txt'), bytes), source, url, format: 'url' };
  }
  if (!['text/html', 'application/xhtml+xml', ''].includes(type) && !(kind === 'html' && type === 'application/octet-stream')) throw notReadable(url, type);
  if (type === '' && kind !== 'html' && kind !== 'text') throw notReadable(url, '');
  const article = await readHtml(decodeHtml(bytes, contentType), url);
  if (!article.isArticle) throw notAnArticle(url);
  const { isArticle: _, ...rest } = article;
  return { ...rest, title: rest.title ?? source, source: rest.source ?? source, url: rest.url ?? url, format: 'url' };
}

function fileName(url: string, fallbackExt: string): string {
  const last = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  return last || `page${fallbackExt}`;
}
