import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { createCoder } from '../../src/core/index.ts';

// Classes of participants the gazetteer alone misses, each on sentences written for this test: the phrase the
// resolver makes (text|code or role) and the event the coder then codes (TYPE actor → target).
const kb = loadKnowledge();
const coder = createCoder(kb);
const phrases = (text: string) => {
  const doc = analyze(text);
  return findActorPhrases(doc, normalizeWithMap(text), kb, '2024-05-10').map((p) => `${p.text}|${p.code ?? p.roleCode ?? null}`);
};
const events = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null })
  .map((e) => `${e.type} ${e.actor?.text ?? '—'} → ${e.target?.text ?? '—'}`);

const PHRASES: Array<[string, string, string[]]> = [
  ['a hedge belongs to the phrase', 'Suspected Islamic State militants stormed a prison.', ['Suspected Islamic State militants|islamic-state']],
  ['a hedge belongs to the phrase', 'Police said two alleged gang members were shot.', ['Police|COP', 'alleged gang members|CRM']],
  ['a hedge belongs to the phrase', 'Residents blamed the suspected gunmen.', ['Residents|CVL', 'the suspected gunmen|REB']],
  ['"suspected" after a subject is a verb', 'Police suspected rebels of the ambush.', ['Police|COP', 'rebels|REB']],
];

for (const [name, text, expected] of PHRASES) {
  test(`participant phrases: ${name} — "${text}"`, () => {
    assert.deepEqual(phrases(text), expected);
  });
}

const EVENTS: Array<[string, string, string[]]> = [
  ['hedged subject acts', 'Suspected Islamic State militants attacked a checkpoint in Hasakah on Monday.', ['ASSAULT Suspected Islamic State militants → —']],
  ['hedged subject acts', 'Suspected rebels ambushed an army convoy on Sunday.', ['ASSAULT Suspected rebels → army']],
];

for (const [name, text, expected] of EVENTS) {
  test(`participant events: ${name} — "${text}"`, () => {
    assert.deepEqual(events(text), expected);
  });
}
