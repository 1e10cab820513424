import { type IncomingHttpHeaders, type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { PinnedAddress } from './address-guard';

export interface PinnedResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body, already decompressed. */
  body: Readable;
}

/**
 * One GET to `url` that connects only to `pinned`, the address already checked: the lookup is
 * answered from it, so a DNS answer that changes between the check and the connection cannot
 * redirect the request. No agent, so no pooled socket made for another host is reused.
 */
export function requestPinned(url: URL, pinned: PinnedAddress, headers: Record<string, string>, signal: AbortSignal): Promise<PinnedResponse> {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) callback(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        headers: { ...headers, 'accept-encoding': 'gzip, deflate, br' },
        lookup,
        agent: false,
        signal,
      },
      (res) => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: decoded(res) }),
    );
    req.on('error', reject);
    req.end();
  });
}

function decoded(res: IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').trim().toLowerCase();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  if (!decoder) return res;
  // An error on either side (an abort, a corrupt stream) ends the other too.
  return pipeline(res, decoder, () => {});
}
