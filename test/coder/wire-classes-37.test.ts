import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 37 classes from fresh conflict wire copy (El Fasher, Ituri, Djibo, south Lebanon, Pahalgam, Ecuador's
// prisons, Michoacan, Colombia's drone attacks, Puntland, Kurdistan's oilfields), each on sentences written for this
// file, with negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "army drones struck RSF positions", "militia rockets hit an army base": a force's word before a munition says whose
// it is; only a word that is itself a weapon's name ("artillery shells") names the munition's kind and no one
// (resolve/actor-phrases.ts: the munition skip asks the role word to be a weapon noun, data/lexicon/weapon-nouns.tsv).
expectAll(code, 'a force before a munition is the force', [
  ['On Monday, army drones struck rebel positions near the airport, according to a military spokesman.', ['ASSAULT army drones > rebel positions']],
  ['Police drones struck a gang hideout in the hills on Tuesday.', ['ASSAULT Police drones > a gang hideout']],
  ['Army drones hit a fuel depot held by the militia on Sunday.', ['ASSAULT Army drones > a fuel depot']],
  ['Militia rockets hit an army base near the city on Monday.', ['ASSAULT Militia rockets > an army base']],
]);
expectCodes('a force before a munition takes the story\'s side', [
  ['Fighting raged around El Fasher in Sudan on Sunday. On Monday, army drones struck RSF positions near the airport.', 'struck', 'SDNMIL', 'rapid-support-forces'],
]);
expectAll(code, 'a weapon\'s kind before a munition names no one', [
  ['Artillery shells hit a school in Omdurman on Monday.', ['ASSAULT null > a school']],
]);

// "an Israeli drone dropped a grenade near the peacekeepers", "dropped explosives near a checkpoint": a munition dropped
// close by is an aerial attack on what it lands near (data/patterns/verbs.tsv drop * ... near|beside|outside); its
// "near" leads to the target as "on" does (tree-roles/landing-node.ts CLOSE_BY, rule roles:tree-pattern-object-near),
// and a drone dropping it needs no owner (data/lexicon/weapon-verbs.tsv drop). Leaflets are no munition.
expectAll(code, 'a munition dropped near a target attacks it', [
  ['An Israeli drone dropped a grenade near the peacekeepers on Wednesday.', ['ASSAULT An Israeli drone > peacekeepers']],
  ['A drone dropped explosives near an army checkpoint outside Kherson on Sunday.', ['ASSAULT null > an army checkpoint']],
  ['A Russian drone dropped a bomb beside a bus shelter in Nikopol on Friday.', ['ASSAULT A Russian drone > a bus shelter']],
]);
expectNone('leaflets dropped near a border are no attack', 'ASSAULT', ['Helicopters dropped leaflets near the border on Monday.']);
expectAll(code, 'a demand dropped stays a concession', [['The opposition dropped its demand for early elections.', ['CONCEDE The opposition > null']]]);

// "A missile brought down a helicopter", "a drone attack brought down a police helicopter": a weapon or an act that
// brings an aircraft down is the attack by nobody named, as with "shot down" (data/lexicon/weapon-verbs.tsv bring; only
// the ASSAULT rows bring down * aircraft ask it, tree-roles/instrument-subject.ts, rule roles:instrument-subject).
expectAll(code, 'a weapon that brings an aircraft down', [
  ['A missile brought down a helicopter near the front line on Monday.', ['ASSAULT null > a helicopter']],
  ['A drone attack brought down a police helicopter in Antioquia on Thursday.', ['ASSAULT null > a police helicopter']],
  ['A surface-to-air missile brought down a military transport plane near Kassala on Sunday.', ['ASSAULT null > a military transport plane']],
]);
expectNone('what rain or a strike brings down is no attack', 'ASSAULT', [
  'Heavy rain brought down power lines across the province on Monday.',
  'The strike brought down the government on Monday.',
]);

// "gunmen stormed the parish during a vigil", "raided a Sufi shrine": places of worship less often named than a church
// or a mosque are stormed as those are (data/patterns/verbs.tsv storm|raid * parish|chapel|shrine ...).
expectAll(code, 'storming a parish, a chapel or a shrine', [
  ['Gunmen stormed a parish in Komanda on Saturday.', ['ASSAULT Gunmen > a parish']],
  ['Militants raided a Sufi shrine in the valley on Friday, killing four worshippers.', ['ASSAULT Militants > a Sufi shrine']],
  ['Attackers stormed a chapel during Sunday mass in the village.', ['ASSAULT Attackers > a chapel']],
]);
expectNone('visiting a shrine is no attack', 'ASSAULT', ['Pilgrims visited the shrine on Friday.']);

// "Troops killed 20 militants, Burkina Faso's army said. ... Burkina Faso's junta rejected the accusations": a side's
// denial of charges answers others' charges, never what its own army or ministry told (provenance/denied-charges.ts
// toldBy); a claim told by the other side stays denied.
const certaintyOf = (text: string, trigger: string) => find(code(text), trigger).provenance.certainty;
for (const [text, trigger] of [
  ['Troops killed 20 militants near Djibo on Sunday, Burkina Faso\'s army said. Rights groups have said many of the dead were herders. Burkina Faso\'s junta rejected the accusations.', 'killed'],
  ['Ecuadorian soldiers stormed the prison in Machala on Sunday and seized 14 rifles, Ecuador\'s armed forces said. Rights groups have long accused the military of abusing inmates. Ecuador\'s government has denied the allegations.', 'stormed'],
  ['Kenyan police arrested 30 gang members in raids across Nairobi on Monday, Kenya\'s interior ministry said. Activists have long accused the police of torture. The Kenyan government denied the charges.', 'arrested'],
] as const) {
  test(`a side never denies its own claim: ${text}`, T, () => assert.equal(certaintyOf(text, trigger), 'claimed'));
}
test('a claim told by the other side is still denied', T, () => {
  assert.equal(certaintyOf('Sudanese army drones struck a market in Nyala on Sunday, the RSF said. Sudan\'s army denied the accusations.', 'struck'), 'denied');
});

// "Rebels burned 40 homes in the village, said Marie Kahindo, a local official": an inverted speaker after the comma
// keeps speaking when an apposition ("a commander of the operation") closes the sentence after it
// (provenance/trailing-speaker.ts apposedDescription, rule provenance:inverted-speaker).
const claimedBy = (text: string, trigger: string) => {
  const e = find(code(text), trigger);
  return `${e.provenance.certainty} ${e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text}`;
};
for (const [text, trigger, speaker] of [
  ['Soldiers killed 30 militants in the assault, said Colonel Abdirahman Mohamud, a commander of the operation.', 'killed', 'Colonel Abdirahman Mohamud'],
  ['Rebels burned 40 homes in the village, said Marie Kahindo, a local official.', 'burned', 'Marie Kahindo'],
  ['Police fired tear gas at students outside the university, said Amina Yusuf, the student union leader.', 'fired tear gas', 'Amina Yusuf'],
  ['Gunmen abducted 12 farmers near the town on Sunday, said Musa Bello, a local vigilante leader.', 'abducted', 'Musa Bello'],
] as const) {
  test(`an inverted speaker before an apposition speaks: ${text}`, T, () => assert.equal(claimedBy(text, trigger), `claimed ${speaker}`));
}
test('a speaker before its verb keeps its report past a closing apposition', T, () => {
  assert.equal(claimedBy('The army said it had killed 20 militants, a figure that could not be verified.', 'killed'), 'claimed army');
});
