import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Event } from '../../src/schema/event.ts';
import type { Network, Page, StatsResponse } from '../../src/serve/index.ts';
import { openStore, type ActorCount, type Store } from '../../src/store/index.ts';
import { PARTICIPANT_ARTICLE, PARTICIPANT_EVENTS, triggers } from '../store/participant-events.ts';
import { listen, type Running } from './fixture.ts';

// The HTTP API (and so the dashboard, which asks it) over events with coordinated participants: the
// actor/target/dyad/country query parameters match any participant, /actors counts each, and the
// network has an edge per actor × target pair.
const dir = mkdtempSync(join(tmpdir(), 'eventlens-participants-api-'));
let store: Store;
let api: Running;

before(async () => {
  store = await openStore(join(dir, 'events.db'));
  await store.saveArticle(PARTICIPANT_ARTICLE, PARTICIPANT_EVENTS);
  api = await listen({ store });
});
after(async () => {
  await api?.app.close();
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('participants through the HTTP API', { timeout: 60_000 }, () => {
  test('GET /events: actor, target, dyad and country find a second participant', async () => {
    const cases: readonly (readonly [string, string])[] = [
      ['actor=CMR', 'deployed'], ['actor=camer', 'deployed'], ['target=NGACOP', 'attacked'],
      ['dyad=NGAREB,CMR', 'deployed'], ['country=CMR', 'deployed'], ['target=CMR', ''],
    ];
    for (const [query, expected] of cases) {
      const { status, body } = await api.get<Page<Event>>(`/events?${query}`);
      assert.equal(status, 200, query);
      assert.equal(triggers(body.items), expected, query);
      assert.equal(body.total, expected === '' ? 0 : 1, query);
    }
  });

  test('GET /actors counts every participant', async () => {
    const { body } = await api.get<{ items: ActorCount[] }>('/actors?text=cameroon');
    assert.deepEqual(body.items.map((a) => [a.code, a.events]), [['CMR', 1]]);
  });

  test('GET /network and /stats by dyad: an edge per actor × target pair', async () => {
    const { body } = await api.get<Network>('/network?edges=20');
    const edges = body.edges.map((e) => `${e.source}→${e.target}`).sort();
    assert.deepEqual(edges, ['CMR→NGAREB', 'Côte d’Ivoire students→TCD', 'NER→TCD', 'NGAREB→NGACOP', 'NGAREB→NGAMIL', 'TCD→NGAREB']);
    const stats = await api.get<StatsResponse>('/stats?period=month&by=dyad&actor=NGAREB');
    assert.deepEqual(stats.body.rows.map((r) => [r.key, r.count]), [['NGAREB→NGACOP', 1], ['NGAREB→NGAMIL', 1]]);
  });
});
