import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Sentences written for this file.
//  - A reporting verb negated ("did not confirm", "could not confirm reports that") names no source: what follows is
//    alleged (src/provenance/frames.ts, provenance:unconfirmed); confirmed, it is the confirmer's claim.
//  - Declining to comment, to say or to confirm rejects nothing (data/patterns/argument-senses.tsv).
//  - A raising verb of appearance hedges the act ("appeared to have attacked": data/lexicon/modality.tsv).
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const source = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);
const brief = (e: Event) => `${e.type} ${e.provenance.certainty} by ${source(e)}`;

const CASES: Array<[string, string[]]> = [
  ['Officials did not confirm that Israel had struck the site.', ['ASSAULT alleged by outlet']],
  ['The ministry could not confirm reports that militants had seized the town.', ['ASSAULT alleged by outlet']],
  ['The army declined to confirm that its troops had entered the village.', ['ASSAULT alleged by outlet']],
  ['The army confirmed that its troops had entered the village.', ['ASSAULT claimed by army']],
  ['The army confirmed reports that militants had seized the town.', ['ASSAULT claimed by army']],
  ['The army declined to comment.', []],
  ['The ministry declined to give details.', []],
  ['The government declined to say whether troops were involved.', []],
  ['A police spokesman refused to answer questions about the raid.', []],
  ['The government declined to negotiate with the rebels.', ['REJECT asserted by outlet']],
  ['Militants appeared to have attacked the convoy from both sides of the road.', ['ASSAULT alleged by outlet']],
  ['The army seems to have withdrawn from the town.', ['RETREAT alleged by outlet']],
  ['Rebels apparently shot down a helicopter near the border.', ['ASSAULT alleged by outlet']],
];
for (const [text, expected] of CASES) {
  test(`unconfirmed, no comment, appearance: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected);
  });
}
