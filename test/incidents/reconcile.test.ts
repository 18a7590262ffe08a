import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeIncident, linkReports, reconcile, type LinkedIncident, type Report } from '../../src/incidents/index.ts';
import { HIERARCHY, makeReport, type Spec } from './make-report.ts';

// An incident's fields from its reports, with reasons and visible conflicts.

function incident(...specs: Spec[]): ReturnType<typeof reconcile> {
  const reports: Report[] = specs.map((s, i) => makeReport({ doc: `outlet${i}-x`, ...s }));
  const linked: LinkedIncident = {
    id: 'inc-test',
    reports: [...reports].sort((a, b) => (a.key < b.key ? -1 : 1)),
    links: new Map(reports.map((r) => [r.key, { rule: 'linked' as const, with: reports[0].key, score: 2, checks: [] }])),
  };
  return reconcile(linked);
}

test('date: the most precise, the value most reports give; the disagreement stays visible', () => {
  const i = incident({ date: '2020-03-11' }, { date: '2020-03-11' }, { date: '2020-03-12' }, { date: '2020-03-11' }, { date: '2020-03', precision: 'month' });
  assert.equal(i.date?.value, '2020-03-11');
  assert.equal(i.date?.precision, 'day');
  assert.equal(i.date?.reason, 'most precise (day): 3 of 5 dated reports say 2020-03-11');
  assert.equal(i.date?.conflict, '3 reports say 2020-03-11, 1 says 2020-03-12');
});

test('date: a publication date only when no report dates the event, with its span', () => {
  const i = incident({ date: '2020-03-12', precision: 'reported' });
  assert.deepEqual([i.date?.precision, i.date?.start, i.date?.end], ['reported', '2020-03-09', '2020-03-12']);
  assert.match(i.date!.reason, /no report dates it/);
});

test('place: the most precise; a site is the spot, not a centroid', () => {
  const i = incident({ place: 'iraq' }, { place: 'baghdad' }, { place: 'taji' });
  assert.deepEqual([i.location?.name, i.location?.geo_precision, i.location?.centroid], ['Camp Taji', 'site', false]);
  assert.equal(i.location?.reason, 'most precise (site): 1 of 3 placed reports says Camp Taji');
});

test('place: the article\'s country standing in for a place is flagged as a centroid', () => {
  const i = incident({ place: 'iraq' }, { place: 'iraq' });
  assert.deepEqual([i.location?.geo_precision, i.location?.centroid], ['country', true]);
  assert.match(i.location!.reason, /no report names a place: the article's country/);
  assert.equal(incident({ place: 'anbar' }).location?.centroid, true, 'a region is a centroid too');
});

test('actor: the one most sources name; a tie goes to the more specific name', () => {
  const i = incident({ actor: 'IRQREB' }, { actor: 'kataib-hezbollah' }, { actor: 'kataib-hezbollah' });
  assert.equal(i.actor?.code, 'kataib-hezbollah');
  assert.equal(i.actor?.reason, 'named by 2 of 3 sources (outlet1, outlet2)');
  assert.equal(i.actor?.conflict, '2 sources say kataib-hezbollah, 1 says IRQREB');
  assert.equal(incident({ actor: 'IRQREB' }, { actor: 'kataib-hezbollah' }).actor?.code, 'kataib-hezbollah');
});

test('certainty: asserted when one outlet says it in its own voice', () => {
  const i = incident({ source: 'the militia', certainty: 'claimed' }, {});
  assert.deepEqual([i.certainty, i.asserted], ['asserted', true]);
  assert.deepEqual(i.claimed_by, ['the militia']);
});

test('certainty: a claim nobody else asserts stays a claim', () => {
  const i = incident({ source: 'the militia', certainty: 'claimed' }, { source: 'officials', certainty: 'claimed' }, { source: 'the ministry', certainty: 'alleged' });
  assert.deepEqual([i.certainty, i.asserted], ['claimed', false]);
  assert.equal(i.certainty_reason, 'asserted by no outlet: claimed in 2, alleged in 1');
  assert.deepEqual(i.claimed_by, ['officials', 'the militia', 'the ministry']);
});

test('counts: reports, events, articles, sources and report times', () => {
  const reports = [
    makeReport({ doc: 'reuters-1', ordinal: 0, target: 'USAMIL', trigger: [5, 9], published: '2020-03-12' }),
    makeReport({ doc: 'reuters-1', ordinal: 1, target: 'GBRMIL', trigger: [5, 9], published: '2020-03-12' }),
    makeReport({ doc: 'reuters-2', url: 'https://www.reuters.com/x', published: '2020-03-13' }),
    makeReport({ doc: 'ap-1', published: '2020-03-11' }),
  ];
  const [linked] = linkReports(reports, { hierarchy: HIERARCHY });
  const i = reconcile(linked);
  assert.deepEqual([i.num_reports, i.num_events, i.num_articles, i.num_sources], [3, 4, 3, 3]);
  assert.deepEqual(i.outlets, ['ap', 'reuters', 'reuters.com']);
  assert.deepEqual([i.first_report, i.last_report], ['2020-03-11', '2020-03-13']);
  assert.deepEqual(i.reports.map((r) => r.link.rule), ['linked', 'linked', 'same-mention', 'linked']);
});

test('cameo: the specific mode over the generic one', () => {
  assert.equal(incident({ cameo: '190' }, { cameo: '190' }, { cameo: '195' }).cameo, '195');
});

test('explain: each report with its rule and checks', () => {
  const [linked] = linkReports([makeReport({ doc: 'a' }), makeReport({ doc: 'b', place: 'baghdad' })], { hierarchy: HIERARCHY });
  const text = describeIncident(reconcile(linked), { explain: true }).join('\n');
  assert.match(text, /linked to b#0: score 3\.5 ≥ 2, no check failed/);
  assert.match(text, /✓ place:within +\+0\.5 +Camp Taji \(site\) \/ Baghdad \(city\): 2\d\.\d km ≤ 30 km \(city\)/);
  assert.match(text, /✓ date:same-day +\+1 +2020-03-11 \/ 2020-03-11/);
});
