import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './http-error.ts';

// What every request passes before a route sees it:
//  - Host allowlist: a web page the analyst visits can point its own domain at 127.0.0.1 (DNS
//    rebinding) and then talk to this API as "same origin"; its requests still carry its Host name,
//    so only names this server is known by are answered.
//  - A token on every write (anything but GET/HEAD/OPTIONS): `Authorization: Bearer <token>`.
//  - Security headers on every answer: no framing, no MIME sniffing, no referrer, a strict CSP.

export const LOOPBACK_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '::1'];

export interface GuardOptions {
  readonly token: string;
  /** Host names (without port) this server answers to; loopback names are always included. */
  readonly allowedHosts?: readonly string[];
}

// The dashboard loads its scripts, styles, map and data from this server only; inline scripts run only
// when their hash is listed (the page's own start-up watchdog, see dashboard-page.ts).
export function contentSecurityPolicy(scriptHashes: readonly string[] = []): string {
  const scripts = ["'self'", ...scriptHashes.map((h) => `'sha256-${h}'`)].join(' ');
  return `default-src 'self'; script-src ${scripts}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; `
    + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
}
const CSP = contentSecurityPolicy();

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function installGuards(app: FastifyInstance, opts: GuardOptions): void {
  const hosts = new Set([...LOOPBACK_HOSTS, ...(opts.allowedHosts ?? [])].map((h) => h.toLowerCase().replace(/^\[|\]$/g, '')));
  const expected = digest(opts.token);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const host = hostName(request.headers.host);
    if (host === null || !hosts.has(host)) {
      throw new HttpError(403, `this server does not answer to the host name '${host ?? ''}' (a guard against DNS rebinding); `
        + 'start it with --allow-host NAME to add one');
    }
    if (SAFE_METHODS.has(request.method)) return;
    const given = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1];
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new HttpError(401, `${request.method} ${request.url.split('?')[0]} needs the API token: send 'Authorization: Bearer <token>' `
        + '(eventlens serve prints it on first start and keeps it in ~/.config/eventlens/token; see docs/security.md)');
    }
  });
  app.addHook('onSend', async (_request: FastifyRequest, reply: FastifyReply) => {
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-resource-policy', 'same-origin');
  });
}

/** "127.0.0.1:8787" → "127.0.0.1", "[::1]:8787" → "::1", "Example.org" → "example.org". */
export function hostName(header: string | undefined): string | null {
  if (header === undefined || header === '') return null;
  const match = /^\[([^\]]+)\](?::\d+)?$/.exec(header) ?? /^([^:]+)(?::\d+)?$/.exec(header);
  return match ? match[1].toLowerCase().replace(/\.$/, '') : null;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}
