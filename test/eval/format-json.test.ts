import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatJson, scoreDocuments } from '../../src/eval/index.ts';
import { goldDoc, makeEvent, ref } from './make-event.ts';

const TEXT = 'Rebels attacked a base. The government condemned them. Police arrested protesters.';

test('formatJson: exact keys, order and 4-decimal rounding', () => {
  const doc = goldDoc('d1', TEXT, [
    { type: 'ASSAULT', evidence: 'Rebels attacked a base', actor: 'Rebels', date: '2020-03-11', certainty: 'asserted' },
    { type: 'ACCUSE', evidence: 'The government condemned them', actor: 'government', location: 'Kabul' },
    { type: 'COERCE', evidence: 'Police arrested protesters', actor: 'Police' },
  ]);
  const events = [
    makeEvent(TEXT, { type: 'ASSAULT', evidence: 'Rebels attacked a base', actor: ref('rebels'), date: '2020-03-11' }),
    makeEvent(TEXT, { type: 'ACCUSE', evidence: 'The government condemned them', actor: ref('Police') }),
    makeEvent(TEXT, { type: 'SANCTION', evidence: 'Police arrested protesters' }),
  ];
  const json = formatJson(scoreDocuments([doc], () => events, () => null));
  assert.equal(json, '{"documents":1,'
    + '"events":{"precision":0.6667,"recall":0.6667,"f1":0.6667,"tp":2,"fp":1,"fn":1},'
    + '"actor":{"precision":0.3333,"recall":0.3333,"f1":0.3333,"tp":1,"fp":2,"fn":2},'
    + '"actor_target":{"precision":0.3333,"recall":0.3333,"f1":0.3333,"tp":1,"fp":2,"fn":2},'
    + '"date":{"accuracy":1,"n":1},"location":{"accuracy":0,"n":1},"certainty":{"accuracy":1,"n":1}}');
});

test('formatJson: empty run gives zeros, not NaN', () => {
  const parsed = JSON.parse(formatJson(scoreDocuments([], () => [], () => null))) as Record<string, unknown>;
  assert.deepEqual(Object.keys(parsed), ['documents', 'events', 'actor', 'actor_target', 'date', 'location', 'certainty']);
  assert.deepEqual(parsed.events, { precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 0 });
  assert.deepEqual(parsed.date, { accuracy: 0, n: 0 });
  assert.equal(parsed.documents, 0);
});
