import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ApiError } from '../../src/serve/index.ts';
import { openStore, type Store } from '../../src/store/index.ts';
import { listen, type Running } from './fixture.ts';

// Impossible calendar dates in the query string are a 400 that says why, on every route that filters,
// instead of a string comparison that silently matches nothing. The real server on a free port.
let store: Store;
let api: Running;
before(async () => {
  store = await openStore(':memory:');
  api = await listen({ store });
}, { timeout: 60_000 });
after(async () => {
  await api.app.close();
  await store.close();
});

describe('date parameters', { timeout: 60_000 }, () => {
  const bad: [string, RegExp][] = [
    ['/events?since=2024-13-45', /^since: '2024-13-45': there is no month 13/],
    ['/events?until=2024-02-30', /^until: '2024-02-30': 2024-02 has no day 30/],
    ['/stats?since=2023-02-29', /^since: '2023-02-29': 2023-02 has no day 29/],
    ['/network?until=2024-04-31', /^until: '2024-04-31': 2024-04 has no day 31/],
    ['/events?since=March', /^since: expected YYYY, YYYY-MM or YYYY-MM-DD$/],
  ];
  for (const [path, message] of bad) {
    test(`${path} → 400`, async () => {
      const r = await api.get<ApiError>(path);
      assert.equal(r.status, 400, JSON.stringify(r.body));
      assert.match(r.body.message, message);
    });
  }
  for (const path of ['/events?since=2024-02-29&until=2024-12-31', '/stats?since=2024-02', '/events?until=2024']) {
    test(`${path} → 200`, async () => {
      const r = await api.get(path);
      assert.equal(r.status, 200, JSON.stringify(r.body));
    });
  }
});
