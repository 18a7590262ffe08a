import type { StatsResponse } from '../../src/serve/api-types.ts';
import { fill, h, s } from './dom.ts';
import { periodRange, timeTicks, type Period } from './periods.ts';
import { panelNote } from './status.ts';

// The Goldstein series of one dyad: the sum of Goldstein scores per period, GDELT-style. Below zero
// the pair is in conflict; a falling line is an escalation.

const W = 720;
const H = 200;
const M = { top: 12, right: 10, bottom: 36, left: 44 };

export function renderEscalation(body: HTMLElement, stats: StatsResponse, dyadLabel: string): void {
  const points = stats.rows
    .map((r) => ({ r, range: periodRange(r.period, stats.period as Period) }))
    .filter((p): p is { r: (typeof stats.rows)[number]; range: readonly [number, number] } => p.range !== null)
    .sort((a, b) => a.range[0] - b.range[0]);
  if (points.length === 0) {
    const coarse = stats.rows.reduce((n, r) => n + r.count, 0);
    panelNote(body, 'empty', coarse > 0
      ? `The ${coarse} events between ${dyadLabel} are dated only to a month or year: too coarse for a per-${stats.period} chart.`
      : `No dated events between ${dyadLabel} under these filters.`);
    return;
  }
  // One period of margin on each side, so a lone point is not stretched over the whole width.
  const pad = points[0].range[1] - points[0].range[0];
  const min = points[0].range[0] - pad;
  const max = points.at(-1)!.range[1] + pad;
  const values = points.map((p) => p.r.goldstein);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const x = (t: number) => M.left + ((t - min) / (max - min)) * (W - M.left - M.right);
  const y = (v: number) => M.top + ((hi - v) / span) * (H - M.top - M.bottom);
  const mid = (p: (typeof points)[number]) => x((p.range[0] + p.range[1]) / 2);
  // A period without events is a gap in the line, not a slope: joining the points across it would draw
  // steady conflict through weeks when nothing was reported. (A day of slack covers month lengths and DST.)
  const joined = (i: number) => i > 0 && points[i].range[0] - points[i - 1].range[1] < 86_400_000;
  const line = points.map((p, i) => `${joined(i) ? 'L' : 'M'}${mid(p).toFixed(1)},${y(p.r.goldstein).toFixed(1)}`).join(' ');
  fill(body,
    s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart escalation-chart', role: 'img', 'aria-label': `Goldstein sum per ${stats.period}, ${dyadLabel}` },
      s('line', { class: 'zero', x1: M.left, x2: W - M.right, y1: y(0), y2: y(0) }),
      s('text', { class: 'axis-label', x: M.left - 6, y: y(hi) + 4, 'text-anchor': 'end' }, hi.toFixed(0)),
      s('text', { class: 'axis-label', x: M.left - 6, y: y(0) + 4, 'text-anchor': 'end' }, '0'),
      s('text', { class: 'axis-label', x: M.left - 6, y: y(lo) + 4, 'text-anchor': 'end' }, lo.toFixed(0)),
      ...timeTicks(min, max, 4).map((t) => s('text', { class: 'axis-label', x: x(t.at), y: H - 12, 'text-anchor': 'middle' }, t.label)),
      ...points.map((p) => {
        const [x0, x1] = [x(p.range[0]), x(p.range[1])];
        const width = Math.max(1, Math.min(40, x1 - x0 - 1));
        const top = Math.min(y(0), y(p.r.goldstein));
        return s('rect', { class: `gbar ${p.r.goldstein < 0 ? 'neg' : 'pos'}`, x: (mid(p) - width / 2).toFixed(1), y: top.toFixed(1), width: width.toFixed(1), height: Math.max(0.5, Math.abs(y(p.r.goldstein) - y(0))).toFixed(1) });
      }),
      s('path', { class: 'series', d: line }),
      ...points.map((p) => s('circle', {
        class: `point ${p.r.goldstein < 0 ? 'neg' : 'pos'}`, cx: mid(p).toFixed(1), cy: y(p.r.goldstein).toFixed(1), r: 3.5,
      }, s('title', {}, `${p.r.period}: ${p.r.count} events, Goldstein sum ${p.r.goldstein.toFixed(1)}`)))),
    h('p', { class: 'note' }, `Goldstein sum per ${stats.period}, both directions of ${dyadLabel}; −10 is war, +10 military aid.`));
}
