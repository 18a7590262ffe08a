import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Incident } from '../../src/incidents/index.ts';
import type { Event } from '../../src/schema/event.ts';
import type { IncidentDetail, IncidentPage, Page, Places, StatsResponse } from '../../src/serve/index.ts';
import { listen, type Fixture, type Running } from './fixture.ts';
import { linkedStore } from './incident-fixture.ts';

// Incidents as a unit of the API, casualty figures in its answers and downloads, the place-id filter and
// actor sub-codes, on the real server over the coded conflict corpus and one story told by two outlets.

describe('incidents and casualties in the API', { timeout: 170_000 }, () => {
  let fx: Fixture;
  let api: Running;
  before(async () => {
    fx = await linkedStore('incidents-api');
    api = await listen({ store: fx.store });
  });
  after(async () => {
    await api?.app.close();
    await fx?.cleanup();
  });

  const kidal = async () => {
    const page = await api.get<IncidentPage>('/events?unit=incident&text=Kidal');
    assert.equal(page.status, 200);
    assert.equal(page.body.unit, 'incident');
    return page.body;
  };

  test('/events?unit=incident: the two outlets\' reports are one incident; reports are two rows', async () => {
    const incidents = await kidal();
    assert.equal(incidents.total, 1);
    const [incident] = incidents.items;
    assert.equal(incident.num_reports, 2);
    assert.deepEqual([...incident.outlets].sort(), ['paper.example', 'wire.example']);
    assert.equal(incident.numbers.killed?.value, 14);
    const reports = await api.get<Page<Event>>('/events?text=Kidal&type=ASSAULT');
    assert.equal(reports.body.total, 2);
    const all = await api.get<IncidentPage>('/events?unit=incident&limit=1000');
    const events = await api.get<Page<Event>>('/events?limit=1');
    assert.ok(all.body.total < events.body.total, `${all.body.total} incidents for ${events.body.total} reports`);
    assert.equal(new Set(all.body.items.map((i) => i.id)).size, all.body.items.length);
  });

  test('/stats?unit=incident counts incidents per period', async () => {
    const byIncident = await api.get<StatsResponse>('/stats?unit=incident&period=month&by=none&text=Kidal');
    const byReport = await api.get<StatsResponse>('/stats?period=month&by=none&text=Kidal&type=ASSAULT');
    assert.deepEqual(byIncident.body.rows.map((r) => [r.period, r.count]), [['2024-05', 1]]);
    assert.deepEqual(byReport.body.rows.map((r) => [r.period, r.count]), [['2024-05', 2]]);
  });

  test('/incidents/{id}: the reports with their events and why they were linked; a report key finds it too', async () => {
    const { items: [incident] } = await kidal();
    const detail = await api.get<IncidentDetail>(`/incidents/${incident.id}`);
    assert.equal(detail.status, 200);
    assert.equal(detail.body.reports.length, 2);
    for (const { report, event } of detail.body.reports) {
      assert.ok(event, report.key);
      assert.equal(event.doc_id, report.doc_id);
      assert.equal(event.trigger.text, report.trigger);
    }
    assert.ok(detail.body.explain.some((l) => /linked to .*score/.test(l)), detail.body.explain.join('\n'));
    const byKey = await api.get<IncidentDetail>(`/incidents/${encodeURIComponent(detail.body.reports[0].report.key)}`);
    assert.equal(byKey.body.incident.id, incident.id);
    const missing = await api.get<{ message: string }>('/incidents/inc-000000000000');
    assert.equal(missing.status, 404);
    assert.match(missing.body.message, /no incident inc-000000000000/);
  });

  test('/places: every event per place id with killed sums; by incident the story counts once', async () => {
    const reports = await api.get<Places>('/places?text=Kidal&type=ASSAULT');
    const place = reports.body.items.find((p) => p.name === 'Kidal')!;
    assert.equal(place.events, 2);
    assert.equal(place.killed, 26, 'at least 12 + 14');
    assert.equal(reports.body.sampled, false);
    const incidents = await api.get<Places>('/places?unit=incident&text=Kidal');
    assert.deepEqual(incidents.body.items.map((p) => [p.id, p.events, p.killed]), [[place.id, 1, 14]]);
    const here = await api.get<Page<Event>>(`/events?place=${encodeURIComponent(place.id)}&limit=100`);
    assert.ok(here.body.total >= 2);
    assert.ok(here.body.items.every((e) => e.location?.id === place.id), 'one place, not its country');
  });

  test('actor codes match their sub-codes (USA matches USAMIL); names and group ids as before', async () => {
    const all = await api.get<Page<Event>>('/events?limit=1000');
    const sub = all.body.items.find((e) => /^[A-Z]{6,}$/.test(e.actor?.code ?? ''))!;
    assert.ok(sub, 'the corpus has a sub-coded actor');
    const root = sub.actor!.code!.slice(0, 3);
    const byRoot = await api.get<Page<Event>>(`/events?actor=${root}&limit=1000`);
    assert.ok(byRoot.body.items.some((e) => e.actor?.code === sub.actor!.code), `${root} finds ${sub.actor!.code}`);
    // an event matches through any of its actors ("Chad and Cameroon deployed forces" is found by CMR)
    const actorsOf = (e: Event) => e.actors ?? (e.actor ? [e.actor] : []);
    const matches = (e: Event, code: string) => actorsOf(e).some((a) => a.code?.startsWith(code) || a.name.toLowerCase().includes(code.toLowerCase()));
    assert.ok(byRoot.body.items.every((e) => matches(e, root)));
    const exact = await api.get<Page<Event>>(`/events?actor=${sub.actor!.code}&limit=1000`);
    assert.ok(exact.body.items.every((e) => matches(e, sub.actor!.code!)));
    assert.ok(exact.body.total <= byRoot.body.total);
  });

  test('/export: CSV with casualty columns, JSONL of incidents, every matching row', async () => {
    const csv = await fetch(`${api.base}/export?text=Kidal&type=ASSAULT&format=csv`);
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-disposition') ?? '', /attachment; filename="eventlens-events.csv"/);
    const [header, ...rows] = (await csv.text()).trim().split('\n');
    const columns = header.split(',');
    for (const c of ['killed', 'killed_max', 'killed_hedge', 'injured', 'arrested', 'crowd_size']) assert.ok(columns.includes(c), c);
    assert.equal(rows.length, 2);
    const wire = rows.find((r) => r.includes('desk-wire-a'))!.split(',');
    assert.equal(wire[columns.indexOf('killed')], '12');
    assert.equal(wire[columns.indexOf('killed_hedge')], 'at_least');
    const jsonl = await fetch(`${api.base}/export?unit=incident&format=jsonl`);
    const lines = (await jsonl.text()).trim().split('\n').map((l) => JSON.parse(l) as Incident);
    const all = await api.get<IncidentPage>('/events?unit=incident&limit=1');
    assert.equal(lines.length, all.body.total);
    const bad = await api.get<{ message: string }>('/export?unit=incidents');
    assert.equal(bad.status, 400);
    assert.match(bad.body.message, /unit/);
  });
});
