import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 28 roles classes: who did it to whom, on sentences written for this file, with negatives that must not
// change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Taliban fighters overran the district center of X", "rebels captured the town of Y": ground seized by a side of its
// own country, or of none told, is where the act happened, not an act on that country (data/lexicon/retaking-verbs.tsv
// 'seized' rows, tree-roles/retaken-place.ts); the place stays a thing of no one's, as ground taken back does. A foreign
// taker's ground keeps its country; people taken keep their role.
const SEIZED: Array<[string, string, string | null, string | null]> = [
  // [text, trigger, target text, target code]
  ['Taliban fighters overran the district center of Khan Abad on Sunday.', 'overran', 'the district center of Khan Abad', null],
  ['Taliban fighters overran the district of Nad Ali in Helmand on Sunday.', 'overran', 'the district of Nad Ali', null],
  ['Houthi rebels seized the port city of Hodeidah on Friday.', 'seized', 'the port city of Hodeidah', null],
  ['Islamic State fighters captured the city of Palmyra in May.', 'captured', 'the city of Palmyra', null],
  ['Taliban insurgents overran Ghazni in a dawn assault.', 'overran', 'Ghazni', null],
  // negatives: a foreign taker's ground, the holder named, people captured
  ['Russian forces captured the Ukrainian town of Vuhledar.', 'captured', 'the Ukrainian town of Vuhledar', 'UKR'],
  ['Government troops retook the town of Malakal from the rebels.', 'retook', 'the rebels', 'SSDREB'],
];
for (const [text, trigger, target, targetCode] of SEIZED) {
  test(`ground seized is no target of its own country: ${text}`, T, () => {
    const e = find(code(text), trigger);
    assert.equal(e.target?.text ?? null, target);
    assert.equal(e.target?.code ?? null, targetCode);
  });
}
test('soldiers captured keep their role', T, () => {
  const e = find(code('Rebels captured 20 soldiers near the border on Monday.'), 'captured');
  assert.equal(e.target?.text, 'soldiers');
});

// "Leaders of the G7 countries gathered in Hiroshima for a summit", "Arab League leaders convened in Cairo": a bloc's
// leaders gathering somewhere for a summit or talks, or convening there, meet (data/patterns/verbs.tsv rows "gather|
// convene|assemble in|at * for summit|talk", "convene in|at"); the "in" stopped the older "gather * for summit" row.
expectAll('a bloc\'s leaders gathering for a summit', [
  // (the span takes in "countries" since countries taken together are a role, desk-40)
  ['Leaders of the G7 countries gathered in Apulia for a summit on Thursday.', ['CONSULT Leaders of the G7 countries > null']],
  ['EU leaders gathered in Brussels for a summit on Thursday.', ['CONSULT EU leaders > null']],
  ['ASEAN foreign ministers gathered in Vientiane for talks on Monday.', ['CONSULT ASEAN foreign ministers > null']],
  ['Leaders of the Arab League states convened in Manama on Thursday.', ['CONSULT Leaders of the Arab League > null']],
  ['African Union leaders convened in Addis Ababa on Sunday.', ['CONSULT']],
]);
test('the bloc codes the leaders', T, () => {
  assert.equal(find(code('Leaders of the G7 countries gathered in Apulia for a summit on Thursday.'), 'gathered').actor?.code, 'IGOGOS');
});
expectNone('a crowd gathering is no meeting', 'CONSULT', [
  'Protesters gathered in Brussels on Thursday.',
  'Fans gathered in the stadium for the final on Sunday.',
]);

// "Detainees were tortured by guards at the prison": bare "guards" are the state's keepers (COP, data/actors/roles.tsv)
// where their sentence tells of custody (data/lexicon/custody-words.tsv, resolve/custody-guards.ts); elsewhere they are
// no actor and attacks that kill them keep their targets.
expectAll('guards of a state\'s custody', [
  ['Detainees were tortured by guards at the prison, the UN said.', ['ASSAULT guards > Detainees']],
  ['Guards beat dozens of inmates at the jail in Tehran on Monday.', ['ASSAULT Guards > dozens of inmates']],
  ['Guards at the detention center in Libya shot dead three migrants on Sunday.', ['ASSAULT Guards > migrants']],
  ['Members of the Presidential Guard arrested the president in Niamey on Wednesday.', ['COERCE']],
]);
test('custody guards take the place\'s country', T, () => {
  assert.equal(find(code('Guards beat dozens of inmates at the jail in Tehran on Monday.'), 'beat').actor?.code, 'IRNCOP');
  assert.equal(find(code('Members of the Presidential Guard arrested the president in Niamey on Wednesday.'), 'arrested').actor?.code, 'NERMIL');
});
expectAll('guards killed keep the targets they had', [
  ['Gunmen killed two guards at a bank in Kabul on Monday.', ['ASSAULT Gunmen > two guards']],
  ['A rebel attack on a fuel depot killed two guards on Monday.', ['ASSAULT rebel > a fuel depot']],
]);

