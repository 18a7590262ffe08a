import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, find, T } from './class-fixture.ts';

// Session 31 classes of who did it to whom (actor and target resolution), each on sentences written for this file,
// with negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);

/** The actor (name and code) of the event the trigger opens. */
const actorOf = (text: string, trigger: string) => {
  const e = find(code(text), trigger);
  return `${e.actor?.name ?? null} ${e.actor?.code ?? null}`;
};

// "The army pushed the militants back after their fighters attacked": a possessive could take only a subject-like
// phrase, so "their" after a singular subject (which it cannot agree with) took up a subject sentences back, or no
// one. A possessive whose sentence's subject does not agree with it belongs to a phrase of that sentence that agrees
// (resolve/anaphora.ts `ownerOtherThanSubject`; "their" only a plural or a group, not a singular body).
const possessiveOfObject: ReadonlyArray<readonly [string, string, string]> = [
  ['The Somali army pushed al-Shabab militants back after their fighters stormed a base near Mogadishu.', 'stormed', 'al-Shabaab al-shabaab'],
  ['Israel struck Hezbollah fighters in southern Lebanon after their commanders fired rockets at Kiryat Shmona.', 'fired', 'Hezbollah hezbollah'],
  ["Ukraine's army pushed Russian troops out of the village after their tanks shelled Kharkiv.", 'shelled', 'Russian troops RUSMIL'],
  ['The Malian rebels ambushed the army after its troops raided a village near Gao.', 'raided', 'army null'],
];
for (const [text, trigger, actor] of possessiveOfObject) {
  test(`a possessive the subject does not agree with is the object's: ${text}`, T, () => assert.equal(actorOf(text, trigger), actor));
}
// negatives: a subject that agrees keeps its possessive; a singular body is no owner of "their"
const possessiveOfSubject: ReadonlyArray<readonly [string, string, string]> = [
  ['Hamas said the Israeli army shelled the camp after its fighters fired rockets at Sderot.', 'fired', 'Hamas hamas'],
  ['Rebel fighters seized the town of Bama on Sunday. The government thanked the United Nations after their fighters shelled the airport.', 'shelled', 'Rebel fighters null'],
];
for (const [text, trigger, actor] of possessiveOfSubject) {
  test(`a possessive the subject agrees with stays the subject's: ${text}`, T, () => assert.equal(actorOf(text, trigger), actor));
}
