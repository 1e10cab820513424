import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { NotebookApi } from '../../shared/api';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { isDossierError } from '../../shared/errors';
import { callNotebook, parseArguments } from '../dispatch/call-notebook';
import { Serialized } from '../service/serialized';
import { checkRequest, tokenCookieName } from './guard';

const MAX_BODY = 64 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface WebServer {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

// A failure of the machine (a full disk, a folder it may not write) is not the caller's mistake.
const STATUS: Partial<Record<string, number>> = { 'not-found': 404, internal: 500, 'disk-full': 507, 'save-failed': 500, 'notebook-locked': 409 };

function send(res: ServerResponse, status: number, body: string, type = 'application/json; charset=utf-8'): void {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('too-large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function callApi(api: NotebookApi, method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST' || !(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return send(res, 405, JSON.stringify({ error: { code: 'invalid-input', message: 'API calls are JSON POSTs.' } }));
  }
  try {
    // Every call is checked against the contract (method, argument types, sizes, nesting) first.
    const result = await callNotebook(api, method, parseArguments(await readBody(req)));
    // A result the notebook service already wrote as JSON goes out as it is.
    send(res, 200, result instanceof Serialized ? `{"result":${result.json}}` : JSON.stringify({ result: result ?? null }));
  } catch (error) {
    if (isDossierError(error)) {
      const status = STATUS[error.code] ?? 400;
      return send(res, status, JSON.stringify({ error: { code: error.code, message: error.message } }));
    }
    if ((error as Error).message === 'too-large') {
      // The rest of the body is never read, so this connection cannot carry another request.
      res.setHeader('Connection', 'close');
      const socket = req.socket;
      res.once('finish', () => socket?.destroy());
      return send(res, 413, JSON.stringify({ error: { code: 'invalid-input', message: 'That is too much to send at once (64 MB at most). Import large files one at a time.' } }));
    }
    send(res, 500, JSON.stringify({ error: { code: 'internal', message: `Something went wrong: ${(error as Error).message}` } }));
  }
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return send(res, 400, 'That address has a malformed %-escape in it.', 'text/plain');
  }
  const relative = normalize(decoded).replace(/^([/\\])+/, '');
  const file = join(root, relative || 'index.html');
  if (!file.startsWith(root + sep) && file !== root) return send(res, 404, 'Not found', 'text/plain');
  try {
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    });
    res.end(body);
  } catch {
    // Client-side routes fall back to the app shell.
    if (!extname(file)) return serveStatic(root, '/index.html', res);
    send(res, 404, 'Not found', 'text/plain');
  }
}

/** Serves the built window and the NotebookApi over HTTP on 127.0.0.1 only. */
export async function startWebServer(api: NotebookApi, rendererDir: string, port = 0, token = randomBytes(24).toString('base64url')): Promise<WebServer> {
  let boundPort = port;
  const server = createServer((req, res) => {
    const verdict = checkRequest(req, boundPort, token);
    if (!verdict.ok) return send(res, verdict.status, JSON.stringify({ error: { code: 'forbidden', message: verdict.reason } }));
    if (verdict.viaQuery) {
      res.setHeader('Set-Cookie', `${tokenCookieName(boundPort)}=${token}; HttpOnly; SameSite=Strict; Path=/`);
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const handled = pathname.startsWith('/api/') ? callApi(api, pathname.slice(5), req, res) : serveStatic(rendererDir, pathname, res);
    handled.catch((error) => send(res, 500, JSON.stringify({ error: { code: 'internal', message: String(error) } })));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  boundPort = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${boundPort}/?token=${token}`,
    port: boundPort,
    token,
    server,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // An open window keeps idle keep-alive connections; they must not hold the shutdown up.
        server.closeAllConnections();
      }),
  };
}
