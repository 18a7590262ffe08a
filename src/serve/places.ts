import type { Event } from '../schema/event.ts';
import type { Incident } from '../incidents/index.ts';
import type { PlacePoint, PlacePrecision } from './api-types.ts';

// Events (or incidents) grouped by the place they were geocoded to. A country-level place ("in Iraq") is
// drawn at the country's centroid and must not look like a town, so the precision travels with the point;
// the place id travels too, so a click on the map filters that place and not its whole country.

interface Located {
  readonly id: string | null;
  readonly name: string;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly precision: PlacePrecision;
  readonly goldstein: number;
  readonly killed: number;
}

export class PlaceTally {
  private readonly byPlace = new Map<string, { point: Omit<PlacePoint, 'events' | 'goldstein' | 'killed'>; events: number; goldstein: number; killed: number }>();

  add(item: Located): void {
    if (item.lat === null || item.lon === null) return;
    const key = item.id ?? `${item.name}|${item.lat.toFixed(3)}|${item.lon.toFixed(3)}`;
    const entry = this.byPlace.get(key) ?? {
      point: { id: key, name: item.name, country: item.country, lat: item.lat, lon: item.lon, precision: item.precision },
      events: 0,
      goldstein: 0,
      killed: 0,
    };
    entry.events += 1;
    entry.goldstein += item.goldstein;
    entry.killed += item.killed;
    this.byPlace.set(key, entry);
  }

  points(): PlacePoint[] {
    return [...this.byPlace.values()]
      .map(({ point, events, goldstein, killed }) => ({ ...point, events, goldstein: round(goldstein), killed }))
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  }
}

export function eventPlace(event: Event): Located | null {
  const loc = event.location;
  if (loc === null) return null;
  // Older records lack a precision; a place with coordinates but no grade is most often a town.
  return { id: loc.id ?? null, name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, precision: loc.precision ?? 'city',
    goldstein: event.goldstein, killed: event.numbers?.killed?.min ?? 0 };
}

export function incidentPlace(incident: Incident): Located | null {
  const loc = incident.location;
  if (loc === null) return null;
  const precision: PlacePrecision = loc.geo_precision === 'site' || loc.geo_precision === 'city' || loc.geo_precision === 'region' ? loc.geo_precision : 'country';
  return { id: loc.id, name: loc.name, country: loc.country, lat: loc.lat, lon: loc.lon, precision: loc.centroid && precision !== 'region' ? 'country' : precision,
    goldstein: incident.goldstein, killed: incident.numbers.killed?.value ?? 0 };
}

export function placePoints(events: readonly Event[]): PlacePoint[] {
  const tally = new PlaceTally();
  for (const event of events) {
    const place = eventPlace(event);
    if (place) tally.add(place);
  }
  return tally.points();
}

const round = (n: number) => Math.round(n * 10) / 10;
