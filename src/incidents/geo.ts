import type { Event, EventLocation } from '../schema/event.ts';

// Places as the linker compares them. The precision that counts is the coarser of the two: a site
// ("Camp Taji") and a city ("Baghdad", 24 km away) may be the same event if they are within the city
// radius; a country-level place (stated, or the article's main country inferred for a sentence with
// no place) says only which country.

export type GeoPrecision = 'site' | 'city' | 'region' | 'country';
export const GEO_PRECISIONS: readonly GeoPrecision[] = ['site', 'city', 'region', 'country'];

/** Farthest apart (km) two places can be and still be one event, by the coarser precision of the pair. */
export const PLACE_RADIUS_KM: Readonly<Record<GeoPrecision, number>> = {
  site: 5,      // two sites: the same compound, not the next base down the road
  city: 30,     // a city and its outskirts ("a base north of Baghdad")
  region: 250,  // a province's centroid and a town in it
  country: Infinity, // only the country has to agree
};

export interface PlacePoint {
  readonly precision: GeoPrecision;
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly id: string | null;
  /** A centroid that stands in for the spot: the article's country for a sentence with no place, or a region/country. */
  readonly centroid: boolean;
}

// An inferred place is the article's main country: it says nothing finer, whatever precision it carries.
export function placePoint(location: EventLocation | null): PlacePoint | null {
  if (location === null) return null;
  const inferred = location.basis === 'inferred';
  const hasPoint = location.lat !== null && location.lon !== null;
  const precision: GeoPrecision = inferred || !hasPoint ? 'country' : location.precision ?? 'city';
  return {
    precision,
    country: location.country,
    lat: location.lat,
    lon: location.lon,
    id: location.id ?? null,
    centroid: inferred || precision === 'region' || precision === 'country',
  };
}

export function coarser(a: GeoPrecision, b: GeoPrecision): GeoPrecision {
  return GEO_PRECISIONS.indexOf(a) >= GEO_PRECISIONS.indexOf(b) ? a : b;
}

const EARTH_KM = 6371;
const RAD = Math.PI / 180;

export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLon = (b.lon - a.lon) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const CAMEO_COUNTRY = /^([A-Z]{3})(?:[A-Z]{3})*$/;

/**
 * The country a report is blocked under: its place's, else that of its target or actor ("Hong Kong
 * police arrested 53 activists" has no place, but HKGCOP says Hong Kong; Boko Haram is a Nigerian
 * group), else ''. Only blocking uses it; the place check still sees no place.
 */
export function blockCountry(event: Pick<Event, 'location' | 'actor' | 'target'>, broader: (code: string) => readonly string[] = () => []): string {
  if (event.location?.country != null) return event.location.country;
  for (const code of [event.target?.code, event.actor?.code]) {
    if (code == null) continue;
    for (const name of [code, ...broader(code)]) {
      const m = CAMEO_COUNTRY.exec(name);
      if (m !== null) return m[1];
    }
  }
  return '';
}
