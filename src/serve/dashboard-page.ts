import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import ipaddr from 'ipaddr.js';
import { contentSecurityPolicy } from './request-guards.ts';

// The dashboard's index.html, with the API token in a <meta> tag for clients on this machine, so the
// analyst's own browser can store articles without copying a token anywhere. Another site's page
// cannot read it (no CORS, and the Host guard stops DNS rebinding); a client on another machine gets
// the page without it and uses the printed `#token=…` link instead.

export function dashboardPage(app: FastifyInstance, webRoot: string, token: string): void {
  const html = readFileSync(join(webRoot, 'index.html'), 'utf8');
  const withToken = html.replace(/<head>/i, `<head>\n  <meta name="eventlens-token" content="${token}">`);
  const inlineScripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => createHash('sha256').update(m[1], 'utf8').digest('base64'));
  const csp = contentSecurityPolicy(inlineScripts);
  const send = async (request: FastifyRequest, reply: import('fastify').FastifyReply) => {
    reply.header('cache-control', 'no-store').header('content-security-policy', csp).type('text/html; charset=utf-8');
    return isLoopbackClient(request.socket.remoteAddress) ? withToken : html;
  };
  app.get('/', send);
  app.get('/index.html', send);
}

function isLoopbackClient(address: string | undefined): boolean {
  return address !== undefined && ipaddr.isValid(address) && ipaddr.process(address).range() === 'loopback';
}
