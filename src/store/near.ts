import type { Dialect, SqlPart } from './dialect.ts';
import type { EventFilter } from './store.ts';

const EARTH_KM = 6371.0088;
const KM_PER_DEGREE = 111.32;

// "Within km of (lat, lon)": a bounding box first, which the index on lat narrows to a band, then the
// great-circle (haversine) distance for the exact answer.
export function nearCondition(near: NonNullable<EventFilter['near']>, dialect: Dialect): SqlPart {
  const { lat, lon, km } = near;
  if (!(Number.isFinite(lat) && Math.abs(lat) <= 90 && Number.isFinite(lon) && Math.abs(lon) <= 180 && km > 0 && Number.isFinite(km))) {
    throw new Error(`invalid place radius ${lat},${lon},${km} (expected lat -90–90, lon -180–180, km > 0)`);
  }
  const dLat = km / KM_PER_DEGREE;
  const parts = ['e.lat BETWEEN ? AND ?'];
  const params: number[] = [lat - dLat, lat + dLat];
  const cosLat = Math.cos((Math.abs(lat) + dLat) * Math.PI / 180);
  const dLon = cosLat > 0 ? km / (KM_PER_DEGREE * cosLat) : Infinity;
  // Near a pole or across the antimeridian the longitude box does not hold; the distance alone decides.
  if (lon - dLon >= -180 && lon + dLon <= 180) {
    parts.push('e.lon BETWEEN ? AND ?');
    params.push(lon - dLon, lon + dLon);
  }
  // Rounding can push the haversine term a hair above 1 for antipodes, where asin() would fail.
  const h = `power(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.lat)) * power(sin(radians(e.lon - ?) / 2), 2)`;
  parts.push(`${2 * EARTH_KM} * asin(sqrt(${dialect.least(h, '1.0')})) <= ?`);
  params.push(lat, lat, lon, km);
  return { sql: `(${parts.join(' AND ')})`, params };
}
