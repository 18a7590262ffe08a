import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "Separately, ...", "Elsewhere, ...", "In a separate incident, ...": the sentence tells an act away from the scene its
// paragraph or story set, so it takes none of their places nor the dateline's (src/core/new-scene.ts; cues in
// data/lexicon/clause-cues.tsv). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const T = { timeout: 60_000 };

// [story, trigger of the later act, the scene's place it must not take]
const AWAY: Array<[string, string, string]> = [
  ['ISLAMABAD (AP) — Gunmen killed a police officer in Peshawar on Monday. Separately, a roadside bomb killed two soldiers.', 'killed two', 'Peshawar'],
  ['Taliban fighters attacked a checkpoint in the town of Ghazni on Sunday, killing four policemen. Elsewhere, gunmen killed two soldiers.', 'killed two', 'Ghazni'],
  ['Militants stormed a hotel in the city of Mogadishu on Friday, killing 12. In a separate incident, a suicide bomber killed three soldiers.', 'killed three', 'Mogadishu'],
];
for (const [text, trigger, scene] of AWAY) {
  test(`another scene: ${text.slice(-60)}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.notEqual(act.location?.name, scene);
    assert.ok(act.rules.includes('place:new-scene'));
  });
}

// negatives: a later act with no such opener keeps the scene; one that states its own place keeps that
const KEPT: Array<[string, string, string]> = [
  ['Militants stormed a hotel in the city of Mogadishu on Friday, killing 12. The militants also killed three soldiers.', 'killed three', 'Mogadishu'],
  ['Gunmen killed a police officer in Peshawar on Monday. Separately, a roadside bomb killed two soldiers in the town of Bannu.', 'killed two', 'Bannu'],
  ['Taliban fighters attacked a checkpoint in the town of Kunduz on Sunday. Elsewhere in Ghazni province, gunmen killed two soldiers.', 'killed two', 'Ghazni'],
];
for (const [text, trigger, place] of KEPT) {
  test(`kept: ${text.slice(-60)}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.equal(act.location?.name, place);
  });
}
