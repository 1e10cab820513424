import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../src/shared/csp';

// A thin stand-in for Electron: app-origin reads app.isPackaged, nothing else is touched.
vi.mock('electron', () => ({ app: { isPackaged: true } }));

const { resolveAppFile, serveAppFile } = await import('../../../../src/main/electron/app-files');

// A built renderer folder with a secret beside it, which no app:// address may reach.
const base = mkdtempSync(join(tmpdir(), 'dossier-app-'));
const root = join(base, 'renderer');
beforeAll(() => {
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Dossier</title>');
  writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc.css'), 'body{}');
  writeFileSync(join(base, 'secret.txt'), 'the secret');
});

describe('the app:// scheme', () => {
  it('serves index.html with the CSP, for the root and by name', async () => {
    for (const url of ['app://dossier/', 'app://dossier/index.html', 'app://dossier']) {
      const response = await serveAppFile(root, url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toContain('<title>Dossier</title>');
    }
  });

  it.each([
    ['app://dossier/assets/index-abc.js', 'text/javascript; charset=utf-8'],
    ['app://dossier/assets/index-abc.css', 'text/css; charset=utf-8'],
  ])('serves %s as %s', async (url, type) => {
    const response = await serveAppFile(root, url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it.each([
    'app://dossier/../../etc/passwd',
    'app://dossier/../secret.txt',
    'app://dossier/%2e%2e/secret.txt',
    'app://dossier/%2E%2E/%2E%2E/etc/passwd',
    'app://dossier/..%2fsecret.txt',
    'app://dossier/assets/..%2f..%2fsecret.txt',
    'app://dossier/..%5csecret.txt',
    'app://dossier/%2e%2e%5csecret.txt',
    'app://dossier/index.html%00.js',
    'app://dossier/%2fetc%2fpasswd',
    'app://dossier/C:%5cWindows%5cwin.ini',
    'app://dossier/%E0%A4%A',
  ])('refuses %s', async (url) => {
    const response = await serveAppFile(root, url);
    expect(response.status).toBeGreaterThanOrEqual(400);
    const body = await response.text();
    expect(body).not.toContain('the secret');
    expect(body).not.toContain('root:');
  });

  it('names no file outside the renderer folder, whatever the address', () => {
    expect(resolveAppFile(root, 'app://dossier/..%2fsecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://dossier/%2e%2e%5csecret.txt')).toBeNull();
    expect(resolveAppFile(root, 'app://dossier/assets/index-abc.js')).toBe(join(root, 'assets', 'index-abc.js'));
  });

  it('answers only its own host and scheme', async () => {
    expect((await serveAppFile(root, 'app://elsewhere/index.html')).status).toBe(403);
    expect((await serveAppFile(root, 'file:///index.html')).status).toBe(403);
  });

  it('says 404 for a file that is not there', async () => {
    expect((await serveAppFile(root, 'app://dossier/assets/missing.js')).status).toBe(404);
    expect((await serveAppFile(root, 'app://dossier/assets')).status).toBe(404);
  });
});
