import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Event } from '../../src/schema/event.ts';
import { brief, coderPublishedOn, find, T } from './class-fixture.ts';

// Session 27 place and date classes, on sentences written for this file, with negatives that must not change.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const placeOf = (e: Event) => e.location?.name ?? null;
/** One test per [text, trigger, place name or null]. */
function expectPlaces(name: string, cases: ReadonlyArray<readonly [string, string, string | null]>, published?: string): void {
  for (const [text, trigger, expected] of cases) {
    test(`${name}: ${text}`, T, () => {
      const events = code(text, published);
      const e = find(events, trigger);
      assert.equal(placeOf(e), expected, `${JSON.stringify(e.location)} ${JSON.stringify(events.map(brief))}`);
    });
  }
}

// "The strike sparked condemnation from Egypt": a country after the "from" of a statement's or reaction's noun
// (condemnation, criticism, warning: a one-word noun pattern of quad class 1 or 3, core/topic-places.ts isVerbalActNoun)
// names who reacted, not where the act it reacts to happened (core/event-place.ts, rule place:reaction-source; the
// "offer of talks from Washington" filter, resolve/proposer.ts, with the wider nouns).
expectPlaces('who reacted is no place of the act', [
  ['Israel\'s strike on a school in the north sparked condemnation from Egypt on Tuesday.', 'strike', null],
  ['The bombing of the market killed 12 people and drew condemnation from France.', 'killed', null],
  ['Militants stormed a police station on Sunday, drawing condemnation from Pakistan.', 'stormed', null],
]);
expectPlaces('a place stated for the act stays beside who reacted', [
  ['Militants fired rockets from Gaza on Sunday, drawing condemnation from Egypt.', 'fired', 'Gaza'],
  ['Rebels from Darfur attacked a town in Kordofan on Monday, drawing criticism from Chad.', 'attacked', 'Kordofan'],
  ['Troops shelled Kharkiv on Monday, drawing a warning from Poland.', 'shelled', 'Kharkiv'],
]);
