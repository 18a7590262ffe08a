import assert from 'node:assert/strict';
import { test } from 'node:test';
import { phraseWith, placeWith } from '../../src/resolve/phrase-shape.ts';
import type { ActorPhrase, PlaceMention } from '../../src/resolve/types.ts';

// Copies of phrases and place mentions are made in one shape (resolve/phrase-shape.ts): every field present, in one
// order, the changed ones changed and the others kept (what a spread meant). The hidden class is V8's; the keys are
// what a test can see of it.
const PHRASE_KEYS = 'start,end,text,name,code,kind,plural,entry,refersTo,locative,roleKind,roleCode,prep,members,teamPlay,postedAbroad,rule';

test('a phrase copied with changes keeps the rest and has every field in one order', { timeout: 10_000 }, () => {
  const base = { start: 4, end: 10, text: 'Kenyan', name: 'Kenya', code: 'KEN', kind: 'country', plural: false, entry: null, rule: 'actor:country' } as const;
  const copy = phraseWith(base, { locative: true, prep: 'in' });
  assert.equal(Object.keys(copy).join(','), PHRASE_KEYS);
  assert.deepEqual(JSON.parse(JSON.stringify(copy)), { ...base, locative: true, prep: 'in' });
  // a field set to undefined on purpose is undefined in the copy ("roleCode: undefined" in a spread)
  const role: ActorPhrase = { ...copy, kind: 'role', roleCode: 'GOV', roleKind: 'government' };
  assert.equal(phraseWith(role, { roleCode: undefined }).roleCode, undefined);
  assert.equal(phraseWith(role, { rule: 'x' }).roleKind, 'government');
});

test('a place mention copied with changes keeps the rest', { timeout: 10_000 }, () => {
  const place = { id: 'x' } as unknown as PlaceMention['place'];
  const mention: PlaceMention = { start: 0, end: 6, text: 'Geneva', place, locative: true, prep: 'in' };
  const venue = placeWith(mention, { venue: true });
  assert.equal(Object.keys(venue).join(','), 'start,end,text,place,locative,prep,rule,qualifier,venue');
  assert.equal(venue.place, place);
  assert.deepEqual(JSON.parse(JSON.stringify(venue)), { start: 0, end: 6, text: 'Geneva', place: { id: 'x' }, locative: true, prep: 'in', venue: true });
});
