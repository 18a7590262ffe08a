import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Role classes around act nouns (src/extract/tree-roles, data/lexicon/undergone-acts.tsv, core/condemned-act-doer.ts):
// each row names the construction it stands for; sentences are written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const bare = (t: string | null | undefined) => (t ?? null) && t!.replace(/^the /i, '');

// [construction class, sentence, event type, role, expected text (null: none)]
const CASES: Array<[string, string, string, 'actor' | 'target', string | null]> = [
  // an undergone act lands on its "of" noun, a city there included, whoever does it
  ['of-noun of an act', "Russia's bombardment of Kharkiv continued for a third day.", 'ASSAULT', 'target', 'Kharkiv'],
  ['of-noun of an act', 'The siege of Mariupol by Russian forces lasted nearly three months.', 'COERCE', 'target', 'Mariupol'],
  ['of-noun of an act', 'The killing of three journalists by soldiers sparked outrage in Mexico.', 'ASSAULT', 'target', 'journalists'],
  ['of-noun of an act', 'The shelling of Donetsk by separatist fighters killed four people.', 'ASSAULT', 'target', 'Donetsk'],
  ['of-noun of an act', 'The invasion of Ukraine by Russia began in February 2022.', 'ASSAULT', 'target', 'Ukraine'],
  // (negative) a landing preposition still decides: "attack on"
  ['of-noun of an act', "Russia's attack on Kharkiv continued for a third day.", 'ASSAULT', 'target', 'Kharkiv'],
  // a condemnation that names the act's doer accuses that doer, not whom the act befell
  ['condemned act with its doer', 'The United Nations condemned the killing of aid workers by Israeli forces in Gaza.', 'ACCUSE', 'target', 'Israeli forces'],
  ['condemned act with its doer', 'Human Rights Watch denounced the arrest of activists by Egyptian police.', 'ACCUSE', 'target', 'Egyptian police'],
  ['condemned act with its doer', 'Ukraine condemned the shelling of Kherson by Russian troops on Sunday.', 'ACCUSE', 'target', 'Russian troops'],
  ['condemned act with its doer', 'Human rights groups condemned the execution of four protesters by Iranian authorities.', 'ACCUSE', 'target', 'Iranian authorities'],
  // (negative) no doer told anywhere: no one accused
  ['condemned act with its doer', 'Hamas condemned the attack on the mosque.', 'ACCUSE', 'target', null],
  // an act noun as the subject of a harm verb: its owner acted, not the act's words
  ['owner of an act noun', "Israel's strikes on Rafah killed at least 20 people on Sunday.", 'ASSAULT', 'actor', 'Israel'],
  ['owner of an act noun', 'A Saudi-led coalition airstrike killed 12 civilians in Saada province.', 'ASSAULT', 'actor', 'Saudi-led coalition'],
  ['owner of an act noun', 'A Turkish drone strike killed two Kurdish fighters in northern Iraq.', 'ASSAULT', 'actor', 'Turkish'],
  // (negative) a group's own words stay the actor's words
  ['owner of an act noun', 'Suspected Boko Haram militants killed 12 villagers in Borno state.', 'ASSAULT', 'actor', 'Boko Haram militants'],
  // the possessor of an undergone act undergoes it; with an "of" noun told, the possessor does it
  ['possessor of an undergone act', "Egypt's arrest of the activist drew criticism from Washington.", 'COERCE', 'actor', 'Egypt'],
  ['possessor of an undergone act', 'Washington condemned Egypt\'s arrest of the activist.', 'ACCUSE', 'target', 'Egypt'],
];

for (const [name, sentence, type, role, expected] of CASES) {
  test(`act-noun role — ${name}: ${sentence}`, { timeout: 60_000 }, () => {
    const all = code(sentence);
    const events = all.filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type} in ${JSON.stringify(all.map((e) => e.type))}`);
    const got = events.map((e) => bare(e[role]?.text ?? null));
    assert.ok(got.includes(bare(expected)), `${type} ${role}s ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}; rules ${events[0].rules.join(' ')}`);
  });
}

// "Navalny's arrest", "the reporter's detention": the one the act befell never acts in it
const UNDERGONE = [
  "Washington condemned Navalny's arrest on Monday.",
  "The reporter's detention drew criticism from press freedom groups, Amnesty said.",
  "Police arrested protesters in Moscow. The European Union condemned Navalny's arrest and the arrests of hundreds of his supporters.",
];
for (const sentence of UNDERGONE) {
  test(`act-noun role — possessor of an undergone act is no actor: ${sentence}`, { timeout: 60_000 }, () => {
    const actors = code(sentence).map((e) => e.actor?.text ?? null);
    assert.ok(!actors.some((a) => a !== null && /Navalny|reporter/.test(a)), `actors ${JSON.stringify(actors)}`);
  });
}

// a prefix written with a hyphen reads as the word without it ("counter-offensive" is a counteroffensive), so the
// act and its "by" agent are read; [sentence, event type, expected actor]
const HYPHENATED: Array<[string, string, string]> = [
  ['Elite troops began a counter-offensive against the rebels in the north.', 'ASSAULT', 'troops'],
  ['A counter-offensive by Afghan commandos backed by NATO jets retook the district.', 'ASSAULT', 'Afghan commandos'],
  ['Ukrainian forces counter-attacked Russian positions near Kherson.', 'ASSAULT', 'Ukrainian forces'],
  ['The army launched a counter-offensive against Islamic State militants near Mosul on Sunday.', 'ASSAULT', 'army'],
];
for (const [sentence, type, expected] of HYPHENATED) {
  test(`act-noun role — hyphenated prefix: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    assert.ok(events.some((e) => bare(e.actor?.text) === bare(expected)), `${type} actors ${JSON.stringify(events.map((e) => e.actor?.text))}`);
  });
}

// (negative) other hyphenated words make no act
for (const sentence of ['The party co-founder re-entered politics after his re-election bid failed.', 'A pre-dawn meeting of co-workers ended early.']) {
  test(`act-noun role — hyphenated word that names no act: ${sentence}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(sentence).filter((e) => e.type === 'ASSAULT').map((e) => e.trigger.text), []);
  });
}
