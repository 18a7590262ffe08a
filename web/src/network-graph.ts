import type { Network } from '../../src/serve/api-types.ts';
import { rovingMarks, titleOf } from './keyboard.ts';
import { fill, h, s } from './dom.ts';
import { panelNote } from './status.ts';
import { goldsteinColor } from './type-colors.ts';

// Who acts on whom: actors on a circle (most active first, clockwise from the top), one arrow per
// actor→target pair, as thick as its event count and coloured by its mean Goldstein score.
// A circle needs no physics and gives the same picture for the same data every time.

const W = 520;
const H = 440;
const R = 165;

export interface NetworkHandlers {
  readonly actor: (id: string) => void;
  readonly dyad: (source: string, target: string) => void;
}

export function renderNetwork(body: HTMLElement, network: Network, on: NetworkHandlers): void {
  if (network.edges.length === 0) {
    panelNote(body, 'empty', 'No events with both an actor and a target match these filters.');
    return;
  }
  const cx = W / 2;
  const cy = H / 2;
  const at = new Map(network.nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / network.nodes.length - Math.PI / 2;
    return [n.id, { x: cx + R * Math.cos(angle), y: cy + R * Math.sin(angle), angle }] as const;
  }));
  const heaviest = Math.max(...network.edges.map((e) => e.events));
  const maxDegree = Math.max(...network.nodes.map((n) => n.events));
  const edges = network.edges.map((e) => {
    const a = at.get(e.source)!;
    const b = at.get(e.target)!;
    // Bend each arrow to its right, so A→B and B→A are two separate curves.
    const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
    const [dx, dy] = [b.x - a.x, b.y - a.y];
    const d = e.source === e.target
      ? `M${a.x},${a.y} c 30,-40 60,0 0,0`
      : `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${(mx + dy * 0.15).toFixed(1)},${(my - dx * 0.15).toFixed(1)} ${b.x.toFixed(1)},${b.y.toFixed(1)}`;
    const mean = e.goldstein / e.events;
    return s('path', {
      class: 'edge', d, 'stroke-width': (1 + 6 * Math.sqrt(e.events / heaviest)).toFixed(1), stroke: goldsteinColor(mean),
      'marker-end': 'url(#arrow)', 'data-dyad': `${e.source},${e.target}`, onclick: () => on.dyad(e.source, e.target),
    }, s('title', {}, `${e.source} → ${e.target}: ${e.events} events, mean Goldstein ${mean.toFixed(1)} (click: escalation chart)`));
  });
  const nodes = network.nodes.map((n) => {
    const p = at.get(n.id)!;
    const right = Math.cos(p.angle) >= 0;
    return s('g', { class: 'node', 'data-actor': n.id, onclick: () => on.actor(n.id) },
      s('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1), r: (4 + 8 * Math.sqrt(n.events / maxDegree)).toFixed(1) }),
      // Labels sit outside the ring, along the radius, with a halo: no arrow or neighbour covers them.
      s('text', {
        x: (cx + (R + 16) * Math.cos(p.angle)).toFixed(1), y: (cy + (R + 16) * Math.sin(p.angle) + 4).toFixed(1),
        'text-anchor': Math.abs(Math.cos(p.angle)) < 0.2 ? 'middle' : right ? 'start' : 'end',
      }, n.id),
      s('title', {}, `${n.id}: ${n.events} events (click: filter by this actor)`));
  });
  rovingMarks([...nodes, ...edges], titleOf);
  fill(body,
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart network-chart', role: 'group', 'aria-label': 'actor network: arrow keys move between actors and pairs, Enter selects' },
      // Arrow heads in user units: sized by the stroke, a heavy edge would get a huge head.
      s('defs', {}, s('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 22, refY: 5, markerWidth: 9, markerHeight: 9, markerUnits: 'userSpaceOnUse', orient: 'auto' },
        s('path', { d: 'M0,0 L10,5 L0,10 z', fill: '#555' }))),
      s('g', { class: 'edges' }, ...edges), s('g', { class: 'nodes' }, ...nodes)),
    h('p', { class: 'note' }, `The ${network.edges.length} busiest actor → target pairs. Red: hostile, blue: cooperative. Click an arrow for its escalation chart, an actor to filter.`));
}
