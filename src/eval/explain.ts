import type { Event, Span } from '../schema/event.ts';
import type { TraceDrop } from '../core/trace.ts';
import type { GoldEvent } from './gold-doc.ts';
import type { FieldMismatch } from './eval-report.ts';

// `eventlens eval --explain`: why each gold event was missed — how far a trigger of the right type
// got through the pipeline — and which rules made each false event. The furthest stage wins:
// an event of the right type produced (but paired elsewhere) > a right-type trigger dropped >
// an event of another type > a trigger of another type dropped > no trigger at all.

export type MissCause = 'paired-elsewhere' | 'dropped' | 'wrong-type' | 'other-type-dropped' | 'no-trigger';

export interface MissExplanation {
  readonly gold: GoldEvent;
  readonly cause: MissCause;
  /** The reason ids behind the cause, for the summary: "candidate:no-roles", "pattern:verbs.tsv:12 …". */
  readonly reasons: readonly string[];
  readonly lines: readonly string[];
}

export interface FalseExplanation {
  readonly event: Event;
  readonly rules: readonly string[];
  /** Gold events of the same type stated in the same sentence, already matched: the event is a repeat. */
  readonly repeats: readonly GoldEvent[];
  /** Gold events of another type stated in the same sentence: the type is wrong. */
  readonly otherTypes: readonly GoldEvent[];
}

const overlaps = (a: Span, b: Span): boolean => a[0] < b[1] && b[0] < a[1];
const typeFits = (g: GoldEvent, type: string | null): boolean => type !== null && (type === g.type || g.alt_types.includes(type as GoldEvent['type']));
const q = (s: string) => `"${s}"`;
/** "pattern:data/patterns/verbs.tsv:6053 seize|capture|take|…": ids carry every lemma; the head is enough to find the row. */
export const shortRule = (id: string) => (id.length > 72 ? `${id.slice(0, 71)}…` : id);

/** Sentences an event is stated in: its evidence and, after coreference, every mention. */
export function eventSpans(e: Event): Span[] {
  return [e.evidence.span, ...(e.mentions ?? []).map((m) => m.span)];
}
const statedIn = (e: Event, span: Span) => eventSpans(e).some((s) => overlaps(s, span));

export function explainMiss(gold: GoldEvent, extracted: readonly Event[], matched: ReadonlySet<Event>, drops: readonly TraceDrop[]): MissExplanation {
  const span = gold.span;
  if (span === null) return { gold, cause: 'no-trigger', reasons: [], lines: ['evidence not found in the text'] };
  const near = extracted.filter((e) => statedIn(e, span));
  const dropped = drops.filter((d) => overlaps(d.sentence, span));
  const pattern = (e: Event) => e.rules.find((r) => r.startsWith('pattern:')) ?? 'pattern:?';

  const rightEvents = near.filter((e) => typeFits(gold, e.type));
  if (rightEvents.length > 0) {
    return {
      gold, cause: 'paired-elsewhere', reasons: ['paired-with-another-gold-event'],
      lines: rightEvents.map((e) => `event produced, trigger ${q(e.trigger.text)} (${shortRule(pattern(e))}), ${matched.has(e) ? 'but paired with another gold event (one extracted event per gold event)' : 'unpaired'}`),
    };
  }
  const rightDrops = dropped.filter((d) => typeFits(gold, d.type));
  if (rightDrops.length > 0) {
    return {
      gold, cause: 'dropped', reasons: rightDrops.map((d) => d.reason),
      lines: rightDrops.map((d) => `trigger ${q(d.trigger.text)} (${shortRule(d.pattern ?? 'pattern ?')}) found, dropped at ${d.stage} by ${d.reason}`),
    };
  }
  if (near.length > 0) {
    return {
      gold, cause: 'wrong-type', reasons: near.map(pattern),
      lines: near.map((e) => `event produced as ${e.type}, trigger ${q(e.trigger.text)} (${shortRule(pattern(e))}); gold wants ${[gold.type, ...gold.alt_types].join('/')}`),
    };
  }
  if (dropped.length > 0) {
    return {
      gold, cause: 'other-type-dropped', reasons: dropped.map((d) => d.reason),
      lines: dropped.map((d) => `only a trigger of another type: ${q(d.trigger.text)} ${d.type ?? '?'} (${shortRule(d.pattern ?? 'pattern ?')}), dropped at ${d.stage} by ${d.reason}`),
    };
  }
  return { gold, cause: 'no-trigger', reasons: ['no-trigger'], lines: ['no trigger of any type in the evidence sentence (no pattern matched)'] };
}

export function explainFalse(e: Event, gold: readonly GoldEvent[], missed: ReadonlySet<GoldEvent>): FalseExplanation {
  const same = gold.filter((g) => g.span !== null && statedIn(e, g.span));
  return {
    event: e,
    rules: e.rules,
    repeats: same.filter((g) => typeFits(g, e.type) && !missed.has(g)),
    otherTypes: same.filter((g) => !typeFits(g, e.type)),
  };
}

export interface DocExplanation {
  readonly id: string;
  readonly misses: readonly MissExplanation[];
  readonly falses: readonly FalseExplanation[];
  readonly mismatches: readonly FieldMismatch[];
}

/** One document: its gold, everything the coder output, the events left unpaired, and the trace of drops. */
export function explainDocument(
  id: string, gold: readonly GoldEvent[], extracted: readonly Event[], report: { misses: readonly GoldEvent[]; false_positives: readonly Event[]; mismatches: readonly FieldMismatch[] }, drops: readonly TraceDrop[],
): DocExplanation {
  const unpaired = new Set(report.false_positives);
  const matched = new Set(extracted.filter((e) => !unpaired.has(e)));
  const missed = new Set(report.misses);
  return {
    id,
    misses: report.misses.map((g) => explainMiss(g, extracted, matched, drops)),
    falses: report.false_positives.map((e) => explainFalse(e, gold, missed)),
    mismatches: report.mismatches,
  };
}
