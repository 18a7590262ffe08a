import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorId, assignIds, linkReports as linkWith, type LinkedIncident, type LinkOptions, type Report } from '../../src/incidents/index.ts';
import { HIERARCHY, makeReport } from './make-report.ts';

const linkReports = (reports: readonly Report[], options: LinkOptions = {}) => linkWith(reports, { hierarchy: HIERARCHY, ...options });

// Clustering: deterministic whatever the input order, no chains through a vague report, the events
// of one sentence kept together, and ids that survive re-linking.

const groups = (linked: readonly LinkedIncident[]) => linked.map((i) => `${i.id}: ${i.reports.map((r) => r.key).join(' ')}`);

const CORPUS: readonly Report[] = [
  // the attack on Camp Taji, 11 March, by four outlets
  makeReport({ doc: 'reuters-1' }),
  makeReport({ doc: 'ap-1', actor: 'IRQREB', place: 'baghdad' }),
  makeReport({ doc: 'afp-1', date: '2020-03-12', precision: 'reported', place: 'iraq', killed: [3, 3, 'exact'] }),
  makeReport({ doc: 'bbc-1', target: null, killed: [3, 3, 'exact'] }),
  // the attack on the same base a week later
  makeReport({ doc: 'reuters-2', date: '2020-03-18' }),
  makeReport({ doc: 'bbc-2', date: '2020-03-18', actor: null }),
  // same attackers, same day, another target
  makeReport({ doc: 'ap-3', target: 'IRQMIL', place: 'baghdad' }),
  makeReport({ doc: 'afp-3', target: 'IRQMIL', place: 'baghdad', cameo: '195' }),
  // a protest the same day in the same city
  makeReport({ doc: 'ap-4', type: 'PROTEST', cameo: '141', actor: 'IRQOPP', target: null, place: 'baghdad' }),
];

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

test('link: the four reports of one attack are one incident; the near misses stay apart', () => {
  const linked = linkReports(CORPUS);
  assert.deepEqual(linked.map((i) => i.reports.map((r) => r.event.doc_id).sort()).sort(), [
    ['afp-1', 'ap-1', 'bbc-1', 'reuters-1'], ['afp-3', 'ap-3'], ['ap-4'], ['bbc-2', 'reuters-2'],
  ].sort());
});

test('link: any input order gives the same incidents, with the same ids', () => {
  const expected = groups(linkReports(CORPUS));
  for (let seed = 1; seed <= 25; seed++) assert.deepEqual(groups(linkReports(shuffled(CORPUS, seed))), expected, `order ${seed}`);
});

test('link: a vague report does not chain two incompatible groups together', () => {
  const reports = [
    makeReport({ doc: 'a', actor: 'kataib-hezbollah' }),
    makeReport({ doc: 'b', actor: null }),
    makeReport({ doc: 'c', actor: 'islamic-state' }),
  ];
  const linked = linkReports(reports);
  assert.equal(linked.length, 2);
  assert.ok(linked.every((i) => !(i.reports.some((r) => r.event.doc_id === 'a') && i.reports.some((r) => r.event.doc_id === 'c'))));
});

test('link: the events of one sentence (one per target) stay together and others join through either', () => {
  const reports = [
    makeReport({ doc: 'reuters', ordinal: 0, target: 'USAMIL', trigger: [10, 17] }),
    makeReport({ doc: 'reuters', ordinal: 1, target: 'GBRMIL', trigger: [10, 17] }),
    makeReport({ doc: 'bbc', target: 'GBRMIL' }),
  ];
  const [incident, ...rest] = linkReports(reports);
  assert.equal(rest.length, 0);
  assert.equal(incident.links.get('reuters#1')?.rule, 'same-mention');
  assert.equal(incident.links.get('reuters#1')?.with, 'reuters#0');
  assert.equal(incident.links.get('bbc#0')?.rule, 'linked');
});

test('link: every report says why it is there', () => {
  const [incident] = linkReports(CORPUS).filter((i) => i.reports.length === 4);
  for (const r of incident.reports) {
    const link = incident.links.get(r.key)!;
    assert.equal(link.rule, 'linked');
    assert.ok(link.score! >= 2 && link.checks.every((c) => c.ok) && link.checks.every((c) => c.detail !== ''), JSON.stringify(link));
  }
  const [alone] = linkReports([makeReport({ doc: 'x' })]);
  assert.deepEqual(alone.links.get('x#0'), { rule: 'alone', with: null, score: null, checks: [] });
});

test('ids: a new incident is named after its smallest report key', () => {
  const [incident] = linkReports([makeReport({ doc: 'b' }), makeReport({ doc: 'a' })]);
  assert.equal(incident.id, anchorId('a#0'));
  assert.match(incident.id, /^inc-[0-9a-f]{12}$/);
});

test('ids: an incident keeps its id when a report joins, even one with a smaller key', () => {
  const before = linkReports([makeReport({ doc: 'm' }), makeReport({ doc: 'n' })]);
  const previous = new Map(before[0].reports.map((r) => [r.key, before[0].id]));
  const after = linkReports([makeReport({ doc: 'a' }), ...before[0].reports], { previous });
  assert.equal(after.length, 1);
  assert.equal(after[0].id, before[0].id);
});

test('ids: two incidents found to be one keep the id of the bigger; the other id is freed', () => {
  const previous = new Map([['a#0', 'inc-small'], ['b#0', 'inc-big'], ['c#0', 'inc-big']]);
  assert.deepEqual(assignIds([{ keys: ['a#0', 'b#0', 'c#0'] }], previous), ['inc-big']);
});

test('ids: never the same id twice, even when two groups hold reports of one old incident', () => {
  const previous = new Map([['a#0', 'inc-old'], ['b#0', 'inc-old']]);
  const ids = assignIds([{ keys: ['a#0'] }, { keys: ['b#0'] }], previous, new Set([anchorId('b#0')]));
  assert.equal(new Set(ids).size, 2);
  assert.equal(ids[0], 'inc-old');
  assert.equal(ids[1], `${anchorId('b#0')}-2`);
});
