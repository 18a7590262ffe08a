import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorRef, Event } from '../../src/schema/event.ts';
import { Event as EventSchema } from '../../src/schema/event.ts';
import { filledFrom, participantsOf, withParticipants } from '../../src/core/participants.ts';
import { participantsFit } from '../../src/core/coreference-compatible.ts';

// The record's coordinated participants (src/core/participants.ts): `actor` is the primary one, `actors` lists all
// of them from two up, in the schema's key order so a stored record reads the same after validation.
const ref = (text: string, code: string | null, at = 0): ActorRef => ({ text, name: text, code, span: [at, at + text.length], basis: 'stated' });
const base: Event = {
  doc_id: 'd', type: 'MOBILIZE', cameo: '152', goldstein: -7.2, quad_class: 4, actor: ref('Chad', 'TCD'), target: null,
  date: null, location: null, provenance: { source: 'outlet', reporting_verb: null, certainty: 'asserted', quote: null },
  trigger: { text: 'deployed', span: [20, 28] }, evidence: { sentence: 'Chad and Cameroon deployed forces.', span: [0, 34] }, confidence: 0.8, rules: [],
};

test('withParticipants: the first is primary, the list appears from two up, in schema order', () => {
  const two = withParticipants(base, 'actor', [ref('Chad', 'TCD'), ref('Cameroon', 'CMR', 9)]);
  assert.equal(two.actor?.code, 'TCD');
  assert.deepEqual(two.actors?.map((a) => a.code), ['TCD', 'CMR']);
  assert.deepEqual(Object.keys(two), Object.keys(EventSchema.parse(two)));
  const one = withParticipants(two, 'actor', [ref('Niger', 'NER')]);
  assert.equal(one.actors, undefined);
  assert.equal(one.actor?.code, 'NER');
  assert.equal(withParticipants(two, 'actor', []).actor, null);
});

test('participantsOf and filledFrom carry the whole list', () => {
  const two = withParticipants(base, 'target', [ref('Boko Haram', 'boko-haram', 40), ref('ISWAP', null, 55)]);
  assert.deepEqual(participantsOf(two, 'target').map((t) => t.text), ['Boko Haram', 'ISWAP']);
  assert.deepEqual(participantsOf(base, 'target'), []);
  assert.deepEqual(participantsOf(filledFrom(base, two, 'target'), 'target').map((t) => t.text), ['Boko Haram', 'ISWAP']);
  assert.equal(filledFrom(two, base, 'target'), two);
});

test('participantsFit: one shared member makes two lists the same participants', () => {
  const rows: Array<[ActorRef[], ActorRef[], string]> = [
    [[ref('Chad', 'TCD'), ref('Cameroon', 'CMR')], [ref("Cameroon's troops", 'CMRMIL')], 'same'],
    [[ref('Chad', 'TCD'), ref('Cameroon', 'CMR')], [ref('Niger', 'NER')], 'conflict'],
    [[ref('Chad', 'TCD'), ref('Cameroon', 'CMR')], [], 'open'],
  ];
  for (const [a, b, fit] of rows) assert.equal(participantsFit(a, b), fit, `${a.map((x) => x.text)} / ${b.map((x) => x.text)}`);
});
