import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Session 18's role classes (who did it to whom), each on sentences written for this file, with negatives that must not change.
const coder = createCoder(loadKnowledge());
const code = (text: string, published = '2025-05-17') => coder.code({ id: 'x', text, published, title: null });
const source = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);
const find = (events: Event[], trigger: string) => {
  const e = events.find((x) => x.trigger.text.startsWith(trigger));
  assert.ok(e, `no event on "${trigger}" in ${events.map((x) => x.trigger.text).join(' / ')}`);
  return e;
};
const T = { timeout: 60_000 };


// A relative clause with a subject of its own and no object describes the noun it hangs on as its object
// (tree-roles/object-gap.ts): the inner act lands on that noun, and the inner subject is no target of the outer act.
// A "that" the parser reads as a complementizer on a noun that takes no content clause (data/lexicon/content-nouns.tsv)
// opens such a clause too.
const GAP: Array<[string, string, string | null, string | null]> = [
  // [text, trigger, actor, target]
  ['Police freed the hostages the gang had kidnapped.', 'kidnapped', 'the gang', 'the hostages'],
  ['Police freed the hostages the gang had kidnapped.', 'freed', 'Police', 'the hostages'],
  ['The army rebuilt the bridge that insurgents had blown up.', 'blown up', 'insurgents', 'the bridge'],
  ['Engineers repaired the power station that Russian drones struck overnight.', 'struck', 'Russian drones', 'the power station'],
  ['Troops recovered weapons that the rebels had seized.', 'seized', 'the rebels', 'weapons'],
  ['A court released the activists that police arrested last week.', 'arrested', 'police', 'activists'],
  // negatives: a subject gap, a place clause, a content clause
  ['Police arrested the men who had kidnapped the girls.', 'arrested', 'Police', 'the men'],
  ['The rebels attacked the village where troops had camped.', 'attacked', 'The rebels', 'the village'],
  ['Officials dismissed reports that the rebels had attacked overnight.', 'attacked', 'the rebels', null],
];
for (const [text, trigger, actor, target] of GAP) {
  test(`object gap of a relative clause: ${text} (${trigger})`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.text ?? null, actor);
    assert.equal(e.target?.text ?? null, target);
  });
}

// A country's possessive before a military word or a weapon that is no act is the country's military, as a demonym
// before it is (tree-roles/military-owner.ts); since session 35 (the lead's convention) so is the owner of an act of
// armed force ("Israel's airstrikes", "Russia's shelling": resolve/role-country.ts possessorOfArmedAct).
const MILITARY_OWNER: Array<[string, string, string]> = [
  // [text, trigger, actor code]
  ["Myanmar's military airstrikes killed 20 villagers.", 'killed', 'MMRMIL'],
  ["Sudan's military airstrikes hit a market in Nyala.", 'hit', 'SDNMIL'],
  ["Israel's military operation in Gaza killed 20 people.", 'killed', 'ISRMIL'],
  ["Russia's drones struck a power plant.", 'struck', 'RUSMIL'],
  ["Russia's military drones struck a power plant.", 'struck', 'RUSMIL'],
  ["Myanmar's airstrikes killed 20 villagers.", 'killed', 'MMRMIL'],
  ["Russia's shelling killed 20 villagers.", 'killed', 'RUSMIL'],
  // negatives: a ruling body
  ["Myanmar's military rulers arrested the opposition leader.", 'arrested', 'MMRGOV'],
];
for (const [text, trigger, actor] of MILITARY_OWNER) {
  test(`a country's military by its possessive: ${text}`, T, () => assert.equal(find(code(text), trigger).actor?.code, actor));
}

// A phrasal verb's own particle that the parser read as the object's preposition ("burned | down a school" as an
// oblique): the pattern's particle is the verb's, and its noun the object (tree-roles/landing-node.ts).
const PARTICLE_OBJECT: Array<[string, string, string | null]> = [
  ['Militants burned down a school in the district.', 'burned down', 'a school'],
  ['Fighters took over the airport on Monday.', 'took over', 'the airport'],
  ['Police tore down the protest camp.', 'tore down', 'the protest camp'],
  // negatives: an object the parser read as one, a march down a road
  ['Rebels blew up a bridge near the border.', 'blew up', 'a bridge'],
  ['Protesters marched down the main road to parliament.', 'marched', 'parliament'],
];
for (const [text, trigger, target] of PARTICLE_OBJECT) {
  test(`a phrasal particle read as a preposition: ${text}`, T, () => assert.equal(find(code(text), trigger).target?.text ?? null, target));
}

