import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reconcile, type Incident, type LinkedIncident, type Report } from '../../src/incidents/index.ts';
import type { ActorRef } from '../../src/schema/event.ts';
import { groupKey, matches, Match } from '../../src/watch/index.ts';
import { makeReport, type Spec } from '../incidents/make-report.ts';

// Watch rules over incidents whose reports list coordinated participants ("Chad and Cameroon deployed
// forces"): the incident keeps every listed participant (`actors`/`targets`, the reconciled one first) and
// a rule's actors, targets and dyad match any of them; grouping stays on the reconciled participant.

const ref = (code: string): ActorRef => ({ text: code, name: code, code, span: [0, code.length], basis: 'stated' });

function report(spec: Spec, lists: { actors?: string[]; targets?: string[] }, i: number): Report {
  const r = makeReport({ doc: `outlet${i}-x`, ...spec });
  const event = { ...r.event, ...(lists.actors ? { actors: lists.actors.map(ref) } : {}), ...(lists.targets ? { targets: lists.targets.map(ref) } : {}) };
  return { ...r, event };
}

function incidentOf(...reports: Report[]): Incident {
  const linked: LinkedIncident = {
    id: 'inc-test',
    reports: [...reports].sort((a, b) => (a.key < b.key ? -1 : 1)),
    links: new Map(reports.map((r) => [r.key, { rule: 'linked' as const, with: reports[0].key, score: 2, checks: [] }])),
  };
  return reconcile(linked);
}

describe('incident participants', { timeout: 30_000 }, () => {
  it('one report listing two actors: both, the reconciled one first', () => {
    const i = incidentOf(report({ actor: 'TCD', target: 'NGAREB' }, { actors: ['TCD', 'CMR'] }, 0));
    assert.deepEqual(i.actors?.map((p) => p.code), ['TCD', 'CMR']);
    assert.equal(i.targets, undefined, 'one target: no list');
  });

  it('two outlets, one lists the coalition: the union, without repeats', () => {
    const i = incidentOf(
      report({ actor: 'TCD', target: 'NGAREB' }, {}, 0),
      report({ actor: 'TCD', target: 'NGAREB' }, { actors: ['TCD', 'NER', 'CMR'] }, 1),
    );
    assert.deepEqual(i.actors?.map((p) => p.code), ['TCD', 'NER', 'CMR']);
  });

  it('outlets that disagree on one actor give no list (the reconciled actor stays the only one)', () => {
    const i = incidentOf(report({ actor: 'TCD' }, {}, 0), report({ actor: 'CMR' }, {}, 1), report({ actor: 'TCD' }, {}, 2));
    assert.equal(i.actor?.code, 'TCD');
    assert.equal(i.actors, undefined);
  });

  it('two targets: "attacked army and police posts"', () => {
    const i = incidentOf(report({ actor: 'NGAREB', target: 'NGAMIL' }, { targets: ['NGAMIL', 'NGACOP'] }, 0));
    assert.deepEqual(i.targets?.map((p) => p.code), ['NGAMIL', 'NGACOP']);
  });
});

describe('watch rules match any participant', { timeout: 30_000 }, () => {
  const coalition = incidentOf(report({ actor: 'TCD', target: 'NGAREB' }, { actors: ['TCD', 'CMR'] }, 0));
  const raid = incidentOf(report({ actor: 'NGAREB', target: 'NGAMIL' }, { targets: ['NGAMIL', 'NGACOP'] }, 0));
  const rows: readonly [string, object, Incident, boolean][] = [
    ['actors: the second actor', { actors: ['CMR'] }, coalition, true],
    ['actors: a prefix of the second actor', { actors: ['CM'] }, coalition, true],
    ['targets: the second target', { targets: ['NGACOP'] }, raid, true],
    ['targets: a co-actor is not a target', { targets: ['CMR'] }, coalition, false],
    ['dyad with the second actor, forward', { dyad: ['CMR', 'NGAREB'] }, coalition, true],
    ['dyad with the second target, backward', { dyad: ['NGACOP', 'NGAREB'] }, raid, true],
    ['dyad of two co-actors is no dyad', { dyad: ['TCD', 'CMR'] }, coalition, false],
  ];
  for (const [label, match, incident, expected] of rows) {
    it(label, () => assert.equal(matches(incident, Match.parse(match)), expected));
  }

  it('group_by actor keys on the reconciled actor: one series per incident', () => {
    assert.equal(groupKey(coalition, 'actor', Match.parse({ actors: ['CMR'] })), 'TCD');
  });

  it('a stored incident from before the lists (no actors field) matches as before', () => {
    const { actors: _, ...old } = coalition;
    assert.equal(matches(old as Incident, Match.parse({ actors: ['TCD'] })), true);
    assert.equal(matches(old as Incident, Match.parse({ actors: ['CMR'] })), false);
  });
});