// "Police said they arrested 12 protesters in Nairobi": a plural pronoun taking up the armed or state body that speaks
// tells of that body's act, and takes that body's country from the place as the body does (core/assemble.ts); what
// residents say "they" did may be others' and stays uncoded.
test('a plural pronoun taking up the speaking police or army', T, () => {
  assert.equal(find(code('Police said they arrested 12 protesters in Nairobi on Monday.'), 'arrested').actor?.code, 'KENCOP');
  assert.equal(find(code('Soldiers said they had killed 15 militants near Maiduguri on Sunday.'), 'killed').actor?.code, 'NGAMIL');
  assert.equal(find(code('Troops said they had detained six smugglers near Agadez on Friday.'), 'detained').actor?.code, 'NERMIL');
});
test('residents\' "they" stays uncoded', T, () => {
  assert.equal(find(code('Residents said they were protesting in Lagos on Monday.'), 'protesting').actor?.code ?? null, null);
});

// "The peace agreement was signed by the government and the rebels in Doha": the venue lent its country to both sides
// (the government QATGOV; "the rebels in Doha" read as Qatar's rebels). Where sides named only by their roles meet or
// agree in a place not of the story's own country, the place lends none of them its country and the story's country
// stands (core/sides-abroad.ts, rule place:venue-lends-no-country). With no story country told the place still lends
// (plover-classes-20: "signed a ceasefire agreement in Juba" is South Sudan's), as it does to a named party's host.
const sidesOf = (text: string, trigger: string) => {
  const e = find(code(text), trigger);
  return [...(e.actors ?? [e.actor]), ...(e.targets ?? [e.target])].filter((x) => x !== null).map((x) => `${x.text}/${x.code}`);
};
const ABROAD: Array<[string, string, string[]]> = [
  ['KHARTOUM, Sudan (Reuters) — The peace agreement was signed by the government and the rebels in Doha on Monday.', 'signed', ['government/SDNGOV', 'rebels/SDNREB']],
  ['KHARTOUM, Sudan (AP) — The army and the rebels signed a truce in Jeddah on Saturday.', 'signed', ['army/SDNMIL', 'the rebels/SDNREB']],
  ['BANGUI, Central African Republic (AP) — The government met the rebels in Luanda on Friday.', 'met', ['government/CAFGOV', 'rebels/CAFREB']],
  ['JUBA, South Sudan (AP) — The government and the rebels signed a peace deal in Addis Ababa on Monday.', 'signed', ['government/SSDGOV', 'the rebels/SSDREB']],
];
for (const [text, trigger, sides] of ABROAD) {
  test(`sides meeting abroad take no country from the venue: ${text}`, T, () => assert.deepEqual(sidesOf(text, trigger), sides));
}
test('at home, for a named party\'s host and for police, the place still lends its country', T, () => {
  assert.deepEqual(sidesOf('JUBA, South Sudan (AP) — The government and the rebels signed a peace deal in Juba on Monday.', 'signed'), ['government/SSDGOV', 'the rebels/SSDREB']);
  assert.deepEqual(sidesOf('The prime minister met German officials in Rome on Monday.', 'met'), ['The prime minister/ITAGOV', 'German officials/DEUGOV']);
  assert.deepEqual(sidesOf('Police met community leaders in Nairobi on Friday.', 'met'), ['Police/KENCOP', 'community leaders/KENCVL']); // (civilians since roles-42)
  assert.deepEqual(sidesOf('Rebels in Kenya attacked a police station on Monday.', 'attacked'), ['Rebels/KENREB', 'a police station/KENCOP']);
});

// "a protest led by opposition leader X against the government": the leader named by a participle of leading
// (data/lexicon/leading-participles.tsv) leads a crowd's act, so one person there makes no complaint of the protest
// (core/word-sense.ts; was ACCUSE 114), and what the act is against hangs on the participle of doing or on its doer's
// name (landing-node.ts, rule roles:tree-noun-done-by-against; tree-roles/doer-landing.ts for protests). A march
// against someone keeps that target though the march is a protest emblem (tree-roles/banner-owner.ts).
expectAll('a nominal act led by X against Y', [
  ['Thousands marched through the capital in a protest led by opposition leader Maria Lopez against the government.', ['PROTEST opposition leader Maria Lopez > government']],
  ['A rebellion led by Colonel Moussa Diallo against the president broke out in Bamako on Monday.', ['PROTEST Colonel Moussa Diallo > the president']],
  ['Thousands joined a march against the government in Nairobi on Monday.', ['PROTEST Thousands > government']],
  ['Opposition leader Raila Odinga led a march against the government in Nairobi on Monday.', ['PROTEST Opposition leader Raila Odinga > government']],
]);
expectNone('a led protest is no complaint', 'ACCUSE', [
  'Thousands marched through the capital in a protest led by opposition leader Maria Lopez against the government.',
]);
expectAll('a protest lodged by one official stays a complaint, a rally of a side keeps no target', [
  ['The ambassador lodged a protest with the foreign ministry on Monday.', ['ACCUSE']],
  ['Supporters staged an opposition rally in Kampala on Sunday.', ['PROTEST Supporters > null']],
]);
