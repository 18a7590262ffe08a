import { test } from 'node:test';
import assert from 'node:assert/strict';
import { geoDistance } from 'd3-geo';
import { greatCircleAngle } from '../../src/resolve/great-circle.ts';

// The city chooser compares readings by distance with thresholds (300, 1000, 1500 km): the
// allocation-free angle must be d3-geo's to the last bit, so no choice can move.
test('the great-circle angle is d3-geo geoDistance, bit for bit', () => {
  const points: Array<[number, number]> = [
    [44.3661, 33.3152], [31.2357, 30.0444], [-77.0369, 38.9072], [-84.388, 33.749], [179.9, -16.5], [-179.9, -16.4],
    [0, 0], [0, 90], [0, -90], [36.2765, 33.5138], [35.2137, 31.7683], [30.5234, 50.4501], [36.2304, 49.9935],
  ];
  let seed = 7;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  for (let k = 0; k < 200; k++) points.push([random() * 360 - 180, random() * 180 - 90]);
  for (const a of points) for (const b of points) assert.equal(greatCircleAngle(a[0], a[1], b[0], b[1]), geoDistance(a, b));
});

test('the angle between Baghdad and Cairo is about 1,300 km on the Earth', () => {
  const km = greatCircleAngle(44.3661, 33.3152, 31.2357, 30.0444) * 6371;
  assert.ok(km > 1250 && km < 1350, String(km));
});
