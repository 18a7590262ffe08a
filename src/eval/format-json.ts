import type { EvalReport, FieldScore, LevelScore } from './eval-report.ts';

// The machine-readable contract of `eventlens eval --json`: fixed keys in a fixed
// order, no diagnostics, so scores can be diffed and tracked across commits.

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

const level = (s: LevelScore) => ({
  precision: round(s.precision), recall: round(s.recall), f1: round(s.f1), tp: s.tp, fp: s.fp, fn: s.fn,
});
const field = (s: FieldScore) => ({ accuracy: round(s.accuracy), n: s.n });

export function formatJson(report: EvalReport): string {
  return JSON.stringify({
    documents: report.documents,
    events: level(report.events),
    actor: level(report.actor),
    actor_target: level(report.actor_target),
    date: field(report.date),
    location: field(report.location),
    certainty: field(report.certainty),
  });
}
