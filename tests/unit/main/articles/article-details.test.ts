import { describe, expect, it } from 'vitest';
import { typedArticleDetails } from '../../../../src/main/articles/article-details';
import { importArticle } from '../../../../src/main/articles/import-article';
import { fetchArticle, readDocument, readPastedText } from '../../../../src/main/ingest';
import { emptyNotebook } from '../../../../src/main/store/schema';
import { isDossierError } from '../../../../src/shared/errors';
import { ARTICLE_TEXT, articlePage } from '../ingest/fixtures/articles';
import { startServer } from '../ingest/fixtures/server';

const UNSAFE = ['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd'];
const bytes = (text: string) => new TextEncoder().encode(text);
const BODY = `${ARTICLE_TEXT.replace(/\n\n/g, '\r\n\r\n')}\r\n`;

function refusal(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a refusal');
}

describe('addresses found inside a document', () => {
  it.each(UNSAFE)('drops a front-matter url of %s without a word', async (url) => {
    const doc = await readDocument('a.md', bytes(`---\ntitle: Harbour survey\nauthor: Nessa Arden\nurl: ${url}\n---\n\n${ARTICLE_TEXT}`));
    expect(doc.url).toBeUndefined();
    expect(doc).toMatchObject({ title: 'Harbour survey', author: 'Nessa Arden' });
  });

  it.each(UNSAFE)('drops a canonical link of %s in a saved page', async (url) => {
    const doc = await readDocument('a.html', bytes(articlePage({ head: `<link rel="canonical" href="${url.replace(/"/g, '&quot;')}">` })));
    expect(doc.url).toBeUndefined();
  });

  it('keeps a web address, written as the URL parser writes it', async () => {
    const doc = await readDocument('a.md', bytes(`---\ntitle: Harbour survey\nurl: https://Example.com/a b\n---\n\n${ARTICLE_TEXT}`));
    expect(doc.url).toBe('https://example.com/a%20b');
  });
});

describe('line endings on every import path', () => {
  const expectTidy = (doc: { text: string; title: string; author?: string }) => {
    expect(doc.text).not.toMatch(/[\r\u2028\u2029\u0085]/);
    expect(doc.text).toBe(ARTICLE_TEXT);
    expect(doc.title).not.toMatch(/[\r\n]/);
  };

  it.each([
    ['a .txt file', 'a.txt', `Harbour board orders survey\r\n\r\n${BODY}`],
    ['a .txt file from an old Mac', 'a.txt', `Harbour board orders survey\r\r${ARTICLE_TEXT.replace(/\n/g, '\r')}`],
    ['a .md file', 'a.md', `---\r\ntitle: Harbour board orders survey\r\n---\r\n\r\n${BODY}`],
    ['a saved page', 'a.html', articlePage().replace(/\n/g, '\r\n')],
  ])('normalises %s', async (_, name, text) => {
    expectTidy(await readDocument(name, bytes(text)));
  });

  it('normalises pasted text, with Unicode line separators too', () => {
    const doc = readPastedText('', `Harbour board orders survey\u2028\u2028${ARTICLE_TEXT.replace(/\n\n/g, '\u2029')}`);
    expectTidy(doc);
    expect(doc.title).toBe('Harbour board orders survey');
  });

  it('normalises a page fetched from an address', async () => {
    const server = await startServer({
      '/a': (_, res) => {
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        res.end(`Harbour board orders survey\r\n\r\n${BODY}`);
      },
    });
    try {
      expectTidy(await fetchArticle(server.url('/a'), { allowPrivateAddresses: true }));
    } finally {
      await server.close();
    }
  });

  it('stores text and details pasted through the window with "\\n" line endings and each detail on one line', async () => {
    const data = emptyNotebook();
    const { article } = await importArticle(data, { format: 'paste', title: 'Harbour\r\nsurvey', author: 'Nessa\u2028Arden', source: 'The\rCourier', text: BODY.replace(/\r\n/g, '\r') });
    expect(data.articles[0].text).toBe(ARTICLE_TEXT);
    expect(article).toMatchObject({ title: 'Harbour survey', author: 'Nessa Arden', source: 'The Courier' });
  });
});

describe('addresses the user typed', () => {
  it.each(UNSAFE)('refuses %s in the paste form with a plain message, storing nothing', async (url) => {
    const data = emptyNotebook();
    const error = await importArticle(data, { format: 'paste', title: 'Harbour survey', url, text: ARTICLE_TEXT }).catch((e: unknown) => e as Error);
    expect(isDossierError(error) && error.code).toBe('invalid-input');
    expect((error as Error).message).toMatch(/is not a web address, so it was not saved\. Enter an address that starts with http:\/\/ or https:\/\//);
    expect(data.articles).toEqual([]);
  });

  it('reads a pasted address without a scheme as https', async () => {
    const data = emptyNotebook();
    const { article } = await importArticle(data, { format: 'paste', title: 'Harbour survey', url: ' courier.example/harbour ', text: ARTICLE_TEXT });
    expect(article.url).toBe('https://courier.example/harbour');
  });

  it.each(UNSAFE)('refuses %s in Edit details', (url) => {
    const error = refusal(() => typedArticleDetails({ url }));
    expect(isDossierError(error) && error.code).toBe('invalid-input');
    expect(error.message).toMatch(/is not a web address, so it was not saved/);
  });

  it('checks the details typed in Edit details: one line each, an empty one clears', () => {
    expect(typedArticleDetails({ title: ' Harbour\r\nsurvey ', author: '', url: 'https://courier.example/a b', publishedAt: '2024-03-05\u2028' })).toEqual({
      title: 'Harbour survey',
      author: '',
      url: 'https://courier.example/a%20b',
      publishedAt: '2024-03-05',
    });
    expect(typedArticleDetails({ url: '   ' })).toEqual({ url: '' });
  });
});
