import { ImportError } from './errors';

/** Messages for an address that could not be fetched, each naming the address and a next step. */
export function statusError(url: string, status: number): ImportError {
  const saveHint = "open it in your browser, save the page (File › Save Page As…) and import the saved file, or copy the article's text and paste it";
  let what: string;
  if (status === 404 || status === 410) what = `the page was not found (error ${status}). Check the address for typos, or find the article again`;
  else if (status === 401 || status === 403) what = `the site refused to send the page (error ${status}); it may need a login or turn away automated readers. Instead, ${saveHint}`;
  else if (status === 429) what = `the site says too many requests were made (error 429). Wait a few minutes and try again, or ${saveHint}`;
  else if (status >= 500) what = `the site had a problem of its own (error ${status}). Try again later, or ${saveHint}`;
  else what = `the site answered with error ${status}. Check the address, or ${saveHint}`;
  return new ImportError(url, 'http-status', `Could not import ${url}: ${what}.`);
}

export function timeoutError(url: string, ms: number): ImportError {
  const seconds = Math.max(1, Math.round(ms / 1000));
  return new ImportError(url, 'timeout', `Could not import ${url}: the site did not answer within ${seconds} second${seconds === 1 ? '' : 's'}. Check your connection and try again, or open the page in your browser and paste its text.`);
}

/** fetch() reports DNS failures, refused connections and certificate problems as a cause code. */
export function networkError(url: string, error: unknown): ImportError {
  const code = String((error as { cause?: { code?: string } })?.cause?.code ?? (error as { code?: string })?.code ?? '');
  let what: string;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') what = 'no site by that name could be found. Check the address, and that this computer is online';
  else if (code === 'ECONNREFUSED') what = 'the site refused the connection. Check the address, or try again later';
  else if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') what = 'the connection was cut off. Try again';
  else if (/CERT|SSL|TLS/i.test(code)) what = 'the site\'s security certificate is not valid, so the page was not fetched. Check the address, or open it in your browser and paste its text';
  else what = `the page could not be fetched (${code || (error as Error)?.message || 'network error'}). Check the address and your connection, then try again`;
  return new ImportError(url, 'unreachable', `Could not import ${url}: ${what}.`);
}

export function badUrl(url: string, why: string): ImportError {
  return new ImportError(url || 'the address', 'bad-url', `Could not import "${url}": ${why}. Enter a web address that starts with http:// or https://.`);
}

export function notAnArticle(url: string): ImportError {
  return new ImportError(
    url,
    'not-an-article',
    `Could not import ${url}: the page does not look like an article (Dossier found no substantial block of text on it). If it is one, open it in your browser, copy the article's text, and paste it.`,
  );
}

export function notReadable(url: string, contentType: string): ImportError {
  return new ImportError(
    url,
    'not-html',
    `Could not import ${url}: it is not a web page but ${contentType ? `a file of type ${contentType}` : 'a file Dossier cannot read'}. Download it and import the file if it is a .pdf, .docx, .txt or .md, or paste the article's text.`,
  );
}

/** The same words whatever is (or is not) listening there: nothing was ever sent to it. */
export function privateAddress(asked: string, redirectedTo?: string): ImportError {
  const where = redirectedTo ? `it redirects to ${redirectedTo}, which points` : 'it points';
  return new ImportError(
    asked,
    'private-address',
    `Could not import ${asked}: ${where} to this computer or a private network, and Dossier only fetches pages from the public internet. To import from your own intranet, start Dossier with DOSSIER_ALLOW_PRIVATE_ADDRESSES=1; otherwise open the page in your browser and paste its text.`,
  );
}
