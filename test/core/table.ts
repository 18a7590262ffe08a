import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { matchesSpec } from './event-spec.ts';
import { participantsOf, type Role } from '../../src/core/participants.ts';
import { parserTodo } from '../coder/parser-known-failures.ts';

// Table rows for the coder: a sentence and the events it must give, as "TYPE actor>target" where actor and
// target are ISO or group codes, a name fragment, or "-" for none/any; "TCD+CMR" is one event with both as
// coordinated participants (`actors`/`targets`), in that order. The row fails on any other event.
const coder = createCoder(loadKnowledge());

type Row = readonly [sentence: string, expected: readonly string[]];

function code(text: string): Event[] {
  return coder.code({ id: 't', text, published: '2024-05-10', title: null });
}


export function runTable(name: string, rows: readonly Row[]): void {
  for (const [sentence, expected] of rows) {
    test(`${name}: ${sentence}`, parserTodo(sentence), () => {
      const events = code(sentence);
      const names = (e: Event, role: Role) => participantsOf(e, role).map((p) => p.code ?? p.name).join('+') || '-';
      const got = events.map((e) => `${e.type} ${names(e, 'actor')}>${names(e, 'target')} [${e.rules.join(',')}]`);
      assert.equal(events.length, expected.length, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      for (const spec of expected) assert.ok(events.some((e) => matchesSpec(e, spec)), `no ${spec} in ${JSON.stringify(got)}`);
    });
  }
}

