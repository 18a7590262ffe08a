import assert from 'node:assert/strict';
import type { ActorRef, Certainty, Event, PloverType, Span } from '../../src/schema/event.ts';
import type { GoldDoc } from '../../src/eval/index.ts';
import { parseGoldLine } from '../../src/eval/index.ts';

// Small builders for eval tests: events are located by a quoted substring of the
// text, so a row reads like the sentence it is about.

export function spanOf(text: string, phrase: string): Span {
  const at = text.indexOf(phrase);
  assert.ok(at >= 0, `test setup: "${phrase}" not in text`);
  return [at, at + phrase.length];
}

export function ref(name: string, code: string | null = null, text = name): ActorRef {
  return { text, name, code, span: [0, 0] };
}

export interface EventSpec {
  readonly type: PloverType;
  /** Substring of the text used as the event's evidence sentence. */
  readonly evidence: string;
  /** Substring used as trigger; defaults to the first word of the evidence. */
  readonly trigger?: string;
  readonly actor?: ActorRef | null;
  readonly target?: ActorRef | null;
  readonly date?: string | null;
  readonly location?: string | null;
  readonly certainty?: Certainty;
  readonly source?: ActorRef | 'outlet';
}

export function makeEvent(text: string, s: EventSpec): Event {
  const trigger = s.trigger ?? s.evidence.split(' ')[0];
  const evidence = spanOf(text, s.evidence);
  const tAt = text.indexOf(trigger, evidence[0]);
  return {
    doc_id: 'd',
    type: s.type,
    cameo: '19',
    goldstein: 0,
    quad_class: 4,
    actor: s.actor ?? null,
    target: s.target ?? null,
    date: s.date == null ? null : { value: s.date, precision: 'day', text: s.date, span: null },
    location: s.location == null ? null
      : { text: s.location, name: s.location, country: null, lat: null, lon: null, span: [0, 0] },
    provenance: { source: s.source ?? 'outlet', reporting_verb: null, certainty: s.certainty ?? 'asserted', quote: null },
    trigger: { text: trigger, span: [tAt, tAt + trigger.length] },
    evidence: { sentence: s.evidence, span: evidence },
    confidence: 1,
    rules: ['test'],
  };
}

export type GoldSpec = Readonly<Record<string, unknown>> & { readonly type: string; readonly evidence: string };

// Fills the keys the gold format requires, then goes through the real parser.
export function goldLine(id: string, text: string, events: readonly GoldSpec[]): string {
  const full = events.map((e) => ({
    actor: null, target: null, date: null, location: null, attributed_to: null, ...e,
  }));
  return JSON.stringify({ id, published: '2020-04-02', title: null, text, gold: { events: full, entities: {} } });
}

export function goldDoc(id: string, text: string, events: readonly GoldSpec[]): GoldDoc {
  const item = parseGoldLine(goldLine(id, text, events), 'test.jsonl', 1);
  if (item.kind === 'line-error') throw new Error(`test setup: ${item.message}`);
  return item;
}
