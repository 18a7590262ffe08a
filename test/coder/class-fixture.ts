import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { eventMode } from '../../src/export/event-mode.ts';
import { matchesSpec, participantCodes } from '../core/event-spec.ts';

// What the sentence-class test files share: the real coder, a one-article call dated by each file's own default,
// the event a trigger opens, and the timeout every test takes.
const coder = createCoder(loadKnowledge());

/** Codes one text as an article published on `published` (each file picks the default its dates are written for). */
export const coderPublishedOn = (defaultPublished: string) => (text: string, published = defaultPublished, title: string | null = null) => coder.code({ id: 'x', text, published, title });

/** The first event whose trigger starts with `trigger`; fails naming the triggers found. */
export function find(events: Event[], trigger: string): Event {
  const e = events.find((x) => x.trigger.text.startsWith(trigger));
  assert.ok(e, `no event on "${trigger}" in ${events.map((x) => x.trigger.text).join(' / ')}`);
  return e;
}

export const T = { timeout: 60_000 };

/** The PLOVER mode an event is coded with; AID and COOPERATE have no manual modes, so the crosswalk's context
 *  (military, economic, humanitarian) tells them apart. */
export const modeOf = (e: Event) => (e.type === 'AID' || e.type === 'COOPERATE' ? eventMode(e).context.trim() : eventMode(e).mode);

/** One test per text: it codes exactly `count` events of `type`. */
export function expectCount(code: (text: string) => Event[], name: string, type: string, cases: ReadonlyArray<readonly [string, number]>): void {
  for (const [text, count] of cases) {
    test(`${name}: ${text}`, T, () => {
      const got = code(text).map(brief);
      assert.equal(got.filter((b) => b.startsWith(`${type} `)).length, count, JSON.stringify(got));
    });
  }
}

/** One test per case: the event on `trigger` has the type (for types the manual gives no mode). */
export function expectTypes(code: (text: string) => Event[], name: string, cases: ReadonlyArray<readonly [string, string, string]>): void {
  for (const [text, trigger, type] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      assert.equal(find(events, trigger).type, type, JSON.stringify(events.map(brief)));
    });
  }
}

/** One test per case: the event on `trigger` has the type and the mode (modeOf; '' for none). */
export function expectModes(code: (text: string) => Event[], name: string, cases: ReadonlyArray<readonly [string, string, string, string]>): void {
  for (const [text, trigger, type, mode] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      const e = find(events, trigger);
      const got = `${e.type}/${modeOf(e)} (${JSON.stringify(events.map(brief))})`;
      assert.equal(e.type, type, got);
      assert.equal(modeOf(e), mode, got);
    });
  }
}

/** One event in brief: "TYPE actor > target" (texts; null where none). */
export const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;

/** One test per text: it codes every expected brief ("TYPE actor > target", or a bare "TYPE" for any roles). */
export function expectAll(code: (text: string) => Event[], name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>): void {
  for (const [text, expected] of cases) {
    test(`${name}: ${text}`, T, () => {
      const got = code(text).map(brief);
      for (const e of expected) assert.ok(got.some((b) => b === e || !e.includes(' ') && b.startsWith(`${e} `)), `${e} not in ${JSON.stringify(got)}`);
    });
  }
}

/** One test per text: it codes no event of `type`. */
export function expectNone(code: (text: string) => Event[], name: string, type: string, texts: readonly string[]): void {
  for (const text of texts) {
    test(`${name}: ${text}`, T, () => {
      const got = code(text).map(brief);
      assert.ok(!got.some((b) => b.startsWith(`${type} `)), `no ${type} expected in ${JSON.stringify(got)}`);
    });
  }
}

/** One test per case: the event on `trigger` has the actor's and the target's codes (undefined: not checked). */
export function expectCodes(
  code: (text: string) => Event[], name: string,
  cases: ReadonlyArray<readonly [text: string, trigger: string, actor: string | null | undefined, target?: string | null]>,
): void {
  for (const [text, trigger, actor, target] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      const e = find(events, trigger);
      const got = `${e.actor?.code ?? null} > ${e.target?.code ?? null} (${JSON.stringify(events.map(brief))})`;
      if (actor !== undefined) assert.equal(e.actor?.code ?? null, actor, got);
      if (target !== undefined) assert.equal(e.target?.code ?? null, target, got);
    });
  }
}

/**
 * One test per case [name, text, specs]: the coder gives exactly the events of `specs` ("TYPE actor>target", codes or
 * texts as `matchesSpec` reads them), a spec ending in ":mode" asking for that PLOVER mode (src/export/event-mode.ts).
 */
export function expectExactSpecs(code: (text: string) => Event[], cases: ReadonlyArray<readonly [string, string, readonly string[]]>): void {
  for (const [name, text, expected] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text);
      const got = events.map((e) => `${e.type}/${eventMode(e).mode || '-'} ${participantCodes(e, 'actor')}>${participantCodes(e, 'target')} [${e.rules.join(' ')}]`);
      for (const spec of expected) {
        const [typed, mode] = spec.split(':');
        assert.ok(events.some((e) => matchesSpec(e, typed) && (mode === undefined || eventMode(e).mode === mode)), `no ${spec} in ${JSON.stringify(got)}`);
      }
      assert.equal(events.length, expected.length, JSON.stringify(got));
    });
  }
}

/** One test per case: the event on `trigger` is placed at `place` (the location's name; null for none). */
export function expectPlaceNames(code: (text: string) => Event[], name: string, cases: ReadonlyArray<readonly [string, string, string | null]>): void {
  for (const [text, trigger, place] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.location?.name ?? null, place, JSON.stringify(e.location));
    });
  }
}
