import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export type Verdict = { ok: true; viaQuery: boolean } | { ok: false; status: 401 | 403; reason: string };

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '[::1]'];

export function tokenCookieName(port: number): string {
  // Cookies are not port-scoped, so two Dossiers on one machine must not share a name.
  return `dossier_token_${port}`;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

/**
 * Every request must come from this machine's loopback page for this launch: a loopback Host
 * (defeats DNS rebinding), no foreign Origin (defeats other sites), and the per-launch token.
 */
export function checkRequest(req: IncomingMessage, port: number, token: string): Verdict {
  const allowedHosts = LOOPBACK_HOSTS.map((h) => `${h}:${port}`);
  const host = req.headers.host ?? '';
  if (!allowedHosts.includes(host)) return { ok: false, status: 403, reason: 'This server only answers requests addressed to 127.0.0.1.' };
  const origin = req.headers.origin;
  if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
    return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  }
  const fetchSite = req.headers['sec-fetch-site'];
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return { ok: false, status: 403, reason: 'Requests from other sites are refused.' };
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const fromQuery = url.searchParams.get('token');
  const header = req.headers['x-dossier-token'];
  const given = fromQuery ?? (typeof header === 'string' ? header : undefined) ?? cookie(req, tokenCookieName(port));
  if (!given || !sameSecret(given, token)) {
    return { ok: false, status: 401, reason: 'Open Dossier with the address it printed when it started (it carries a token).' };
  }
  return { ok: true, viaQuery: fromQuery !== null };
}
