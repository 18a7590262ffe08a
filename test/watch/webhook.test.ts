import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { postAlert } from '../../src/watch/deliver/webhook.ts';
import { evaluateRules, Rule, type Alert } from '../../src/watch/index.ts';
import { tempDir } from '../store/event-factory.ts';
import { daily } from './make-incident.ts';
import { cli, seedIncidents } from './seed-store.ts';
import { writeFileSync } from 'node:fs';

// Webhook delivery to a receiver on the loopback: retried with backoff after failures, not after a
// refusal, and (through the CLI) sent on the next run when the receiver was down.

interface Received { readonly key: string | undefined; readonly alert: Alert }

/** A receiver answering each request with the next status of `statuses` (the last one repeats). */
async function receiver(statuses: readonly number[]): Promise<{ url: string; got: Received[]; close: () => Promise<void> }> {
  const got: Received[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => { body += c.toString('utf8'); });
    req.on('end', () => {
      got.push({ key: req.headers['idempotency-key'] as string | undefined, alert: JSON.parse(body) as Alert });
      res.statusCode = statuses[Math.min(got.length - 1, statuses.length - 1)];
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, got, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

const ALERT = evaluateRules(daily('2024-03-01', 3), [Rule.parse({ id: 'r', when: { kind: 'threshold', measure: 'count', window_days: 7, at_least: 3 } })],
  { from: '2024-03-01', to: '2024-03-05' })[0];

describe('watch: webhook', () => {
  it('retries after 503s with a growing wait, and stops at the first success', { timeout: 30_000 }, async () => {
    const r = await receiver([503, 503, 200]);
    try {
      const started = performance.now();
      const result = await postAlert(ALERT, { url: r.url, attempts: 5, backoffMs: 50 });
      assert.deepEqual(result, { ok: true, attempts: 3, error: null });
      assert.ok(performance.now() - started >= 150, 'waited 50 + 100 ms');
      assert.equal(r.got.length, 3);
      assert.ok(r.got.every((g) => g.key === ALERT.id && g.alert.id === ALERT.id));
    } finally {
      await r.close();
    }
  });

  it('does not retry a refusal (400), and gives up after the last try', { timeout: 30_000 }, async () => {
    const refusing = await receiver([400]);
    const down = await receiver([500]);
    try {
      assert.deepEqual(await postAlert(ALERT, { url: refusing.url, attempts: 5, backoffMs: 10 }), { ok: false, attempts: 1, error: 'HTTP 400' });
      assert.deepEqual(await postAlert(ALERT, { url: down.url, attempts: 3, backoffMs: 10 }), { ok: false, attempts: 3, error: 'HTTP 500' });
      assert.equal(down.got.length, 3);
    } finally {
      await refusing.close();
      await down.close();
    }
  });

  it('a receiver that is not listening: every try fails with the connection error', { timeout: 30_000 }, async () => {
    const gone = await receiver([200]);
    await gone.close();
    const result = await postAlert(ALERT, { url: gone.url, attempts: 2, backoffMs: 10 });
    assert.equal(result.ok, false);
    assert.equal(result.attempts, 2);
    assert.match(result.error ?? '', /ECONNREFUSED/);
  });

  it('watch --webhook: a receiver down for a run gets the alert on the next run, once', { timeout: 150_000 }, async () => {
    const { dir, cleanup } = tempDir('watch-webhook');
    after(cleanup);
    const db = join(dir, 'w.db');
    const rules = join(dir, 'r.json');
    writeFileSync(rules, JSON.stringify({ rules: [{ id: 'two', when: { kind: 'threshold', measure: 'count', window_days: 3, at_least: 2 } }] }));
    await seedIncidents(db, daily('2024-03-01', 2));
    const args = (url: string) => ['watch', '--rules', rules, '--db', db, '--until', '2024-03-03', '--webhook', url, '--webhook-tries', '2', '--webhook-backoff', '20'];
    const down = await receiver([503]);
    const up = await receiver([200]);
    try {
      const first = await cli(args(down.url));
      assert.equal(first.code, 1);
      assert.match(first.err, /webhook .* failed after 2 tries \(HTTP 503\); the next run sends it again/);
      assert.match(first.out, /^2024-03-02 {2}alr-/);
      assert.equal(down.got.length, 2);
      const second = await cli(args(up.url));
      assert.equal(second.code, 0, second.err);
      assert.equal(second.out, '', 'printed once, when new');
      assert.deepEqual(up.got.map((g) => g.alert.fired_on), ['2024-03-02']);
      await cli(args(up.url));
      assert.equal(up.got.length, 1, 'delivered alerts are not sent again');
    } finally {
      await down.close();
      await up.close();
    }
  });
});
