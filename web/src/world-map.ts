import { geoNaturalEarth1, geoPath, type GeoProjection } from 'd3-geo';
import { select } from 'd3-selection';
import { zoom as d3zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { feature } from 'topojson-client';
import type { FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import type { Places, PlacePoint } from '../../src/serve/api-types.ts';
import { fill, formatCount, h, s } from './dom.ts';
import { rovingMarks, titleOf } from './keyboard.ts';
import { clusterPlaces, type MapItem } from './map-clusters.ts';
import { mapLegend, placePopup } from './map-parts.ts';
import { panelNote } from './status.ts';
import { goldsteinColor } from './type-colors.ts';

// Geocoded events on a world map drawn from the bundled world-atlas outlines (no tiles, no network):
// d3-zoom pans and zooms the SVG (wheel, drag, pinch, the +/− buttons, or + and − keys), supercluster
// merges nearby places at low zoom. A place known only as a country or region is a dashed ring at its
// centroid, so it does not pass for a town; sites and cities are solid dots. A click opens a popup.

const W = 720;
const H = 380;
const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

export interface MapHandlers {
  /** Filter to one place by its id. */
  readonly place: (placeId: string) => void;
}

let sizeByKilled = false;

export function renderMap(body: HTMLElement, places: Places, on: MapHandlers): void {
  if (places.items.length === 0) {
    panelNote(body, 'empty', places.total === 0 ? 'No events match these filters.' : `None of the ${formatCount(places.total)} matching events has a geocoded place.`);
    return;
  }
  const projection = fitTo(places.items);
  const path = geoPath(projection);
  // The web-map zoom level of the fitted view: the world is 2π·scale px wide, 256 px at zoom 0.
  const baseZoom = Math.log2((2 * Math.PI * projection.scale()) / 256);
  const clusters = clusterPlaces(places.items);
  const unit = places.unit === 'incident' ? 'incidents' : 'events';
  const land = s('g', { class: 'land' }, ...countries.features.map((f) => s('path', { d: path(f) ?? '' }, s('title', {}, f.properties.name))));
  const marksLayer = s('g', { class: 'marks' });
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart map-chart', role: 'group', 'aria-label': `map of ${unit} by place: arrow keys move between marks, Enter opens one, + and − zoom` },
    s('rect', { class: 'sea', x: 0, y: 0, width: W, height: H }), land, marksLayer);
  const popup = h('div', { class: 'map-popup', hidden: true, role: 'dialog', 'aria-label': 'place' });
  const top = Math.max(...places.items.map((p) => (sizeByKilled ? p.killed : p.events)), 1);
  let transform: ZoomTransform = zoomIdentity;

  const draw = () => {
    land.setAttribute('transform', transform.toString());
    land.style.setProperty('--k', String(transform.k));
    const items = clusters.at(baseZoom + Math.log2(transform.k));
    // larger circles first, so a small mark is never hidden under a larger one (a city under its country's centroid)
    const ordered = items.sort((a, b) => radius(b) - radius(a));
    const marks = ordered.flatMap((item) => mark(item));
    marksLayer.replaceChildren(...marks);
    rovingMarks(marks, titleOf);
    svg.setAttribute('data-zoom', (baseZoom + Math.log2(transform.k)).toFixed(2));
  };
  const radius = (item: MapItem): number => {
    const t = totals(item);
    const size = sizeByKilled ? t.killed : t.events;
    if (item.kind === 'cluster') return 9 + 14 * Math.sqrt(size / top);
    const precise = item.place.precision === 'site' || item.place.precision === 'city';
    return (precise ? 3 : 6) + 12 * Math.sqrt(size / top);
  };
  const mark = (item: MapItem): SVGElement[] => {
    const lonLat: [number, number] = item.kind === 'place' ? [item.place.lon, item.place.lat] : [item.lon, item.lat];
    const xy = projection(lonLat);
    if (!xy) return [];
    const [x, y] = transform.apply(xy);
    if (x < -20 || y < -20 || x > W + 20 || y > H + 20) return [];
    const t = totals(item);
    if (item.kind === 'cluster') {
      const r = radius(item);
      return [s('g', {
        class: 'place-mark cluster', transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`, style: `--c:${goldsteinColor(t.goldstein / t.events)}`,
        'data-places': item.places, onclick: () => zoomTo(item.lon, item.lat, clusters.expansionZoom(item.id)),
      }, s('circle', { r: r.toFixed(1) }), s('text', { 'text-anchor': 'middle', dy: '0.35em' }, formatCount(t.events)),
      s('title', {}, `${item.places} places, ${formatCount(t.events)} ${unit}${t.killed ? `, ${formatCount(t.killed)} killed` : ''} (click: zoom in)`))];
    }
    const p = item.place;
    const precise = p.precision === 'site' || p.precision === 'city';
    return [s('circle', {
      class: `place-mark ${precise ? 'precise' : 'centroid'} precision-${p.precision}`,
      cx: x.toFixed(1), cy: y.toFixed(1), r: radius(item).toFixed(1),
      style: `--c:${goldsteinColor(p.goldstein / p.events)}`,
      'data-place': p.name, 'data-place-id': p.id,
      onclick: () => openPopup(p, x, y),
    }, s('title', {}, `${p.name}${p.country ? `, ${p.country}` : ''}: ${p.events} ${unit}${p.killed ? `, ${p.killed} killed` : ''} (${p.precision}${precise ? '' : ' centroid'}), mean Goldstein ${(p.goldstein / p.events).toFixed(1)}`))];
  };
  const openPopup = (p: PlacePoint, x: number, y: number) => {
    placePopup(popup, p, unit, { x: x / W, y: y / H }, () => on.place(p.id));
    popup.querySelector<HTMLElement>('button')?.focus();
  };

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    .scaleExtent([1, 256])
    .translateExtent([[-W, -H], [2 * W, 2 * H]])
    .on('zoom', (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      popup.hidden = true;
      draw();
    });
  const selection = select(svg as SVGSVGElement).call(behaviour);
  const zoomBy = (factor: number) => behaviour.scaleBy(selection, factor);
  const zoomTo = (lon: number, lat: number, level: number) => {
    const [x, y] = projection([lon, lat]) ?? [W / 2, H / 2];
    const k = Math.min(256, Math.max(1, 2 ** (level - baseZoom + 0.01)));
    behaviour.transform(selection, zoomIdentity.translate(W / 2, H / 2).scale(k).translate(-x, -y));
  };
  svg.addEventListener('keydown', (e) => {
    if (e.key === '+' || e.key === '=') zoomBy(2);
    else if (e.key === '-') zoomBy(0.5);
  });
  draw();
  const killedToggle = h('input', { type: 'checkbox', checked: sizeByKilled, onchange: () => {
    sizeByKilled = killedToggle.checked;
    renderMap(body, places, on);
  } });
  fill(body,
    h('div', { class: 'map-tools' },
      h('button', { type: 'button', class: 'zoom-in', 'aria-label': 'zoom in', onclick: () => zoomBy(2) }, '+'),
      h('button', { type: 'button', class: 'zoom-out', 'aria-label': 'zoom out', onclick: () => zoomBy(0.5) }, '−'),
      h('button', { type: 'button', class: 'zoom-reset', onclick: () => behaviour.transform(selection, zoomIdentity) }, 'reset'),
      h('label', {}, killedToggle, ' size by killed')),
    h('div', { class: 'map-frame' }, svg, popup),
    mapLegend(places, unit, sizeByKilled));
}

const totals = (item: MapItem) => (item.kind === 'cluster' ? item.totals : item.place);

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
