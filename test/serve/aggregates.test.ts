import { test } from 'node:test';
import assert from 'node:assert/strict';
import { networkFromDyads } from '../../src/serve/network.ts';
import { placePoints } from '../../src/serve/places.ts';
import type { Event, EventLocation } from '../../src/schema/event.ts';

// The two aggregations the server does itself: places from event records, the network from dyad stats.

const at = (location: EventLocation | null, goldstein = -10) => ({ location, goldstein }) as unknown as Event;
const place = (name: string, precision: EventLocation['precision'], lat: number | null = 1, lon: number | null = 2, id?: string): EventLocation =>
  ({ text: name, name, country: 'IRQ', lat, lon, span: [0, 1], precision, ...(id ? { id } : {}) });

test('placePoints: grouped by place, precision kept, ungeocoded skipped, busiest first', () => {
  const points = placePoints([
    at(place('Iraq', 'country', 33, 44, 'IRQ')), at(place('Iraq', 'country', 33, 44, 'IRQ'), 2),
    at(place('Baghdad', 'city', 33.3, 44.4)), at(place('Nowhere', 'city', null, null)), at(null),
    at(place('Old record', undefined, 30, 40)),
  ]);
  assert.deepEqual(points.map((p) => [p.name, p.precision, p.events, p.goldstein]), [
    ['Iraq', 'country', 2, -8], ['Baghdad', 'city', 1, -10], ['Old record', 'city', 1, -10],
  ]);
});

test('networkFromDyads: periods summed, edges without both ends dropped, heaviest kept', () => {
  const rows = [
    { period: '2025-01', key: 'RWA→COD', count: 3, goldstein: -30 },
    { period: '2025-02', key: 'RWA→COD', count: 2, goldstein: -20 },
    { period: '2025-01', key: 'COD→RWA', count: 1, goldstein: -4 },
    { period: '2025-01', key: 'UN→RWA', count: 1, goldstein: 3 },
    { period: '2025-01', key: '→COD', count: 9, goldstein: 0 },
    { period: '2025-01', key: 'COD→', count: 9, goldstein: 0 },
    { period: '2025-01', key: 'm23→—', count: 9, goldstein: 0 },
  ];
  const net = networkFromDyads(rows, 2);
  assert.deepEqual(net.edges, [
    { source: 'RWA', target: 'COD', events: 5, goldstein: -50 },
    { source: 'COD', target: 'RWA', events: 1, goldstein: -4 },
  ]);
  assert.deepEqual(net.nodes, [{ id: 'COD', events: 6 }, { id: 'RWA', events: 6 }]);
});
