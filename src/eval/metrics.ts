import type { Counts, FieldScore, FieldTally, LevelScore } from './eval-report.ts';

// Undefined ratios (nothing extracted, nothing annotated) are reported as 0 so the
// JSON always holds numbers; the raw counts next to them tell the two cases apart.
const ratio = (num: number, den: number): number => (den === 0 ? 0 : num / den);

export function levelScore(c: Counts): LevelScore {
  const precision = ratio(c.tp, c.tp + c.fp);
  const recall = ratio(c.tp, c.tp + c.fn);
  return { precision, recall, f1: ratio(2 * precision * recall, precision + recall), tp: c.tp, fp: c.fp, fn: c.fn };
}

export function fieldScore(t: FieldTally): FieldScore {
  return { accuracy: ratio(t.correct, t.n), correct: t.correct, n: t.n };
}

export const addCounts = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
export const addTally = (a: FieldTally, b: FieldTally): FieldTally => ({ correct: a.correct + b.correct, n: a.n + b.n });
export const ZERO_COUNTS: Counts = { tp: 0, fp: 0, fn: 0 };
export const ZERO_TALLY: FieldTally = { correct: 0, n: 0 };
