import { createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { type RunningDossier, startDossier } from './models/server';

let dossier: RunningDossier;
test.beforeAll(async () => {
  dossier = await startDossier();
});
test.afterAll(async () => dossier?.stop());

function send(path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<number> {
  const { port } = new URL(dossier.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

const host = () => new URL(dossier.origin).host;
const json = { 'content-type': 'application/json' };

test('refuses every path without the launch token', async () => {
  for (const path of ['/', '/index.html', '/assets/x.js', '/api/listNotes', '/api/info?x=1', '/../../etc/passwd']) {
    const api = path.startsWith('/api');
    expect(await send(path, { host: host(), ...json }, api ? 'POST' : 'GET', api ? '[]' : undefined)).toBe(401);
  }
  expect(await send('/?token=wrong', { host: host() })).toBe(401);
  expect(await send('/api/listNotes', { host: host(), 'x-dossier-token': `${dossier.token}x`, ...json }, 'POST', '[]')).toBe(401);
});

test('refuses a foreign Origin or Host even with the token', async () => {
  const token = dossier.token;
  expect(await send('/api/listNotes', { host: host(), origin: 'https://evil.example', 'x-dossier-token': token, ...json }, 'POST', '[]')).toBe(403);
  expect(await send('/api/listNotes', { host: host(), origin: 'null', 'x-dossier-token': token, ...json }, 'POST', '[]')).toBe(403);
  expect(await send(`/?token=${token}`, { host: `evil.example:${new URL(dossier.origin).port}` })).toBe(403);
  expect(await send(`/?token=${token}`, { host: 'rebound.attacker.test' })).toBe(403);
  expect(await send('/api/info', { host: host(), 'sec-fetch-site': 'cross-site', 'x-dossier-token': token, ...json }, 'POST', '[]')).toBe(403);
});

test('answers the loopback page that carries the token', async () => {
  expect(await send(`/?token=${dossier.token}`, { host: host() })).toBe(200);
  expect(await send('/api/info', { host: host(), origin: dossier.origin, 'x-dossier-token': dossier.token, ...json }, 'POST', '[]')).toBe(200);
});

test('a page from another origin cannot use the notebook, even when the browser sends the token', async ({ context }) => {
  // The analyst opened Dossier in this browser, so the token cookie is set, and cookies ignore ports:
  // a hostile page on another loopback port gets the token attached to its requests. Only the
  // Origin check stands between it and the notebook in a browser that sends no Fetch Metadata,
  // so the relay below passes the request on as such a browser would, and records what it carried.
  const dossierPage = await context.newPage();
  await dossierPage.goto(dossier.url);
  const seen: Array<Record<string, string | string[] | undefined>> = [];
  const hostile = createServer((req, res) => {
    if (!req.url?.startsWith('/api/')) {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('<!doctype html><title>hostile</title>');
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([name]) => !name.startsWith('sec-fetch-')));
    headers.host = host();
    seen.push(headers);
    const relay = httpRequest({ host: '127.0.0.1', port: new URL(dossier.origin).port, path: req.url, method: req.method, headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json', 'access-control-allow-origin': String(req.headers.origin) });
      answer.pipe(res);
    });
    req.pipe(relay);
  });
  await new Promise<void>((done) => hostile.listen(0, '127.0.0.1', done));
  try {
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${(hostile.address() as AddressInfo).port}/`);
    const answer = await page.evaluate(async () => {
      // A simple request (no preflight), as a form or a no-cors fetch can send.
      const r = await fetch('/api/createNote', { method: 'POST', credentials: 'include', body: '[{"title":"planted"}]' });
      return { status: r.status, body: await r.text() };
    });
    expect(String(seen[0]?.cookie)).toContain(dossier.token); // it did carry the token…
    expect(String(seen[0]?.origin)).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/); // …from another origin…
    expect(answer.status).toBe(403); // …and was refused for that reason
    expect(answer.body).toContain('Requests from other sites are refused.');
  } finally {
    hostile.close();
  }
  const notes = await dossierPage.evaluate(async () => (await fetch('/api/listNotes', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '[]' })).json());
  expect(JSON.stringify(notes)).not.toContain('planted');
});

test('the window has one CSP: the page’s meta tag says what the header says', async () => {
  const page = await fetch(dossier.url);
  const header = page.headers.get('content-security-policy') ?? '';
  const meta = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(await page.text())?.[1];
  expect(header).toContain("script-src 'self'");
  // frame-ancestors is the one directive a meta tag cannot carry.
  expect(meta).toBe(header.replace(/; frame-ancestors [^;]*/, ''));
});
