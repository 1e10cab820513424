import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FetchOptions, fetchArticle } from '../../../../src/main/ingest';
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
    '/compressed': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(gzipSync(articlePage()));
    },
    '/plain.txt': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`Harbour board orders survey\n\n${ARTICLE_TEXT}`);
    },
  });
});

afterAll(() => server.close());

// The test server runs on this computer, which an import may only reach when the user opts in.
const local = { allowPrivateAddresses: true };
const failure = (url: string, opts?: FetchOptions) => importFailure(fetchArticle(url, { ...local, ...opts }));

describe('importing from a web address', () => {
  it('reads the article at the address with its details', async () => {
    const doc = await fetchArticle(server.url('/article'), local);
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
    const doc = await fetchArticle(server.url('/no-canonical'), local);
    expect(doc.source).toBe('127.0.0.1');
  });

  it('follows a redirect and records where it ended', async () => {
    const doc = await fetchArticle(server.url('/moved'), local);
    expect(doc.url).toBe(server.url('/article'));
  });

  it('imports a PDF served at an address', async () => {
    const doc = await fetchArticle(server.url('/paper.pdf'), local);
    expect(doc).toMatchObject({ title: 'Ferry timetable', text: 'The ferry operator said the timetable stands.', format: 'url', url: server.url('/paper.pdf') });
  });

  it('reads a page the site sent compressed', async () => {
    const doc = await fetchArticle(server.url('/compressed'), local);
    expect(doc.text).toBe(ARTICLE_TEXT);
  });

  it('imports plain text served at an address', async () => {
    const doc = await fetchArticle(server.url('/plain.txt'), local);
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

describe('importing from a web address refuses this computer and private networks', () => {
  const strict = { allowPrivateAddresses: false };
  const savedEnv = process.env.DOSSIER_ALLOW_PRIVATE_ADDRESSES;
  afterEach(() => {
    if (savedEnv === undefined) delete process.env.DOSSIER_ALLOW_PRIVATE_ADDRESSES;
    else process.env.DOSSIER_ALLOW_PRIVATE_ADDRESSES = savedEnv;
  });

  const refusal = async (address: string, opts?: FetchOptions) => {
    const before = server.requests.length;
    const error = await importFailure(fetchArticle(address, { ...strict, timeoutMs: 2000, ...opts }));
    expect(error.reason).toBe('private-address');
    expect(error.message).toMatch(/this computer or a private network.*DOSSIER_ALLOW_PRIVATE_ADDRESSES=1/);
    // Refused before any connection: the server never hears of it.
    expect(server.requests.slice(before)).toEqual([]);
    return error;
  };

  it.each([
    ['loopback', () => server.url('/article')],
    ['localhost', () => server.url('/article').replace('127.0.0.1', 'localhost')],
    ['127.1', () => `http://127.1:${server.port}/article`],
    ['a decimal number', () => `http://2130706433:${server.port}/article`],
    ['a hexadecimal number', () => `http://0x7f000001:${server.port}/article`],
    ['octal', () => `http://0177.0.0.1:${server.port}/article`],
    ['mixed hex parts', () => `http://0x7f.1:${server.port}/article`],
    ['a trailing dot', () => `http://127.0.0.1.:${server.port}/article`],
    ['percent-escaped digits', () => `http://%31%32%37.0.0.1:${server.port}/article`],
    ['no scheme', () => `127.0.0.1:${server.port}/article`],
    ['IPv6 loopback', () => `http://[::1]:${server.port}/article`],
    ['IPv4-mapped IPv6', () => `http://[::ffff:127.0.0.1]:${server.port}/article`],
    ['IPv4-mapped IPv6 in hex', () => `http://[0:0:0:0:0:ffff:7f00:1]:${server.port}/article`],
    ['IPv4-translated IPv6', () => `http://[::ffff:0:7f00:1]:${server.port}/article`],
    ['NAT64 of loopback', () => `http://[64:ff9b::7f00:1]:${server.port}/article`],
    ['6to4 of loopback', () => `http://[2002:7f00:1::1]:${server.port}/article`],
    ['unspecified 0.0.0.0', () => `http://0.0.0.0:${server.port}/article`],
    ['unspecified 0', () => `http://0:${server.port}/article`],
    ['unspecified ::', () => `http://[::]:${server.port}/article`],
    ['private 10/8', () => 'http://10.0.0.1/'],
    ['private 172.16/12', () => 'http://172.31.255.1/'],
    ['private 192.168/16', () => 'http://192.168.1.1/'],
    ['carrier-grade NAT 100.64/10', () => 'http://100.64.0.1/'],
    ['cloud metadata', () => 'http://169.254.169.254/latest/meta-data/'],
    ['IPv6 link-local', () => 'http://[fe80::1]/'],
    ['IPv6 unique-local', () => 'http://[fd12:3456::1]/'],
    ['IPv4 multicast', () => 'http://224.0.0.1/'],
    ['IPv6 multicast', () => 'http://[ff02::1]/'],
    ['broadcast', () => 'http://255.255.255.255/'],
    ['reserved 240/4', () => 'http://240.0.0.1/'],
    ['documentation', () => 'https://192.0.2.10/'],
  ])('refuses %s', async (_, address) => {
    await refusal(address());
  });

  it.each([
    ['a private address', ['10.1.2.3']],
    ['the metadata service', ['169.254.169.254']],
    ['a public and a private address', ['93.184.215.14', '127.0.0.1']],
    ['an IPv4-mapped loopback', ['::ffff:127.0.0.1']],
  ])('refuses a name that resolves to %s', async (_, addresses) => {
    await refusal('https://intranet.example/story', { resolve: async () => addresses });
  });

  it('says the same whether anything listens at the refused address or not', async () => {
    const closed = await startServer({});
    const closedUrl = closed.url('/article');
    await closed.close();
    const open = await refusal(server.url('/article'));
    const shut = await refusal(closedUrl);
    expect(shut.message.replace(closedUrl, 'ADDRESS')).toBe(open.message.replace(server.url('/article'), 'ADDRESS'));
  });

  describe('a public-looking site on another loopback address, with its own DNS', () => {
    let site: TestServer;
    beforeAll(async () => {
      const redirect = (location: () => string) => (_: unknown, res: import('node:http').ServerResponse) => {
        res.writeHead(302, { location: location() });
        res.end();
      };
      site = await startServer(
        {
          '/article': html(articlePage()),
          '/to-loopback': redirect(() => server.url('/article')),
          '/to-localhost': redirect(() => server.url('/article').replace('127.0.0.1', 'localhost')),
          '/to-metadata': redirect(() => 'http://169.254.169.254/latest/meta-data/'),
          '/hop': redirect(() => '/to-loopback'),
        },
        '127.0.0.2',
      );
    });
    afterAll(() => site.close());

    // 127.0.0.2 stands in for a public address; everything else is judged as it really is.
    const dns = (names: Record<string, string[]>) => async (host: string) => names[host] ?? [];
    const publicSite = { treatAsPublic: ['127.0.0.2'], resolve: dns({ 'news.example': ['127.0.0.2'], localhost: ['127.0.0.1'] }) };
    const at = (path: string) => `http://news.example:${site.port}${path}`;

    it('reads the article from the public site', async () => {
      const doc = await fetchArticle(at('/article'), { ...strict, ...publicSite });
      expect(doc.text).toBe(ARTICLE_TEXT);
    });

    it.each(['/to-loopback', '/to-localhost', '/to-metadata', '/hop'])('refuses a redirect from %s to a private address', async (path) => {
      const error = await refusal(at(path), publicSite);
      expect(error.message).toContain(`Could not import ${at(path)}: it redirects to `);
    });

    it('connects to the address it checked, even when DNS answers differently a moment later', async () => {
      // A rebinding name: public on the first answer, loopback afterwards.
      const answers: string[][] = [['127.0.0.2']];
      const resolve = async () => answers.shift() ?? ['127.0.0.1'];
      const doc = await fetchArticle(at('/article'), { ...strict, treatAsPublic: ['127.0.0.2'], resolve });
      expect(doc.text).toBe(ARTICLE_TEXT);
      expect(answers).toEqual([]);
    });
  });

  it('fetches from this computer when the user opts in with DOSSIER_ALLOW_PRIVATE_ADDRESSES=1', async () => {
    process.env.DOSSIER_ALLOW_PRIVATE_ADDRESSES = '1';
    const doc = await fetchArticle(server.url('/article'));
    expect(doc.text).toBe(ARTICLE_TEXT);
    process.env.DOSSIER_ALLOW_PRIVATE_ADDRESSES = '0';
    await refusal(server.url('/article'), { allowPrivateAddresses: undefined });
  });
});
