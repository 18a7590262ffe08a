import type { Event } from '../schema/event.ts';
import { compareFields, extractedValue, goldValue, type FieldName } from './compare-fields.ts';
import type { Counts, DocReport, FieldMismatch, FieldTally } from './eval-report.ts';
import type { GoldDoc } from './gold-doc.ts';
import type { ResolveName } from './names-match.ts';
import { pairEvents } from './pair-events.ts';

export interface DocCounts {
  readonly events: Counts;
  readonly actor: Counts;
  readonly actor_target: Counts;
  readonly date: FieldTally;
  readonly location: FieldTally;
  readonly certainty: FieldTally;
  readonly attribution: FieldTally;
}

const FIELDS: readonly FieldName[] = ['actor', 'target', 'date', 'location', 'certainty', 'attribution'];
// Fields scored as accuracies; actor and target are scored as levels instead.
const TALLIED = ['date', 'location', 'certainty', 'attribution'] as const;
type TalliedField = (typeof TALLIED)[number];

// Scores one document's extracted events against its gold. Gold events whose
// evidence was not found are already reported by the reader; they cannot be
// located, so they are neither matched nor counted as misses.
export function scoreDocument(
  doc: GoldDoc, extracted: readonly Event[], resolveName: ResolveName,
): { readonly report: DocReport; readonly counts: DocCounts } {
  const gold = doc.events.filter((g) => g.span !== null);
  const pairs = pairEvents(gold, extracted, resolveName);
  const matchedExt = new Set(pairs.map((p) => p.extracted));
  const matchedGold = new Set(pairs.map((p) => p.gold));
  // A matched optional event and its partner leave the count entirely.
  const counted = pairs.filter((p) => !gold[p.gold].optional);

  const falsePositives = extracted.filter((_, i) => !matchedExt.has(i));
  const misses = gold.filter((g, i) => !g.optional && !matchedGold.has(i));
  const base = { fp: falsePositives.length, fn: misses.length };

  let actorOk = 0;
  let bothOk = 0;
  const tallies: Record<TalliedField, { correct: number; n: number }> = {
    date: { correct: 0, n: 0 }, location: { correct: 0, n: 0 },
    certainty: { correct: 0, n: 0 }, attribution: { correct: 0, n: 0 },
  };
  const mismatches: FieldMismatch[] = [];
  for (const p of counted) {
    const g = gold[p.gold];
    const ext = extracted[p.extracted];
    const v = compareFields(g, ext, resolveName);
    if (v.actor) actorOk += 1;
    if (v.actor && v.target) bothOk += 1;
    for (const field of TALLIED) {
      const verdict = v[field];
      if (verdict === null) continue;
      tallies[field].n += 1;
      if (verdict) tallies[field].correct += 1;
    }
    for (const field of FIELDS) {
      if (v[field] !== false) continue;
      mismatches.push({
        field, type: g.type, evidence: g.evidence, gold: goldValue(field, g), extracted: extractedValue(field, ext),
      });
    }
  }

  // At the name levels a type-and-evidence match with the wrong names is both a
  // false positive (wrong event output) and a false negative (right event missed).
  const tp = counted.length;
  const counts: DocCounts = {
    events: { tp, ...base },
    actor: { tp: actorOk, fp: base.fp + tp - actorOk, fn: base.fn + tp - actorOk },
    actor_target: { tp: bothOk, fp: base.fp + tp - bothOk, fn: base.fn + tp - bothOk },
    ...tallies,
  };
  const report: DocReport = {
    id: doc.article.id,
    events: counts.events,
    optional_matched: pairs.length - counted.length,
    misses,
    false_positives: falsePositives,
    mismatches,
  };
  return { report, counts };
}
