import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../src/schema/event.ts';
import type { ApiError, Health, Network, Page, Places, StatsResponse } from '../../src/serve/index.ts';
import type { ActorCount, ArticleHit, StoredArticle } from '../../src/store/index.ts';
import { conflictStore, listen, realCoder, type Fixture, type Running } from './fixture.ts';

// The JSON API against the real server on loopback, over the coded conflict articles. Expected
// values come from the coder's own output, filtered here in memory: the API must agree with it.

let fx: Fixture;
let api: Running;
let coded: Event[];

before(async () => {
  fx = await conflictStore('api');
  api = await listen({ store: fx.store });
  coded = fx.articles.flatMap((a) => realCoder().code(a));
  assert.ok(coded.length >= 40, `the conflict articles should give dozens of events, got ${coded.length}`);
});
after(async () => {
  await api.app.close();
  await fx.cleanup();
});

const count = (keep: (e: Event) => boolean) => coded.filter(keep).length;
const first = <T>(pick: (e: Event) => T | null | undefined): T => {
  const found = coded.map(pick).find((v) => v !== null && v !== undefined);
  assert.ok(found !== undefined, 'the fixture lacks an event with this field');
  return found as T;
};

describe('GET /events: every filter of EventFilter, checked against the coder output', () => {
  // [query, which events must match (null: only check the items)]
  const rows: [string, () => string, ((e: Event) => boolean) | null][] = [
    ['no filter', () => '', () => true],
    ['type', () => 'type=ASSAULT', (e) => e.type === 'ASSAULT'],
    ['type in lower case', () => 'type=assault', (e) => e.type === 'ASSAULT'],
    ['cameoRoot', () => 'cameoRoot=19', (e) => e.cameo.startsWith('19')],
    ['actor code', () => `actor=${first((e) => e.actor?.code)}`, null],
    ['docId', () => `docId=${fx.articles[0].id}`, (e) => e.doc_id === fx.articles[0].id],
    ['certainty', () => `certainty=${first((e) => (e.provenance.certainty !== 'asserted' ? e.provenance.certainty : null))}`, null],
    ['since/until', () => 'since=2024&until=2024-12-31', (e) => e.date !== null && e.date.value >= '2024' && e.date.value <= '2024-12-31\uffff'],
    ['source outlet', () => 'source=outlet', (e) => e.provenance.source === 'outlet'],
    ['minConfidence', () => 'minConfidence=0.7', (e) => e.confidence >= 0.7],
    ['country', () => `country=${first((e) => e.location?.country)}`, null],
    ['full text', () => 'text=Goma', (e) => fx.articles.find((a) => a.id === e.doc_id)!.text.includes('Goma')],
    ['near', () => { const p = first((e) => (e.location?.lat != null ? e.location : null)); return `near=${p.lat},${p.lon},50`; }, null],
    ['dyad', () => { const e = coded.find((x) => x.actor?.code && x.target?.code)!; return `dyad=${e.target!.code},${e.actor!.code}`; }, null],
  ];
  for (const [name, query, expected] of rows) {
    test(name, { timeout: 120_000 }, async () => {
      const q = query();
      const { status, body } = await api.get<Page<Event>>(`/events?${q}&limit=1000`);
      assert.equal(status, 200, JSON.stringify(body));
      assert.ok(body.total > 0, `${q}: no events`);
      assert.equal(body.items.length, body.total);
      if (expected) assert.equal(body.total, count(expected), q);
      const [key, value] = q.split('=');
      for (const e of body.items) {
        // (the filter's meaning, store.ts EventFilter.actor: a code and its sub-codes, or a name substring, of any actor)
        if (key === 'actor') assert.ok([e.actor, ...(e.actors ?? [])].some((a) => a?.code?.startsWith(value) || a?.name.toLowerCase().includes(value.toLowerCase())), e.actor?.name);
        if (key === 'certainty') assert.equal(e.provenance.certainty, value);
        // (any participant, as for actor: "Armenia and Azerbaijan agreed" is Azerbaijan's event too)
        if (key === 'country') assert.ok(e.location?.country === value || [e.actor, ...(e.actors ?? []), e.target, ...(e.targets ?? [])].some((a) => a?.code?.startsWith(value)), JSON.stringify(e.location));
        if (key === 'dyad') {
          const pair = value.split(',');
          assert.ok(pair.includes(e.actor?.code ?? '') && pair.includes(e.target?.code ?? ''), `${e.actor?.code}→${e.target?.code}`);
        }
      }
    });
  }

  test('paging: pages do not overlap, total stays, newest first by default', { timeout: 120_000 }, async () => {
    const one = await api.get<Page<Event>>('/events?limit=5');
    const two = await api.get<Page<Event>>('/events?limit=5&offset=5');
    assert.equal(one.body.items.length, 5);
    assert.deepEqual([one.body.total, two.body.offset, two.body.limit], [coded.length, 5, 5]);
    const key = (e: Event) => JSON.stringify(e);
    assert.ok(one.body.items.every((e) => !two.body.items.some((f) => key(f) === key(e))));
    const dates = one.body.items.map((e) => e.date?.value ?? '');
    assert.deepEqual(dates, [...dates].sort().reverse());
  });

  test('sort=goldstein: most hostile first', { timeout: 120_000 }, async () => {
    const { body } = await api.get<Page<Event>>('/events?sort=goldstein&limit=1000');
    const scores = body.items.map((e) => e.goldstein);
    assert.deepEqual(scores, [...scores].sort((a, b) => a - b));
  });
});

