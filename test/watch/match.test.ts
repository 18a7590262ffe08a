import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { groupKey, matches, Match } from '../../src/watch/index.ts';
import { makeIncident, type IncidentSpec } from './make-incident.ts';

// Which incidents a rule counts: each row is [what the rule matches on, the incident, counted?].

const rows: readonly [string, object, IncidentSpec, boolean][] = [
  ['actor prefix USA takes a sub-code', { actors: ['USA'] }, { day: '2024-01-01', actor: 'USAMIL' }, true],
  ['actor prefix USA takes the bare code', { actors: ['USA'] }, { day: '2024-01-01', actor: 'USA' }, true],
  ['actor prefix USA leaves another country', { actors: ['USA'] }, { day: '2024-01-01', actor: 'RUSMIL' }, false],
  ['actor prefix needs an actor', { actors: ['USA'] }, { day: '2024-01-01', actor: null }, false],
  ['a longer prefix is stricter', { actors: ['USAMIL'] }, { day: '2024-01-01', actor: 'USAGOV' }, false],
  ['target prefix', { targets: ['IRN'] }, { day: '2024-01-01', target: 'IRNMIL' }, true],
  ['dyad, forward', { dyad: ['USA', 'IRN'] }, { day: '2024-01-01', actor: 'USAMIL', target: 'IRNGOV' }, true],
  ['dyad, backward', { dyad: ['USA', 'IRN'] }, { day: '2024-01-01', actor: 'IRNMIL', target: 'USA' }, true],
  ['dyad, one side only', { dyad: ['USA', 'IRN'] }, { day: '2024-01-01', actor: 'USAMIL', target: 'IRQ' }, false],
  ['type', { types: ['PROTEST'] }, { day: '2024-01-01', type: 'ASSAULT' }, false],
  ['CAMEO root', { cameo_roots: ['19', '20'] }, { day: '2024-01-01', cameo: '1951' }, true],
  ['CAMEO root, other root', { cameo_roots: ['18'] }, { day: '2024-01-01', cameo: '190' }, false],
  ['country', { countries: ['SYR', 'IRQ'] }, { day: '2024-01-01', country: 'IRQ' }, true],
  ['country, no place', { countries: ['IRQ'] }, { day: '2024-01-01', country: null }, false],
  ['radius, inside', { near: { lat: 33.3, lon: 44.4, km: 50 } }, { day: '2024-01-01', lat: 33.34, lon: 44.4, centroid: false }, true],
  ['radius, outside', { near: { lat: 33.3, lon: 44.4, km: 50 } }, { day: '2024-01-01', lat: 30.5, lon: 47.8, centroid: false }, false],
  ['radius, a centroid is not the spot', { near: { lat: 33, lon: 44, km: 50 } }, { day: '2024-01-01', lat: 33, lon: 44, centroid: true }, false],
  ['claims too (the default) takes a claim', {}, { day: '2024-01-01', asserted: false }, true],
  ['claims too takes an allegation', {}, { day: '2024-01-01', asserted: false, certainty: 'alleged' }, true],
  ['claims too leaves a plan', {}, { day: '2024-01-01', asserted: false, certainty: 'planned' }, false],
  ['claims too leaves a denial', {}, { day: '2024-01-01', asserted: false, certainty: 'denied' }, false],
  ['asserted only leaves a claim', { certainty: 'asserted' }, { day: '2024-01-01', asserted: false }, false],
  ['asserted only takes an outlet\'s own statement', { certainty: 'asserted' }, { day: '2024-01-01', asserted: true }, true],
  ['minimum confidence, below', { min_confidence: 0.7 }, { day: '2024-01-01', confidence: 0.6 }, false],
  ['minimum confidence, at', { min_confidence: 0.7 }, { day: '2024-01-01', confidence: 0.7 }, true],
];

describe('watch: matching incidents', () => {
  for (const [name, match, spec, expected] of rows) {
    it(name, () => assert.equal(matches(makeIncident(spec), Match.parse(match)), expected));
  }

  it('groups by country, actor, and an unordered dyad; a named dyad is one series', () => {
    const i = makeIncident({ day: '2024-01-01', actor: 'USAMIL', target: 'IRNGOV', country: 'IRQ' });
    const j = makeIncident({ day: '2024-01-01', actor: 'IRNGOV', target: 'USAMIL', country: 'IRQ' });
    const none = Match.parse({});
    assert.equal(groupKey(i, 'country', none), 'IRQ');
    assert.equal(groupKey(i, 'actor', none), 'USAMIL');
    assert.equal(groupKey(i, 'dyad', none), groupKey(j, 'dyad', none));
    assert.equal(groupKey(i, 'dyad', Match.parse({ dyad: ['USA', 'IRN'] })), 'USA–IRN');
    assert.equal(groupKey(makeIncident({ day: '2024-01-01', target: null }), 'dyad', none), null);
  });
});