// Coordinated things hit by one act: a conjunct's own setting stays out of the thing's words, and things that each
// have an owner of their own are each a target with that owner's code (tree-roles/phrase-position.ts ownedConjuncts).
const THINGS: Array<[string, string, string, string[]]> = [
  // [text, trigger, target text, targets' texts]
  ['Gunmen attacked police stations and army posts in the north on Monday.', 'attacked', 'police stations', ['police stations', 'army posts']],
  ['Gunmen attacked a police station and an army post in the north.', 'attacked', 'a police station', ['a police station', 'an army post']],
  ['Israel struck a Hamas tunnel and a Hezbollah depot.', 'struck', 'a Hamas tunnel', ['a Hamas tunnel', 'a Hezbollah depot']],
  ['Troops raided Hamas offices and Fatah offices in Hebron.', 'raided', 'Hamas offices', ['Hamas offices', 'Fatah offices']],
  ['Russian missiles struck a power plant and a railway station in Lviv.', 'struck', 'a power plant and a railway station', []],
  // negatives: one owner, no owner, coordinated owners of one thing
  ['Gunmen attacked police stations and schools in the north.', 'attacked', 'police stations and schools', []],
  ['Rebels shelled schools and hospitals in the town.', 'shelled', 'schools and hospitals', []],
  ['Gunmen attacked army and police posts in the north.', 'attacked', 'army', ['army', 'police']],
];
for (const [text, trigger, target, targets] of THINGS) {
  test(`coordinated things: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.target?.text, target);
    assert.deepEqual((e.targets ?? []).map((t) => t.text), targets);
  });
}
test('coordinated things keep their owners\' codes', T, () => {
  const e = find(code('Israel struck a Hamas tunnel and a Hezbollah depot.'), 'struck');
  assert.deepEqual((e.targets ?? []).map((t) => t.code), ['hamas', 'hezbollah']);
});

// A quote's speaker no gazetteer knows ("a herder", "a widow") still speaks: after the quote, set off by the comma inside
// the closing quote (provenance/tree-speaker.ts), or right after the verb that follows the quote (provenance/frames.ts);
// a name after a verb that has its own subject is whom it was told, not the speaker.
const QUOTE_SPEAKER: Array<[string, string, string]> = [
  // [text, trigger, source]
  ['Militiamen attacked a camp near the town on Sunday.\n\n"They burned our tents," a herder said.', 'burned', 'a herder'],
  ['Militiamen attacked a camp near the town on Sunday.\n\n"They burned our tents," said a herder who fled to the town.', 'burned', 'a herder'],
  ['"The militia killed my husband," a widow told VOA.', 'killed', 'a widow'],
  ['"Gunmen looted our shops," a trader told Reuters on Monday.', 'looted', 'a trader'],
  // negatives: known speakers before and after the verb
  ['"The army shelled our village," the governor told Reuters.', 'shelled', 'the governor'],
  ['"Rebels attacked the convoy," a police officer told AFP on Monday.', 'attacked', 'police officer'],
  ['"We shot down two drones," said the army.', 'shot down', 'army'],
];
for (const [text, trigger, speaker] of QUOTE_SPEAKER) {
  test(`a quote's speaker: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(source(e), speaker);
    assert.equal(e.provenance.certainty, 'claimed');
  });
}

