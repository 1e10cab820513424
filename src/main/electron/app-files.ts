import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { APP_HOST, APP_SCHEME } from './app-origin';

// What the built renderer holds, and what a page might add later (fonts, images, wasm).
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A response carrying the window's CSP, so nothing the scheme serves can run inline script. */
export function appResponse(status: number, body: BodyInit | null, type: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  });
}

/**
 * The file under `root` an app:// URL names, or null when the URL is not ours or would leave
 * `root` — by `..`, encoded slashes or backslashes, a drive letter or a NUL byte.
 */
export function resolveAppFile(root: string, url: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST || path.includes('\0')) return null;
  const segments = path.split(/[/\\]+/).filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || s.includes(':'))) return null;
  const base = resolve(root);
  const file = resolve(base, ...(segments.length > 0 ? segments : ['index.html']));
  // Belt and braces: whatever the checks above missed, the resolved file must sit inside root.
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** Answers an app:// request from the built renderer folder: 403 outside it, 404 when missing. */
export async function serveAppFile(root: string, url: string): Promise<Response> {
  const file = resolveAppFile(root, url);
  if (!file) return appResponse(403, 'Refused', 'text/plain; charset=utf-8');
  try {
    return appResponse(200, await readFile(file), mimeType(file));
  } catch {
    return appResponse(404, 'Not found', 'text/plain; charset=utf-8');
  }
}
