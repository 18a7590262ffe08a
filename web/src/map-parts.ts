import type { Places, PlacePoint } from '../../src/serve/api-types.ts';
import { fill, formatCount, h } from './dom.ts';
import { goldsteinColor } from './type-colors.ts';

// The map's popup and legend (world-map.ts draws the map itself).

/** The popup of one place, at a fraction (0-1) of the map's width and height. */
export function placePopup(popup: HTMLElement, p: PlacePoint, unit: string, at: { x: number; y: number }, filter: () => void): void {
  const mean = p.goldstein / p.events;
  fill(popup,
    h('button', { type: 'button', class: 'popup-close', 'aria-label': 'close', onclick: () => { popup.hidden = true; } }, '×'),
    h('strong', {}, p.name), p.country ? ` (${p.country})` : '',
    h('div', {}, `${formatCount(p.events)} ${unit}${p.killed ? ` · ${formatCount(p.killed)} killed` : ''} · mean Goldstein ${mean.toFixed(1)}`),
    h('div', { class: 'count' }, p.precision === 'site' || p.precision === 'city' ? p.precision : `${p.precision}: drawn at its centroid`),
    h('button', { type: 'button', class: 'popup-filter', onclick: () => { popup.hidden = true; filter(); } }, `show the ${unit} of this place`));
  popup.style.left = `${(at.x * 100).toFixed(1)}%`;
  popup.style.top = `${(at.y * 100).toFixed(1)}%`;
  popup.hidden = false;
  popup.onkeydown = (e) => {
    if (e.key === 'Escape') popup.hidden = true;
  };
}

const GOLDSTEIN_BINS: readonly [number, string][] = [[-7, '≤ −5 hostile'], [-2, '< 0'], [0, '0'], [2, '< 5'], [7, '≥ 5 cooperative']];

export function mapLegend(places: Places, unit: string, byKilled: boolean): HTMLElement {
  return h('p', { class: 'legend' },
    h('span', { class: 'legend-item' }, h('span', { class: 'dot precise' }), 'site or city'),
    h('span', { class: 'legend-item' }, h('span', { class: 'dot centroid' }), 'country or region (centroid)'),
    h('span', { class: 'legend-item' }, h('span', { class: 'dot cluster' }), 'cluster (click to zoom in)'),
    h('span', { class: 'legend-item' }, `size: ${byKilled ? 'killed' : unit}; colour: mean Goldstein`),
    ...GOLDSTEIN_BINS.map(([value, label]) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: `background:${goldsteinColor(value)}` }), label)),
    places.sampled ? h('span', { class: 'legend-item' }, `the ${formatCount(places.considered)} most recent of ${formatCount(places.total)} ${unit}`) : null);
}
