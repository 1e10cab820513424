import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle, readDocument } from '../../../../src/main/ingest';
import { PARAGRAPHS, articlePage } from './fixtures/articles';
import { hostileVectors, LEAKS } from './fixtures/hostile';
import { startServer, type TestServer } from './fixtures/server';

let server: TestServer;
let page: string;

beforeAll(async () => {
  server = await startServer({
    '/hostile': (_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
    },
  });
  const { head, body } = hostileVectors(server.url('').replace(/\/$/, ''));
  page = articlePage({ head, beforeArticle: body, insideArticle: body, afterArticle: body });
});

afterAll(() => server.close());

const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

function expectOnlyText(text: string): void {
  for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

describe('hostile HTML', () => {
  it('imports a saved page full of scripts, handlers, frames and javascript: links as text only', async () => {
    const doc = await readDocument('hostile.html', new TextEncoder().encode(page));
    expectOnlyText(doc.text);
    expect(doc.title).not.toMatch(/script|alert/i);
  });

  it('runs no script and loads no sub-resource from a saved page', async () => {
    const before = server.requests.length;
    await readDocument('hostile.html', new TextEncoder().encode(page));
    await settle();
    expect((globalThis as { __dossierPwned?: boolean }).__dossierPwned).toBeUndefined();
    expect(server.requests.slice(before)).toEqual([]);
  });

  it('fetches only the page itself when importing a hostile address', async () => {
    const before = server.requests.length;
    const doc = await fetchArticle(server.url('/hostile'), { allowPrivateAddresses: true });
    await settle();
    expectOnlyText(doc.text);
    expect(server.requests.slice(before)).toEqual(['/hostile']);
    expect((globalThis as { __dossierPwned?: boolean }).__dossierPwned).toBeUndefined();
  });

  it('keeps no javascript: or data: address as the article address', async () => {
    const head = '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="data:text/html,hi">';
    const doc = await readDocument('a.html', new TextEncoder().encode(articlePage({ head })));
    expect(doc.url).toBeUndefined();
  });
});
