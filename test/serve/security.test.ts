import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { articleFetcher, type ApiError } from '../../src/serve/index.ts';
import { isPublicAddress } from '../../src/ingest/sources/guarded-fetch.ts';
import { conflictStore, listen, TEST_TOKEN, type Fixture, type Running } from './fixture.ts';

// The server as an attacker sees it: URLs that lead back into the machine, writes without the token,
// requests under a foreign Host name (DNS rebinding). A loopback "internal service" counts every
// connection it gets: for the SSRF cases it must get none.

let fx: Fixture;
let api: Running;
let internal: Server;
let internalPort = 0;
let connections = 0;
const reachedAt: string[] = [];
let redirector: Server;
let redirectorBase = '';

const listenOn = (server: Server, host: string) => new Promise<number>((resolve) => server.listen(0, host, () => resolve((server.address() as AddressInfo).port)));

before(async () => {
  fx = await conflictStore('security');
  api = await listen({ store: fx.store });
  internal = createHttpServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('internal secret: the admin password is hunter2'));
  internal.on('connection', (socket) => {
    connections++;
    reachedAt.push(socket.localAddress ?? '');
  });
  internalPort = await listenOn(internal, '::'); // both 127.0.0.1 and ::1
  // "a public site" for the redirect test: 127.0.0.2, allowed by the test's address policy only
  redirector = createHttpServer((req, res) => res.writeHead(302, { location: `http://127.0.0.1:${internalPort}${req.url}` }).end());
  redirectorBase = `http://127.0.0.2:${await listenOn(redirector, '127.0.0.2')}`;
});
after(async () => {
  await api.app.close();
  await new Promise((resolve) => internal.close(resolve));
  await new Promise((resolve) => redirector.close(resolve));
  await fx.cleanup();
});

describe('POST /articles {url}: no way into the machine or its network', () => {
  const spellings = ['127.0.0.1', 'localhost', '0.0.0.0', '2130706433', '0x7f.1', '127.1', '0177.0.0.1', '[::1]', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[::]'];
  for (const host of spellings) {
    test(`http://${host}:PORT/ is refused before connecting`, { timeout: 60_000 }, async () => {
      const before = connections;
      const r = await api.post<ApiError>('/articles', { url: `http://${host}:${internalPort}/admin` });
      assert.equal(r.status, 422, JSON.stringify(r.body));
      assert.match(r.body.message, /refused: .* non-public address/);
      assert.equal(connections, before, 'the internal service was reached');
    });
  }

  test('the metadata address and private ranges are refused without a connection attempt', { timeout: 60_000 }, async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[fd00:ec2::254]/', 'http://10.0.0.1/', 'http://192.168.1.1/', 'http://100.64.0.1/', 'http://[fe80::1]/']) {
      const r = await api.post<ApiError>('/articles', { url });
      assert.equal(r.status, 422, url);
      // "refused" is the address check before any connect; a connection tried would end in "could not
      // fetch …: no answer" after the deadline (a time budget said this before, and failed under load)
      assert.match(r.body.message, /refused/, url);
      assert.doesNotMatch(r.body.message, /no answer|ETIMEDOUT|ECONNREFUSED|EHOSTUNREACH/, url);
    }
  });

  test('a redirect from an allowed site to loopback is checked again and refused', { timeout: 60_000 }, async () => {
    const server = await listen({ store: fx.store, fetchArticle: articleFetcher({ allowAddress: (a) => a === '127.0.0.2' }) });
    try {
      const before = connections;
      const r = await server.post<ApiError>('/articles', { url: `${redirectorBase}/story` });
      assert.equal(r.status, 422, JSON.stringify(r.body));
      assert.match(r.body.message, /refused: 127\.0\.0\.1/);
      assert.equal(connections, before);
    } finally {
      await server.app.close();
    }
  });

  test('a name with one public and one private address is refused; the connection goes to the address checked', { timeout: 60_000 }, async () => {
    const mixed = articleFetcher({ resolve: async () => [{ address: '93.184.216.34', family: 4 }, { address: '127.0.0.1', family: 4 }] });
    await assert.rejects(mixed(`http://news.example:${internalPort}/`), /refused: news\.example \(127\.0\.0\.1\)/);
    // a resolver that would answer differently on a second look (rebinding) is asked once, and the
    // socket connects to that answer (127.0.0.2, allowed here), never to the later 127.0.0.1
    let asked = 0;
    const rebinding = articleFetcher({
      allowAddress: (a) => a === '127.0.0.2',
      resolve: async () => (asked++ === 0 ? [{ address: '127.0.0.2', family: 4 }] : [{ address: '127.0.0.1', family: 4 }]),
    });
    reachedAt.length = 0;
    const page = await rebinding(`http://rebind.example:${internalPort}/`);
    assert.match(page.text, /internal secret/);
    assert.equal(asked, 1);
    assert.deepEqual(reachedAt.map((a) => a.replace(/^::ffff:/, '')), ['127.0.0.2']);
  });

  test('only http and https', { timeout: 60_000 }, async () => {
    await assert.rejects(articleFetcher()('file:///etc/passwd'), /file: URLs are not fetched/);
  });

  test('isPublicAddress: public unicast only', () => {
    for (const a of ['8.8.8.8', '93.184.216.34', '2606:4700:4700::1111']) assert.equal(isPublicAddress(a), true, a);
    for (const a of ['127.0.0.1', '127.255.0.9', '0.0.0.0', '10.1.2.3', '172.16.0.1', '192.168.0.1', '169.254.169.254', '100.64.0.1', '255.255.255.255',
      '::1', '::', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'fd00::1', 'fe80::1', '64:ff9b::7f00:1', '2002:7f00:1::', 'not an address']) {
      assert.equal(isPublicAddress(a), false, a);
    }
  });
});

describe('writes need the token; foreign Host names get nothing', () => {
  test('POST /articles without the token, or with a wrong one, is a 401 and stores nothing', { timeout: 60_000 }, async () => {
    const articles = await fx.store.countArticles();
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', `Basic ${TEST_TOKEN}`, TEST_TOKEN]) {
      const response = await fetch(`${api.base}/articles`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify({ text: 'Rebels attacked a base on Monday, officials said.' }),
      });
      assert.equal(response.status, 401, String(authorization));
      assert.match(((await response.json()) as ApiError).message, /needs the API token: send 'Authorization: Bearer <token>'/);
    }
    assert.equal(await fx.store.countArticles(), articles);
  });

  test('a request under another Host name (DNS rebinding) is a 403, reads included; loopback names are answered', { timeout: 60_000 }, async () => {
    const port = new URL(api.base).port;
    const status = async (host: string) => (await rawGet(port, '/health', host)).status;
    for (const host of ['evil.example', `evil.example:${port}`, '127.0.0.1.nip.io', '']) assert.equal(await status(host), 403, host);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, 'localhost']) assert.equal(await status(host), 200, host);
  });

  test('security headers on every answer', { timeout: 60_000 }, async () => {
    const response = await fetch(`${api.base}/health`);
    assert.match(response.headers.get('content-security-policy') ?? '', /default-src 'self'.*frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  });
});

// fetch() will not send a Host header of our choosing; node:http will.
async function rawGet(port: string, path: string, host: string): Promise<{ status: number }> {
  const { request } = await import('node:http');
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host }, setHost: false }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
    });
    req.on('error', reject);
    req.end();
  });
}
