import type { EvalReport } from './eval-report.ts';
import type { GoldItem } from './gold-doc.ts';

// The dev set's headline numbers, flat, as `npm run eval:dev` prints them and the
// floor file (test/dev-floor.json) bounds them. Control articles are the gold
// documents with no event at all (science, markets, sport): every event coded
// there is false, so their count is bounded from above, not below.

const SCORED = ['events_precision', 'events_recall', 'events_f1', 'actor_f1', 'actor_target_f1', 'date', 'place', 'certainty'] as const;
type Scored = { readonly [K in (typeof SCORED)[number]]: number };

export interface DevScores extends Scored {
  readonly control_articles: number;
  readonly control_events: number;
}

/** Lower bounds on the scores, and an upper bound on the events coded on control articles. */
export interface DevFloor extends Scored {
  readonly control_events_max: number;
}

export function devScores(items: readonly GoldItem[], report: EvalReport): DevScores {
  const controls = new Set(items.flatMap((i) => (i.kind === 'gold-doc' && i.events.length === 0 ? [i.article.id] : [])));
  const controlDocs = report.docs.filter((d) => controls.has(d.id));
  return {
    events_precision: report.events.precision,
    events_recall: report.events.recall,
    events_f1: report.events.f1,
    actor_f1: report.actor.f1,
    actor_target_f1: report.actor_target.f1,
    date: report.date.accuracy,
    place: report.location.accuracy,
    certainty: report.certainty.accuracy,
    control_articles: controlDocs.length,
    control_events: controlDocs.reduce((n, d) => n + d.false_positives.length, 0),
  };
}

/** Today's scores rounded down to 2 decimals: the floor a change must not go under. */
export function floorOf(s: DevScores): DevFloor {
  const down = (x: number) => Math.floor(x * 100 + 1e-9) / 100;
  return {
    ...Object.fromEntries(SCORED.map((k) => [k, down(s[k])])) as Record<(typeof SCORED)[number], number>,
    control_events_max: s.control_events,
  };
}

/** One line per score under its floor (or control events over their ceiling); empty when all hold. */
export function belowFloor(s: DevScores, floor: DevFloor, epsilon = 0.0005): string[] {
  const out: string[] = [];
  for (const k of SCORED) if (s[k] < floor[k] - epsilon) out.push(`${k} ${s[k].toFixed(4)} < floor ${floor[k]}`);
  if (s.control_events > floor.control_events_max) out.push(`control_events ${s.control_events} > ceiling ${floor.control_events_max}`);
  return out;
}

export function formatDevScores(s: DevScores): string {
  const f = (x: number) => x.toFixed(4);
  return [
    `events        P ${f(s.events_precision)}  R ${f(s.events_recall)}  F1 ${f(s.events_f1)}`,
    `actor         F1 ${f(s.actor_f1)}`,
    `actor+target  F1 ${f(s.actor_target_f1)}`,
    `date          ${f(s.date)}`,
    `place         ${f(s.place)}`,
    `certainty     ${f(s.certainty)}`,
    `controls      ${s.control_events} event(s) on ${s.control_articles} non-political article(s)`,
  ].join('\n');
}
