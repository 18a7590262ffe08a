import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { participantsOf } from '../../src/core/participants.ts';
import type { Event } from '../../src/schema/event.ts';
import { parserTodo } from './parser-known-failures.ts';

// Table tests for text that is no event, shared by test/coder/non-events-*.test.ts. Each row is a sentence
// written for these files and the events it must give, as "TYPE actor>target certainty" (actor/target: a code
// or name fragment, "-" any, "A+B" coordinated participants of one event; certainty optional). The row fails on any other event, so an empty list says the
// sentence holds no event at all, and a row with events says what must still be coded beside the non-event.
const coder = createCoder(loadKnowledge());
export type Row = readonly [sentence: string, expected: readonly string[]];

const who = (a: Event['actor']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();
// every fragment of "A+B" names one of the role's participants, and there are as many of them
const fits = (e: Event, role: 'actor' | 'target', spec: string) => {
  const refs = participantsOf(e, role);
  const parts = spec.split('+');
  return refs.length === parts.length && parts.every((part) => refs.some((r) => who(r).includes(part.toLowerCase())));
};
function matches(e: Event, spec: string): boolean {
  const [type, roles = '-', certainty] = spec.split(' ');
  const [actor, target] = roles.split('>');
  if (e.type !== type || (certainty && e.provenance.certainty !== certainty)) return false;
  if (actor && actor !== '-' && !fits(e, 'actor', actor)) return false;
  return !target || target === '-' || fits(e, 'target', target);
}

export function table(name: string, rows: readonly Row[]): void {
  for (const [sentence, expected] of rows) {
    test(`${name}: ${sentence}`, parserTodo(sentence), () => {
      const events = coder.code({ id: 't', text: sentence, published: '2024-05-10', title: null });
      const got = events.map((e) => `${e.type} ${e.actor?.code ?? e.actor?.name ?? '-'}>${e.target?.code ?? e.target?.name ?? '-'} ${e.provenance.certainty} "${e.trigger.text}" [${e.rules.join(',')}]`);
      assert.equal(events.length, expected.length, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      for (const spec of expected) assert.ok(events.some((e) => matches(e, spec)), `no ${spec} in ${JSON.stringify(got)}`);
    });
  }
}
