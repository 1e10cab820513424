import { request as httpRequest } from 'node:http';
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

test('a page from another origin cannot read the notebook', async ({ page }) => {
  // A hostile page on another loopback port tries a cross-origin call: the browser sends its Origin.
  await page.goto('about:blank');
  const status = await page.evaluate(async (target) => {
    try {
      const r = await fetch(`${target}/api/listNotes`, { method: 'POST', body: '[]', headers: { 'content-type': 'application/json' } });
      return r.status;
    } catch {
      return -1;
    }
  }, dossier.origin);
  expect([401, 403, -1]).toContain(status);
});