describe('aggregates: stats, places, network, actors', () => {
  test('GET /stats by type per day counts every dated event once', { timeout: 120_000 }, async () => {
    const { status, body } = await api.get<StatsResponse>('/stats?period=day&by=type');
    assert.equal(status, 200);
    assert.equal(body.rows.reduce((n, r) => n + r.count, 0), count((e) => e.date !== null));
    assert.ok(body.rows.every((r) => (coded.some((e) => e.type === r.key))));
  });

  test('GET /stats by dyad per month, and by none for one dyad', { timeout: 120_000 }, async () => {
    const dyads = await api.get<StatsResponse>('/stats?period=month&by=dyad');
    assert.ok(dyads.body.rows.length > 0 && dyads.body.rows.every((r) => /^\d{4}(-\d{2})?$/.test(r.period)));
    const e = coded.find((x) => x.actor?.code && x.target?.code && x.date)!;
    const one = await api.get<StatsResponse>(`/stats?period=week&by=none&dyad=${e.actor!.code},${e.target!.code}`);
    assert.ok(one.body.rows.length > 0 && one.body.rows.every((r) => r.key === ''));
  });

  test('GET /places: one point per place, with its precision, counting every geocoded event', { timeout: 120_000 }, async () => {
    const { body } = await api.get<Places>('/places');
    assert.equal(body.total, coded.length);
    assert.equal(body.sampled, false);
    assert.equal(body.items.reduce((n, p) => n + p.events, 0), count((e) => e.location?.lat != null && e.location.lon != null));
    assert.ok(body.items.every((p) => ['site', 'city', 'region', 'country'].includes(p.precision)));
    assert.ok(body.items.some((p) => p.precision === 'country') && body.items.some((p) => p.precision !== 'country'), 'both kinds of marks');
  });

  test('GET /network: weighted edges whose ends are nodes', { timeout: 120_000 }, async () => {
    const { body } = await api.get<Network>('/network?edges=10');
    assert.ok(body.edges.length > 0 && body.edges.length <= 10);
    const ids = new Set(body.nodes.map((n) => n.id));
    assert.ok(body.edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.events > 0));
    assert.deepEqual(body.edges.map((e) => e.events), body.edges.map((e) => e.events).sort((a, b) => b - a));
  });

  test('GET /actors: most active first, limited', { timeout: 120_000 }, async () => {
    const { body } = await api.get<{ items: ActorCount[] }>('/actors?limit=5');
    assert.ok(body.items.length > 0 && body.items.length <= 5);
    assert.deepEqual(body.items.map((a) => a.events), body.items.map((a) => a.events).sort((a, b) => b - a));
  });

  test('GET /health', { timeout: 120_000 }, async () => {
    const { body } = await api.get<Health>('/health');
    assert.deepEqual(body, { status: 'ok', backend: 'sqlite', articles: fx.articles.length, events: coded.length });
  });
});

