import type { StatsResponse } from '../../src/serve/api-types.ts';
import { fill, formatCount, h, s } from './dom.ts';
import { rovingMarks, titleOf } from './keyboard.ts';
import { periodRange, timeTicks, type Period } from './periods.ts';
import { panelNote } from './status.ts';
import { typeColor } from './type-colors.ts';
import { PLOVER_TYPES } from './plover.ts';

// Events per period, stacked by PLOVER type, on a real time axis.

const W = 720;
const H = 220;
const M = { top: 10, right: 10, bottom: 40, left: 40 };

export function renderTimeline(body: HTMLElement, stats: StatsResponse, onPeriod: (label: string) => void): void {
  const period = stats.period as Period;
  const bars = new Map<string, { range: readonly [number, number]; parts: Map<string, number>; total: number }>();
  let coarse = 0;
  for (const row of stats.rows) {
    const range = periodRange(row.period, period);
    // A month-only date in a by-day table has no day to stand on; it is counted below the chart.
    if (range === null) {
      coarse += row.count;
      continue;
    }
    const bar = bars.get(row.period) ?? { range, parts: new Map(), total: 0 };
    bar.parts.set(row.key, (bar.parts.get(row.key) ?? 0) + row.count);
    bar.total += row.count;
    bars.set(row.period, bar);
  }
  if (bars.size === 0) {
    panelNote(body, 'empty', coarse > 0 ? `${formatCount(coarse)} events have only a month or year as date; none a ${period}.` : 'No dated events match these filters.');
    return;
  }
  const all = [...bars.values()];
  const min = Math.min(...all.map((b) => b.range[0]));
  const max = Math.max(...all.map((b) => b.range[1]));
  const top = Math.max(...all.map((b) => b.total));
  const x = (t: number) => M.left + ((t - min) / (max - min)) * (W - M.left - M.right);
  const y = (n: number) => H - M.bottom - (n / top) * (H - M.top - M.bottom);

  const marks: SVGElement[] = [];
  for (const [label, bar] of bars) {
    let base = 0;
    const x0 = x(bar.range[0]);
    const width = Math.max(1, x(bar.range[1]) - x0 - (x(bar.range[1]) - x0 > 3 ? 1 : 0));
    for (const type of PLOVER_TYPES) {
      const n = bar.parts.get(type);
      if (!n) continue;
      marks.push(s('rect', {
        class: 'bar', 'data-period': label, 'data-type': type, x: x0.toFixed(1), y: y(base + n).toFixed(1), width: width.toFixed(1),
        height: Math.max(0.5, y(base) - y(base + n)).toFixed(1), fill: typeColor(type), onclick: () => onPeriod(label),
      }, s('title', {}, `${label}: ${n} ${type} (of ${bar.total})`)));
      base += n;
    }
  }
  const axis = timeTicks(min, max).map((t) => s('g', { class: 'tick' },
    s('line', { x1: x(t.at), x2: x(t.at), y1: H - M.bottom, y2: H - M.bottom + 4 }),
    s('text', { x: x(t.at), y: H - M.bottom + 16, 'text-anchor': 'middle' }, t.label)));
  rovingMarks(marks, titleOf);
  const types = PLOVER_TYPES.filter((t) => all.some((b) => b.parts.has(t)));
  fill(body,
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline-chart', role: 'group', 'aria-label': `events per ${period} by type: arrow keys move between bars, Enter filters to the period` },
      s('line', { class: 'axis', x1: M.left, x2: W - M.right, y1: H - M.bottom, y2: H - M.bottom }),
      s('text', { class: 'axis-label', x: M.left - 6, y: M.top + 8, 'text-anchor': 'end' }, String(top)),
      s('text', { class: 'axis-label', x: M.left - 6, y: H - M.bottom, 'text-anchor': 'end' }, '0'),
      ...axis, ...marks),
    h('p', { class: 'legend' }, ...types.map((t) => h('span', { class: 'legend-item' }, h('span', { class: 'swatch', style: `background:${typeColor(t)}` }), t))),
    coarse > 0 ? h('p', { class: 'note' }, `${formatCount(coarse)} ${coarse === 1 ? 'event' : 'events'} dated only to a ${period === 'month' ? 'year' : 'month or year'} not drawn.`) : null);
}
