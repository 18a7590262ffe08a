import type { Event, PloverType, Span } from '../schema/event.ts';
import type { Sentence, Token } from '../nlp/types.ts';

// An optional diagnostics sink for the coder: every trigger or event that the pipeline drops is
// reported with the stage and a named reason, so `eventlens eval --explain` can say why a gold
// event was missed. Off by default; when off, the coder makes no record at all.

/** Where in the pipeline a candidate was dropped. */
export type TraceStage = 'trigger' | 'candidate' | 'certainty' | 'assemble' | 'refiner';

export interface TraceDrop {
  readonly stage: TraceStage;
  /** A named reason: "trigger:inside-name", "candidate:governed-by-REQUEST", "certainty:negated:not", "refiner:dedupe". */
  readonly reason: string;
  readonly sentence: Span;
  readonly trigger: { readonly text: string; readonly span: Span };
  /** The pattern id that found the trigger ("verbs.tsv:42 fire rocket at"); null for a dropped event whose pattern is in `rules`. */
  readonly pattern: string | null;
  /** The PLOVER type the trigger would have coded. */
  readonly type: PloverType | null;
}

export type TraceSink = (drop: TraceDrop) => void;

/** What the coder knows about a trigger when it drops it. */
export interface DroppedTrigger {
  readonly start: number;
  readonly end: number;
  readonly pattern: { readonly id: string };
}

/**
 * `drop(reason, trigger, type)` for one sentence, or null when tracing is off — call it as
 * `drop?.(...)` at each exit of the sentence loop, so the untraced coder does no work.
 */
export function sentenceDropper(sink: TraceSink | undefined, tokens: readonly Token[], text: string, sentence: Sentence) {
  if (!sink) return null;
  return (stage: TraceStage, reason: string, tr: DroppedTrigger, type: PloverType | null | undefined): void => {
    const span: Span = [tokens[tr.start].start, tokens[tr.end - 1].end];
    sink({ stage, reason, sentence: [sentence.start, sentence.end], trigger: { text: text.slice(span[0], span[1]), span }, pattern: tr.pattern.id, type: type ?? null });
  };
}

/** Reports every event a refiner removed (merged into another, or dropped) under the refiner's name. */
export function traceRefiner(sink: TraceSink | undefined, name: string, refine: (events: readonly Event[]) => Event[]): (events: readonly Event[]) => Event[] {
  if (!sink) return refine;
  return (events) => {
    const out = refine(events);
    const kept = new Set(out);
    const survivors = new Set(out.map(eventKey));
    for (const e of events) {
      if (kept.has(e) || survivors.has(eventKey(e))) continue;
      sink({ stage: 'refiner', reason: `refiner:${name}`, sentence: e.evidence.span, trigger: e.trigger, pattern: e.rules.find((r) => r.startsWith('pattern:'))?.slice(8) ?? null, type: e.type });
    }
    return out;
  };
}

// An event a refiner only annotated (same trigger, type, actor and target) is not a drop.
const eventKey = (e: Event) => [e.trigger.span[0], e.type, e.actor?.code ?? e.actor?.text, e.target?.code ?? e.target?.text].join('|');