// A fight noun whose toll is told ("clashes between A and B killed 12") happened: its "between" sides are its actor and
// target (core/between-parties.ts, named-act.ts isTollSubject); a sentence opening with the -ing act noun, read as the
// root verb with the finite verb its conjunct, has it as the finite verb's subject (tree-repair opening-gerund-subject).
const SIDES: Array<[string, string, string | null, string | null]> = [
  // [text, trigger, actor, target]
  ['Clashes between the army and the RSF killed 12 people in El Fasher.', 'Clashes', 'army', 'RSF'],
  ['Clashes between police and protesters left 12 dead.', 'Clashes', 'police', 'protesters'],
  ['Clashes between Hezbollah and Israeli forces killed four people.', 'Clashes', 'Hezbollah', 'Israeli forces'],
  ['Fighting between Hamas and Israeli troops left 20 dead in Rafah.', 'Fighting', 'Hamas', 'Israeli troops'],
  ['Fighting between the army and Fano militiamen left 30 dead in Amhara.', 'Fighting', 'army', 'Fano militiamen'],
  ['Fighting between Hezbollah and the Israeli army killed three people.', 'Fighting', 'Hezbollah', 'Israeli army'],
  // negatives: a fight stated by a verb of happening keeps its sides; one only condemned is no event
  ['Fighting between the army and the RSF spread to the capital.', 'Fighting', 'army', 'RSF'],
  ['Clashes between the army and the rebels erupted on Monday.', 'Clashes', 'army', 'the rebels'],
];
for (const [text, trigger, actor, target] of SIDES) {
  test(`the sides of a fight noun: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.actor?.text ?? null, actor);
    assert.equal(e.target?.text ?? null, target);
  });
}
test('a fight only condemned is no event', T, () => {
  assert.equal(code('Kenya condemned the clashes between the army and the rebels.').filter((e) => e.trigger.text === 'clashes').length, 0);
});
test('an opening gerund with an object of its own stays a clause', T, () => {
  assert.equal(code('Fighting the rebels left the army exhausted.').length, 0);
});

// A named movement or group written with a generic head is matched by the dictionaries ("the M23 rebel movement");
// a bare armed role "of" a named group or organisation is that body's, as one "from" it is (tree-roles/participants.ts memberOf).
const MOVEMENTS: Array<[string, string, string | null]> = [
  // [text, trigger, actor code]
  ['The M23 rebel movement captured the town of Rubaya.', 'captured', 'm23'],
  ['The Shiite Hezbollah movement fired rockets at Israel.', 'fired', 'hezbollah'],
  ['The Kachin Independence Army rebels attacked a military post.', 'attacked', 'kia'],
  ['Fighters of the M23 movement attacked the town.', 'attacked', 'm23'],
  ['Militants of the Islamic State group attacked a checkpoint.', 'attacked', 'islamic-state'],
  ['Gunmen of the Fano militia stormed the prison.', 'stormed', 'fano'],
  ['Fighters of Hayat Tahrir al-Sham seized the town.', 'seized', 'hayat-tahrir-al-sham'],
  // negatives: a country's soldiers keep the role's code
  ['Soldiers of the Ugandan army attacked the camp.', 'attacked', 'UGAMIL'],
];
for (const [text, trigger, actor] of MOVEMENTS) {
  test(`named movements and their fighters: ${text}`, T, () => assert.equal(find(code(text), trigger).actor?.code ?? null, actor));
}

// The subject after an opening time phrase and its comma, read as the time word's apposition, is the verb's subject
// (tree-repair time-opener-subject): the act is no imperative, and the participle after it is the subject's too.
const TIME_OPENER: Array<[string, string, string]> = [
  ['On Wednesday, protesters in Kinshasa set fire to the Belgian and French embassies, accusing Western governments of backing Rwanda.', 'set fire', 'protesters'],
  ['On Wednesday, protesters in Kinshasa set fire to the Belgian and French embassies, accusing Western governments of backing Rwanda.', 'accusing', 'protesters'],
  ['On Thursday, demonstrators in Bamako set fire to the French and Russian embassies.', 'set fire', 'demonstrators'],
  ['On Tuesday, gunmen in Zamfara set fire to the school and the clinic.', 'set fire', 'gunmen'],
  // negatives: subjects the parse already had
  ['On Friday, rioters in Dhaka attacked the Indian and Pakistani consulates.', 'attacked', 'rioters'],
  ['On Monday, the army said rebels had attacked the town.', 'attacked', 'rebels'],
];
for (const [text, trigger, actor] of TIME_OPENER) {
  test(`a subject after an opening time phrase: ${text} (${trigger})`, T, () => assert.equal(find(code(text), trigger).actor?.text, actor));
}
