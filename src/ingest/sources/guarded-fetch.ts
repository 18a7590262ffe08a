import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import ipaddr from 'ipaddr.js';

// HTTP(S) GET for URLs that someone else chose (POST /articles {url}, a feed's item links): it must not
// become a way into the machine's own services or its network (SSRF).
//  - The host is resolved once, *every* address is checked, and the socket connects to exactly the
//    addresses checked (a `lookup` hook): a DNS answer that changes between check and connect (rebinding)
//    cannot slip through. IP literals in any spelling (127.1, 0x7f.1, 2130706433, [::ffff:127.0.0.1]) are
//    normalised by the URL parser and checked the same way.
//  - Only public unicast addresses pass: loopback, private, link-local (169.254.169.254, the cloud
//    metadata service), carrier-grade NAT, unique-local and mapped/translated IPv6 are refused.
//  - Redirects are followed by hand, each hop checked again; http and https only.
//  - One deadline for the whole exchange, and a cap on the (decompressed) body.

export class FetchRefused extends Error {}

export interface GuardedFetchOptions {
  readonly maxBytes: number;
  readonly timeoutMs: number;
  readonly maxRedirects?: number;
  readonly headers?: Record<string, string>;
  /** Which addresses may be connected to; default: public unicast only. */
  readonly allowAddress?: (address: string) => boolean;
  /** DNS, replaceable in tests; default: the system resolver (every address). */
  readonly resolve?: (host: string) => Promise<readonly LookupAddress[]>;
}

export interface GuardedResponse {
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string | null;
  readonly bytes: Buffer;
}

/** True for addresses on the public internet: the only ones a fetch on someone else's behalf may reach. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // ::ffff:127.0.0.1 is 127.0.0.1
  return ipaddr.process(address).range() === 'unicast';
}

const systemResolve = (host: string) => new Promise<LookupAddress[]>((resolve, reject) => {
  dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
});

export async function guardedFetch(url: string, opts: GuardedFetchOptions): Promise<GuardedResponse> {
  const signal = AbortSignal.timeout(opts.timeoutMs);
  let current = url;
  for (let hop = 0; ; hop++) {
    const response = await fetchOnce(current, opts, signal);
    const location = response.headers.location;
    if (response.statusCode !== undefined && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      if (hop >= (opts.maxRedirects ?? 5)) throw new FetchRefused(`more than ${opts.maxRedirects ?? 5} redirects`);
      current = new URL(location, current).toString();
      continue;
    }
    const bytes = await readBody(response, opts.maxBytes, signal);
    return {
      url: current,
      status: response.statusCode ?? 0,
      statusText: response.statusMessage ?? '',
      contentType: response.headers['content-type'] ?? null,
      bytes,
    };
  }
}

function fetchOnce(url: string, opts: GuardedFetchOptions, signal: AbortSignal): Promise<IncomingMessage> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return Promise.reject(new FetchRefused(`not a URL: ${url}`));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return Promise.reject(new FetchRefused(`${parsed.protocol} URLs are not fetched, only http and https`));
  if (parsed.username || parsed.password) return Promise.reject(new FetchRefused('URLs with a user name or password are not fetched'));
  const allow = opts.allowAddress ?? isPublicAddress;
  const resolve = opts.resolve ?? systemResolve;
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  // an IP literal never reaches the lookup hook: check it here
  if (isIP(host) !== 0 && !allow(host)) return Promise.reject(refusal(parsed.hostname, host));
  const request = parsed.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolveResponse, reject) => {
    const req = request(parsed, {
      method: 'GET',
      signal,
      agent: false,
      headers: { 'accept-encoding': 'gzip, deflate, br', ...opts.headers },
      // the socket connects to what this returns, so what is checked is what is reached
      lookup: (hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
        resolve(hostname).then((addresses) => {
          const bad = addresses.find((a) => !allow(a.address));
          if (addresses.length === 0) return callback(new FetchRefused(`${hostname} has no address`));
          if (bad !== undefined) return callback(refusal(hostname, bad.address));
          if (options.all) return callback(null, addresses);
          return callback(null, addresses[0].address, addresses[0].family);
        }, (error: unknown) => callback(error));
      },
    } as Parameters<typeof httpRequest>[1]);
    req.on('response', resolveResponse);
    req.on('error', (error) => reject(signal.aborted ? new FetchRefused(`no complete answer within ${opts.timeoutMs / 1000} s`) : error));
    req.end();
  });
}

function refusal(hostname: string, address: string): FetchRefused {
  const where = hostname === address ? address : `${hostname} (${address})`;
  return new FetchRefused(`refused: ${where} is a loopback, private, link-local or otherwise non-public address`);
}

async function readBody(response: IncomingMessage, maxBytes: number, signal: AbortSignal): Promise<Buffer> {
  const declared = Number(response.headers['content-length'] ?? 0);
  const tooLarge = () => new FetchRefused(`the answer is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  if (declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const encoding = (response.headers['content-encoding'] ?? '').toLowerCase().trim();
  const decoder = encoding === 'gzip' || encoding === 'x-gzip' ? createGunzip() : encoding === 'deflate' ? createInflate() : encoding === 'br' ? createBrotliDecompress() : null;
  const body = decoder === null ? response : response.pipe(decoder);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      size += (chunk as Buffer).length;
      // counted after decompression: a small gzip bomb is still a large answer
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (error) {
    if (signal.aborted && !(error instanceof FetchRefused)) throw new FetchRefused('no complete answer in time');
    throw error;
  } finally {
    response.destroy();
  }
  return Buffer.concat(chunks, size);
}