describe('articles', () => {
  test('GET /articles?q= finds an article by a word of its text', { timeout: 120_000 }, async () => {
    const { status, body } = await api.get<{ items: ArticleHit[] }>('/articles?q=Goma');
    assert.equal(status, 200);
    assert.ok(body.items.some((hit) => hit.docId === 'conflict-drc-goma'), JSON.stringify(body));
  });

  test('GET /articles/:docId: the text and events, spans pointing into that text', { timeout: 120_000 }, async () => {
    const article = fx.articles[0];
    const { status, body } = await api.get<StoredArticle>(`/articles/${encodeURIComponent(article.id)}`);
    assert.equal(status, 200);
    assert.equal(body.text, article.text);
    assert.ok(body.events.length > 0);
    for (const e of body.events) {
      assert.equal(body.text.slice(...e.trigger.span), e.trigger.text);
      assert.equal(body.text.slice(...e.evidence.span), e.evidence.sentence);
    }
  });
});

describe('bad requests: 400 with the parameter named, JSON errors everywhere', () => {
  const rows: [string, number, RegExp][] = [
    ['/events?limit=0', 400, /^limit: /],
    ['/events?limit=5000', 400, /^limit: .*1000/],
    ['/events?type=PARTY', 400, /^type: /],
    ['/events?since=March', 400, /^since: expected YYYY, YYYY-MM or YYYY-MM-DD/],
    ['/events?colour=red', 400, /^colour: unknown parameter/],
    ['/events?near=1,2', 400, /^near: expected lat,lon,km/],
    ['/events?dyad=USA', 400, /^dyad: expected two actors/],
    ['/events?minConfidence=2', 400, /^minConfidence: /],
    ['/events?country=Congo', 400, /^country: expected an ISO alpha-3 code/],
    ['/events?limit=0&offset=-1', 400, /limit: .*; offset: /],
    ['/stats?period=year', 400, /^period: /],
    ['/articles', 400, /^q: /],
    ['/articles/no-such-article', 404, /no article with id 'no-such-article'/],
    ['/no/such/route', 404, /no route GET \/no\/such\/route/],
  ];
  for (const [path, status, message] of rows) {
    test(path, { timeout: 120_000 }, async () => {
      const r = await api.get<ApiError>(path);
      assert.equal(r.status, status, JSON.stringify(r.body));
      assert.match(r.body.message, message);
    });
  }
});

describe('GET /openapi.json', () => {
  test('describes every route, with the parameters the server validates', { timeout: 120_000 }, async () => {
    const { status, body } = await api.get<{ openapi: string; paths: Record<string, Record<string, { parameters?: { name: string }[] }>> }>('/openapi.json');
    assert.equal(status, 200);
    assert.equal(body.openapi, '3.1.0');
    for (const path of ['/health', '/events', '/stats', '/places', '/network', '/actors', '/articles', '/articles/{docId}']) {
      assert.ok(body.paths[path]?.get, `${path} documented`);
      assert.ok(api.app.hasRoute({ method: 'GET', url: path.replace('{docId}', ':docId') }), `${path} served`);
    }
    assert.ok(body.paths['/articles'].post, 'POST /articles documented');
    const names = (body.paths['/events'].get.parameters ?? []).map((p) => p.name);
    for (const name of ['type', 'cameoRoot', 'actor', 'target', 'dyad', 'country', 'near', 'since', 'until', 'certainty', 'source', 'minConfidence', 'text', 'docId', 'sort', 'limit', 'offset']) {
      assert.ok(names.includes(name), `/events documents ${name}`);
    }
  });
});
