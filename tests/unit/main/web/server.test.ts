import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook } from '../../../../src/main/open-notebook';
import { startWebServer, type WebServer } from '../../../../src/main/web/server';

let web: WebServer;
let close: () => Promise<void>;

beforeAll(async () => {
  const data = mkdtempSync(join(tmpdir(), 'dossier-web-'));
  const renderer = join(data, 'renderer');
  mkdirSync(renderer);
  writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Dossier</title>');
  const { notebook, store } = await openNotebook(join(data, 'notebook'));
  web = await startWebServer(notebook, renderer);
  close = async () => {
    await web.close();
    await store.close();
  };
});
afterAll(() => close());

function call(method: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`http://127.0.0.1:${web.port}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-dossier-token': web.token, ...headers },
    body,
  });
}

describe('browser mode’s HTTP transport', () => {
  it('answers a call with its result', async () => {
    const res = await call('createNote', JSON.stringify([{ title: 'Brief' }]));
    expect(res.status).toBe(200);
    expect((await res.json()).result.title).toBe('Brief');
  });

  it.each([
    ['not JSON', 'listNotes', '{oops', 400, /not valid JSON/],
    ['arguments not a list', 'listNotes', '{"a":1}', 400, /not valid JSON|must be a list/],
    ['an unknown call', 'dropDatabase', '[]', 400, /No such call/],
    ['a prototype name', '__proto__', '[]', 400, /No such call/],
    ['an inherited name', 'constructor', '[]', 400, /No such call/],
    ['a missing note', 'getNote', '["nope"]', 404, /no longer exists/],
    ['an empty import', 'importText', '[{"text":"   "}]', 400, /no article text/],
    ['a wrong-typed import', 'importText', '[{"text":42}]', 400, /In importText, input\.text must be text\. Nothing was changed\./],
    ['a null argument', 'importText', '[null]', 400, /In importText, input must be an object/],
  ])('refuses %s with a plain message and a 4xx status', async (_what, method, body, status, message) => {
    const res = await call(method, body);
    expect(res.status).toBe(status);
    expect((await res.json()).error.message).toMatch(message);
  });

  it('refuses calls that are not JSON POSTs', async () => {
    const res = await fetch(`http://127.0.0.1:${web.port}/api/listNotes`, { headers: { 'x-dossier-token': web.token } });
    expect(res.status).toBe(405);
    const form = await call('listNotes', '[]', { 'content-type': 'text/plain' });
    expect(form.status).toBe(405);
  });

  it('refuses a body over its size limit without storing anything', async () => {
    const huge = JSON.stringify([{ text: 'x'.repeat(65 * 1024 * 1024) }]);
    const res = await call('importText', huge).catch(() => null);
    if (res) expect(res.status).toBe(413);
    const notes = await (await call('listArticles', '[]')).json();
    expect(notes.result).toEqual([]);
  });

  it('answers a malformed %-escape in an address with 400, not 500', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/assets/%zz.js']) {
      const res = await fetch(`http://127.0.0.1:${web.port}${path}`, { headers: { 'x-dossier-token': web.token } });
      expect(res.status).toBe(400);
    }
  });

  it('serves no file outside the window’s folder', async () => {
    for (const path of ['/../notebook/notebook.json', '/%2e%2e/notebook/notebook.json', '/..%2fnotebook%2fnotebook.json']) {
      const res = await fetch(`http://127.0.0.1:${web.port}${path}`, { headers: { 'x-dossier-token': web.token } });
      expect(await res.text()).not.toContain('schemaVersion');
    }
  });
});
