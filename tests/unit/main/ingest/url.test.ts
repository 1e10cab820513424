import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle } from '../../../../src/main/ingest';
import { ARTICLE_TEXT, articlePage } from './fixtures/articles';
import { buildPdf } from './fixtures/pdf';
import { startServer, type TestServer } from './fixtures/server';
import { importFailure } from './fixtures/failure';

let server: TestServer;

const html = (body: string, status = 200) => (_: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(body);
};

beforeAll(async () => {
  server = await startServer({
    '/article': html(articlePage({ head: '<meta property="og:site_name" content="The Ellery Courier"><meta property="article:published_time" content="2024-03-05">' })),
    '/no-canonical': html(articlePage()),
    '/error': html('<html><body><h1>Internal error</h1></body></html>', 500),
    '/forbidden': html('<html><body>No</body></html>', 403),
    '/slow': (_, res) => {
      // Answers headers at once, then never finishes the body: the timeout must cover the body too.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<html><body><p>Start of');
    },
    '/silent': () => {},
    '/moved': (_, res) => {
      res.writeHead(301, { location: '/article' });
      res.end();
    },
    '/loop': (_, res) => {
      res.writeHead(302, { location: '/loop' });
      res.end();
    },
    '/to-file': (_, res) => {
      res.writeHead(302, { location: 'file:///etc/passwd' });
      res.end();
    },
    '/paper.pdf': (_, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(buildPdf({ pages: [[['The ferry operator said the timetable stands.']]], info: { Title: 'Ferry timetable' } }));
    },
    '/image.png': (_, res) => {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    },
    '/menu': html('<html><head><title>Site map</title></head><body><nav><a href="/a">News</a> <a href="/b">Sport</a></nav><p>Choose a section.</p></body></html>'),
    '/huge': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<html><body>${'<p>filler words here</p>'.repeat(5000)}</body></html>`);
    },
    '/plain.txt': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Harbour board orders survey\n\n${ARTICLE_TEXT}`);
    },
  });
});

afterAll(() => server.close());

const failure = (url: string, opts?: Parameters<typeof fetchArticle>[1]) => importFailure(fetchArticle(url, opts));

describe('importing from a web address', () => {
  it('reads the article at the address with its details', async () => {
    const doc = await fetchArticle(server.url('/article'));
    expect(doc).toMatchObject({
      title: 'Harbour board orders survey before dredging',
      author: 'Nessa Arden',
      source: 'The Ellery Courier',
      publishedAt: '2024-03-05',
      url: server.url('/article'),
      format: 'url',
      text: ARTICLE_TEXT,
    });
  });

  it('names the site as the source when the page does not', async () => {
    const doc = await fetchArticle(server.url('/no-canonical'));
    expect(doc.source).toBe('127.0.0.1');
  });

  it('follows a redirect and records where it ended', async () => {
    const doc = await fetchArticle(server.url('/moved'));
    expect(doc.url).toBe(server.url('/article'));
  });

  it('imports a PDF served at an address', async () => {
    const doc = await fetchArticle(server.url('/paper.pdf'));
    expect(doc).toMatchObject({ title: 'Ferry timetable', text: 'The ferry operator said the timetable stands.', format: 'url', url: server.url('/paper.pdf') });
  });

  it('imports plain text served at an address', async () => {
    const doc = await fetchArticle(server.url('/plain.txt'));
    expect(doc).toMatchObject({ title: 'Harbour board orders survey', text: ARTICLE_TEXT });
  });

  it.each([
    ['/missing', 'http-status', /Could not import http:\/\/127\.0\.0\.1:\d+\/missing: the page was not found \(error 404\)\. Check the address/],
    ['/error', 'http-status', /the site had a problem of its own \(error 500\)\. Try again later/],
    ['/forbidden', 'http-status', /refused to send the page \(error 403\).*save the page/],
    ['/image.png', 'not-html', /it is not a web page but a file of type image\/png/],
    ['/menu', 'not-an-article', /does not look like an article.*copy the article's text, and paste it/],
    ['/loop', 'bad-url', /redirected more than 5 times/],
    ['/to-file', 'bad-url', /not file: addresses/],
  ])('explains the failure of %s', async (path, reason, message) => {
    const error = await failure(server.url(path));
    expect(error.reason).toBe(reason);
    expect(error.message).toMatch(message);
  });

  it.each(['/slow', '/silent'])('gives up on %s after the timeout', async (path) => {
    const error = await failure(server.url(path), { timeoutMs: 300 });
    expect(error.reason).toBe('timeout');
    expect(error.message).toMatch(/the site did not answer within 1 second\. Check your connection/);
  });

  it('refuses a page larger than the size cap', async () => {
    const error = await failure(server.url('/huge'), { maxBytes: 10_000 });
    expect(error.reason).toBe('too-large');
  });

  it('says when nothing listens at the address', async () => {
    const closed = await startServer({});
    const url = closed.url('/gone');
    await closed.close();
    const error = await failure(url);
    expect(error.reason).toBe('unreachable');
    expect(error.message).toMatch(/refused the connection/);
  });

  it('says when the site name does not exist', async () => {
    const error = await failure('http://no-such-host.invalid/story', { timeoutMs: 5000 });
    expect(['unreachable', 'timeout']).toContain(error.reason);
    expect(error.message).toMatch(/no-such-host\.invalid/);
  });

  it.each([
    ['file:///etc/passwd', /not file: addresses/],
    ['javascript:alert(1)', /not javascript: addresses/],
    ['', /no address was given/],
    ['http://', /not a valid web address/],
  ])('only fetches http and https addresses (%s)', async (address, message) => {
    const error = await failure(address);
    expect(error.reason).toBe('bad-url');
    expect(error.message).toMatch(message);
  });
});
