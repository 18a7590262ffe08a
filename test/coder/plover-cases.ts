import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventMode } from '../../src/export/event-mode.ts';
import type { Event } from '../../src/schema/event.ts';
import { matchesSpec, participantCodes as names } from '../core/event-spec.ts';
import { T } from './class-fixture.ts';

// The runner the PLOVER class files share: a case passes when the coder gives exactly its events ("TYPE actor>target"),
// where a spec ends in ":mode" with that PLOVER mode (src/export/event-mode.ts; ":" alone asks for no mode) and may add
// "@certainty". A target written "0" asks for none at all ("-" takes any).
const matches = (e: Event, typed: string) => matchesSpec(e, typed.replace(/>0$/, '>-')) && (!typed.endsWith('>0') || names(e, 'target') === '-');

/** One test per case [class name, text, expected specs]. */
export function ploverCases(code: (text: string) => Event[], cases: ReadonlyArray<readonly [string, string, readonly string[]]>): void {
  for (const [name, text, expected] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      const got = events.map((e) => `${e.type}/${eventMode(e).mode || '-'}@${e.provenance.certainty} ${names(e, 'actor')}>${names(e, 'target')} [${e.rules.join(' ')}]`);
      for (const spec of expected) {
        const [rest, certainty] = spec.split('@');
        const [typed, mode] = rest.split(':');
        assert.ok(events.some((e) => matches(e, typed) && (mode === undefined || eventMode(e).mode === mode) && (certainty === undefined || e.provenance.certainty === certainty)), `no ${spec} in ${JSON.stringify(got)}`);
      }
      assert.equal(events.length, expected.length, JSON.stringify(got));
    });
  }
}
