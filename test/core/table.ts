import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Table rows for the coder: a sentence and the events it must give, as "TYPE actor>target" where actor and
// target are ISO or group codes, a name fragment, or "-" for none/any. The row fails on any other event.
const coder = createCoder(loadKnowledge());

type Row = readonly [sentence: string, expected: readonly string[]];

function code(text: string): Event[] {
  return coder.code({ id: 't', text, published: '2024-05-10', title: null });
}

const who = (a: Event['actor']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();

function matches(e: Event, spec: string): boolean {
  const [type, roles = '-'] = spec.split(' ');
  const [actor, target] = roles.split('>');
  if (e.type !== type) return false;
  if (actor && actor !== '-' && !who(e.actor).includes(actor.toLowerCase())) return false;
  if (target && target !== '-' && !who(e.target).includes(target.toLowerCase())) return false;
  return true;
}

export function runTable(name: string, rows: readonly Row[]): void {
  for (const [sentence, expected] of rows) {
    test(`${name}: ${sentence}`, () => {
      const events = code(sentence);
      const got = events.map((e) => `${e.type} ${e.actor?.code ?? e.actor?.name ?? '-'}>${e.target?.code ?? e.target?.name ?? '-'} [${e.rules.join(',')}]`);
      assert.equal(events.length, expected.length, `expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
      for (const spec of expected) assert.ok(events.some((e) => matches(e, spec)), `no ${spec} in ${JSON.stringify(got)}`);
    });
  }
}

