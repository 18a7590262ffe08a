import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Two verbs joined by "and" share the object after the second ("shot and wounded two protesters"):
// - the tagger may read the first verb as a noun after a nominal ("Police shot" as "police shooting"); a verb coordinated
//   with it says it is a verb (src/extract/tree-repair/retag-verb.ts, doubt `coordinated`), and the noun row that ended
//   on it no longer matches (src/extract/trigger-prepass.ts);
// - a verb with no object of its own takes the second verb's (src/extract/tree-roles/word-window.ts).
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;

const CASES: Array<[string, string]> = [
  // the first verb read as a noun
  ['Police shot and wounded two protesters in the capital on Saturday, witnesses said.', 'ASSAULT Police > protesters'],
  ['Riot police shot and wounded a student near the campus, witnesses said.', 'ASSAULT Riot police > student'],
  ['Police shot and wounded a journalist during the protest, his employer said.', 'ASSAULT Police > journalist'],
  // the first verb read as a verb, its object after the second
  ['Militia fighters shot and wounded two aid workers, the agency said.', 'ASSAULT Militia fighters > aid workers'],
  ['Security forces shot and wounded a journalist covering the protest.', 'ASSAULT Security forces > journalist'],
  ['Border guards shot and injured a migrant near the fence on Sunday.', 'ASSAULT Border guards > migrant'],
];
for (const [text, expected] of CASES) {
  test(`coordinated verbs share the object: ${text}`, { timeout: 60_000 }, () => {
    assert.ok(code(text).map(brief).includes(expected), JSON.stringify(code(text).map(brief)));
  });
}

// the second verb with its own subject, or the first with its own object: nothing is shared
const UNSHARED: Array<[string, string[]]> = [
  ['Police shot and protesters fled into side streets.', []],
  ['The ministry condemned and rejected the report.', ['ACCUSE ministry > null', 'REJECT ministry > null']],
  ['Rebels fought and lost control of the town.', ['ASSAULT Rebels > null', 'RETREAT Rebels > null']],
  ['The police shooting and killing of a teenager sparked protests.', ['ASSAULT police > teenager']],
];
for (const [text, expected] of UNSHARED) {
  test(`no shared object: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected);
  });
}
