import type { Event } from '../schema/event.ts';
import type { PlacePoint, PlacePrecision } from './api-types.ts';

// Events grouped by the place they were geocoded to. A country-level place ("in Iraq") is drawn
// at the country's centroid and must not look like a town, so the precision travels with the point.

export function placePoints(events: readonly Event[]): PlacePoint[] {
  const byPlace = new Map<string, { point: Omit<PlacePoint, 'events' | 'goldstein'>; events: number; goldstein: number }>();
  for (const event of events) {
    const loc = event.location;
    if (loc === null || loc.lat === null || loc.lon === null) continue;
    // Older records lack a precision; a place with coordinates but no grade is most often a town.
    const precision: PlacePrecision = loc.precision ?? 'city';
    const key = loc.id ?? `${loc.name}|${loc.lat.toFixed(3)}|${loc.lon.toFixed(3)}`;
    const entry = byPlace.get(key) ?? {
      point: { name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, precision },
      events: 0,
      goldstein: 0,
    };
    entry.events += 1;
    entry.goldstein += event.goldstein;
    byPlace.set(key, entry);
  }
  return [...byPlace.values()]
    .map(({ point, events, goldstein }) => ({ ...point, events, goldstein: round(goldstein) }))
    .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
}

const round = (n: number) => Math.round(n * 10) / 10;
