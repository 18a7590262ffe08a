import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Places, PlacePoint } from '../../src/serve/api-types.ts';
import { fill, formatCount, h, s } from './dom.ts';
import { panelNote } from './status.ts';
import { goldsteinColor } from './type-colors.ts';

// Geocoded events on a world map drawn from the bundled world-atlas outlines (no tiles, no network).
// A place known only as a country or region is drawn at its centroid as a dashed ring, so it does
// not pass for a town; sites and cities are solid dots.

const W = 720;
const H = 380;
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

export function renderMap(body: HTMLElement, places: Places, onPlace: (placeId: string) => void): void {
  if (places.items.length === 0) {
    panelNote(body, 'empty', places.total === 0 ? 'No events match these filters.' : `None of the ${formatCount(places.total)} matching events has a geocoded place.`);
    return;
  }
  const projection = fitTo(places.items);
  const path = geoPath(projection);
  const top = Math.max(...places.items.map((p) => p.events));
  const radius = (n: number, precise: boolean) => (precise ? 3 : 6) + 12 * Math.sqrt(n / top);
  // Big rings first, so small dots on top stay clickable.
  const ordered = [...places.items].sort((a, b) => b.events - a.events);
  const marks = ordered.flatMap((p) => {
    const xy = projection([p.lon, p.lat]);
    if (!xy) return [];
    const precise = p.precision === 'site' || p.precision === 'city';
    const mean = p.goldstein / p.events;
    return [s('circle', {
      class: `place-mark ${precise ? 'precise' : 'centroid'} precision-${p.precision}`,
      cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: radius(p.events, precise).toFixed(1),
      style: `--c:${goldsteinColor(mean)}`,
      'data-place': p.name,
      'data-place-id': p.id,
      onclick: () => onPlace(p.id),
    }, s('title', {}, `${p.name}${p.country ? `, ${p.country}` : ''} — ${p.events} events (${p.precision}${precise ? '' : ' centroid'}), mean Goldstein ${mean.toFixed(1)}`))];
  });
  fill(body,
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart map-chart', role: 'img', 'aria-label': 'map of event places' },
      s('rect', { class: 'sea', x: 0, y: 0, width: W, height: H }),
      s('g', { class: 'land' }, ...countries.features.map((f) => s('path', { d: path(f) ?? '' }, s('title', {}, f.properties.name)))),
      s('g', { class: 'marks' }, ...marks)),
    h('p', { class: 'legend' },
      h('span', { class: 'legend-item' }, h('span', { class: 'dot precise' }), 'site or city'),
      h('span', { class: 'legend-item' }, h('span', { class: 'dot centroid' }), 'country or region (centroid)'),
      h('span', { class: 'legend-item' }, 'size: events; colour: mean Goldstein'),
      places.sampled ? h('span', { class: 'legend-item' }, `the ${formatCount(places.considered)} most recent of ${formatCount(places.total)} events`) : null));
}

// Zooms to the places, with at least a country's worth of margin, instead of always showing the world.
function fitTo(points: readonly PlacePoint[]): GeoProjection {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  let [west, east, south, north] = [Math.min(...lons) - 6, Math.max(...lons) + 6, Math.min(...lats) - 5, Math.max(...lats) + 5];
  const grow = (lo: number, hi: number, min: number) => (hi - lo >= min ? [lo, hi] : [(lo + hi) / 2 - min / 2, (lo + hi) / 2 + min / 2]);
  [west, east] = grow(west, east, 40);
  [south, north] = grow(south, north, 24);
  const corners = {
    type: 'MultiPoint' as const,
    coordinates: [[Math.max(-180, west), Math.max(-85, south)], [Math.min(180, east), Math.min(85, north)], [Math.max(-180, west), Math.min(85, north)], [Math.min(180, east), Math.max(-85, south)]],
  };
  return geoNaturalEarth1().fitExtent([[10, 10], [W - 10, H - 10]], corners);
}
