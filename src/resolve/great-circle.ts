// The great-circle angle between two points, computed as d3-geo's geoDistance computes it (the same
// atan2 form, the same operations in the same order, so the same bits), without the arrays, stream
// and Adder that call allocates: ambiguous city names compare every reading with every story place.
const RADIANS = Math.PI / 180;

/** Angle in radians between [lon1, lat1] and [lon2, lat2] (degrees), as d3-geo's geoDistance. */
export function greatCircleAngle(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const lambda0 = lon1 * RADIANS, phi0 = lat1 * RADIANS;
  const sinPhi0 = Math.sin(phi0), cosPhi0 = Math.cos(phi0);
  const lambda = lon2 * RADIANS, phi = lat2 * RADIANS;
  const sinPhi = Math.sin(phi), cosPhi = Math.cos(phi);
  const delta = Math.abs(lambda - lambda0), cosDelta = Math.cos(delta), sinDelta = Math.sin(delta);
  const x = cosPhi * sinDelta;
  const y = cosPhi0 * sinPhi - sinPhi0 * cosPhi * cosDelta;
  const z = sinPhi0 * sinPhi + cosPhi0 * cosPhi * cosDelta;
  return Math.atan2(Math.sqrt(x * x + y * y), z);
}
