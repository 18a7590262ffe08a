import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 31 recall classes: events the coder missed or coded as another type, each on sentences written for this
// file, with negatives that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Officials attributed the attack to the Islamic State group", "pinned the killing on a gang", "laid the blame for the
// ambush on Boko Haram": an act laid on its doer after "to"/"on" (verbs.tsv attribute/pin/lay the blame rows) is an
// ACCUSE of that party, and the act inside its words is nested in it (extract/triggers.ts laysActOn), so its actor is
// the party and it is alleged; a plain copy of the act the parse hung the party on as its target goes
// (withoutLaidOnTwins). "attributed" and "pinned" report the act they take as done (clause-cues reacting).
expectAll('an act attributed or laid on its doer', [
  ['Officials attributed the attack to the Islamic State group.', ['ACCUSE Officials > Islamic State group', 'ASSAULT Islamic State group > null']],
  ['Iraqi officials attributed Sunday\'s bombing to the Islamic State group.', ['ACCUSE Iraqi officials > Islamic State group', 'ASSAULT Islamic State group > null']],
  ['Police pinned the massacre on a local militia.', ['ACCUSE Police > local militia', 'ASSAULT local militia > null']],
  ['The army laid the blame for the ambush on Boko Haram.', ['ACCUSE army > Boko Haram', 'ASSAULT Boko Haram > null']],
  ['Pakistan pinned the blame for the attack on India.', ['ACCUSE Pakistan > India', 'ASSAULT India > null']],
  ['The government pinned the blame on rebel fighters.', ['ACCUSE government > rebel fighters']],
]);
test('the act laid on its doer is alleged, never a blow at the doer', T, () => {
  const events = code('The army laid the blame for the ambush on Boko Haram.');
  const ambush = events.filter((e) => e.type === 'ASSAULT');
  assert.equal(ambush.length, 1, JSON.stringify(events.map(brief)));
  assert.equal(ambush[0].provenance.certainty, 'alleged');
  assert.equal(find(code('Officials attributed the attack to the Islamic State group.'), 'attack').provenance.certainty, 'alleged');
});
expectNone('a cause that is no act accuses nobody', 'ACCUSE', [
  'The ministry attributed the delay to bad weather.',
  'The company attributed the rise in profits to strong demand.',
]);
expectNone('the blame itself is no second accusation by the blamed', 'ACCUSE rebel', [
  'The government pinned the blame on rebel fighters.',
]);

// "Kyiv held Moscow responsible for the strike": the act charged names its doer, as "blamed Moscow for the strike"
// does (verbs.tsv hold * responsible for * act): the act's actor is the party held responsible, not the one holding it.
expectAll('an act someone is held responsible for', [
  ['Kyiv held Moscow responsible for the strike on the power plant.', ['ACCUSE Kyiv > Moscow', 'ASSAULT Moscow > the power plant']],
  ['Officials held the Islamic State group responsible for the attack.', ['ACCUSE Officials > Islamic State group', 'ASSAULT Islamic State group > null']],
  ['Seoul held Pyongyang responsible for the missile strike.', ['ACCUSE Seoul > Pyongyang', 'ASSAULT Pyongyang > null']],
]);
expectNone('the one who holds another responsible did not attack', 'ASSAULT Officials', [
  'Officials held the Islamic State group responsible for the attack.',
]);

// "Police said the attack bore the hallmarks of the Islamic State group": an act noun, the subject of a verb whose
// object is a hallmark "of" a party (clause-cues hallmark), is laid on the party by the speaker: the speaker's ACCUSE,
// and the act alleged of the party (core/hallmark-accusation.ts). With nobody saying so, nobody accuses.
expectAll('an act that bears the hallmarks of a party', [
  ['Police said the attack bore the hallmarks of the Islamic State group.', ['ACCUSE Police > Islamic State group', 'ASSAULT Islamic State group > null']],
  ['The army said the bombing bore the hallmarks of al-Shabab.', ['ACCUSE army > al-Shabab', 'ASSAULT al-Shabab > null']],
  ['The bombing bore the hallmarks of al-Shabab, officials said.', ['ACCUSE officials > al-Shabab', 'ASSAULT al-Shabab > null']],
  ['Ukrainian officials said the cyberattack carried the signature of Russian military intelligence.', ['ACCUSE Ukrainian officials > Russian military intelligence']],
]);
test('the act with a hallmark is alleged', T, () => {
  assert.equal(find(code('The army said the bombing bore the hallmarks of al-Shabab.'), 'bombing').provenance.certainty, 'alleged');
});
expectNone('a hallmark of no act accuses nobody', 'ACCUSE', [
  'The president said the reform bore the hallmarks of his predecessor.',
  'Critics said the election bore the hallmarks of a rigged vote.',
]);

// "The government opposes holding early elections", "ruled out holding a referendum": a concession or commitment under
// a refusal cue (speech-acts.tsv refuse, decline, oppose, rule out) is the refusal (PLOVER REJECT, "all rejections and
// refusals"), not the concession it would be (core/speech-acts.ts refusedYield).
expectAll('a concession opposed or ruled out', [
  ['The government opposes holding early elections.', ['REJECT government > null']],
  ['The ruling party opposed holding a snap election in the spring.', ['REJECT The ruling party > null']],
  ['The prime minister ruled out holding a referendum on independence.', ['REJECT The prime minister > null']],
  ['The president ruled out calling early elections.', ['REJECT The president > null']],
  ['The minister ruled out sending troops to Niger.', ['REJECT The minister > null']],
]);
expectNone('a concession opposed is not made', 'CONCEDE', [
  'The government opposes holding early elections.',
  'The prime minister ruled out holding a referendum on independence.',
]);
expectAll('a concession agreed or announced stays one', [
  ['The government agreed to hold early elections.', ['AGREE government > null']],
  ['The prime minister announced early elections for March.', ['CONCEDE']],
]);
expectNone('a step not ruled out is no refusal', 'REJECT', [
  'Israel did not rule out striking Iran\'s nuclear sites.',
  'The government has not ruled out holding early elections.',
]);

// "Police forcibly evicted squatters from the building": an eviction of people is a forced removal (CAMEO 201, as
// the rows for residents and families), whoever is evicted (verbs.tsv evict with an object; remove|evict squatters,
// migrants, vendors); squatters, vendors and hawkers are civilians (data/actors/roles.tsv).
expectAll('a forced eviction of people', [
  ['Police forcibly evicted squatters from the building on Monday.', ['ASSAULT Police > squatters']],
  ['Police evicted the protesters from the park on Sunday.', ['ASSAULT Police > protesters']],
  ['City police evicted street vendors from the old market on Tuesday.', ['ASSAULT police > street vendors']],
  ['Security forces forcibly removed migrants from a makeshift camp in Paris.', ['ASSAULT Security forces > migrants']],
]);
expectAll('an eviction counted stays as it was', [
  ['Authorities evicted hundreds of street vendors from the city center.', ['ASSAULT Authorities > hundreds of street vendors']],
]);
expectNone('an eviction between private parties is no event', 'ASSAULT', [
  'The landlord evicted the tenant for unpaid rent.',
]);

// "Parliament passed a law requiring foreign-funded groups to register as foreign agents": legislation that obliges
// civil society, the press or parties restricts them (CAMEO 172, PLOVER COERCE restrict); a duty laid on companies
// or a law that restricts nobody is no event.
expectAll('a law or decree that obliges civil society', [
  ['Parliament passed a law requiring foreign-funded groups to register as foreign agents.', ['COERCE Parliament > foreign agents']],
  ['Lawmakers approved a bill requiring NGOs to disclose foreign funding.', ['COERCE Lawmakers > NGOs']],
  ['The president signed a law forcing media outlets to register as foreign agents.', ['COERCE The president > null']],
]);
expectNone('a law obliging companies or raising an age restricts no freedom', 'COERCE', [
  'The Senate passed a bill requiring companies to report emissions.',
  'Parliament passed a law raising the retirement age.',
]);

// "Leaders offered condolences to the victims' families": an empathetic comment (CAMEO 018) has no PLOVER type in the
// crosswalk and commits to nothing (argument-senses.tsv offer + condolence): no AGREE. An offer of help stays one.
expectNone('condolences offered are no commitment', 'AGREE', [
  'Leaders offered condolences to the victims\' families.',
  'The prime minister offered his condolences to the families of those killed.',
  'Erdogan offered his sympathies to the people of Morocco after the earthquake.',
]);
expectAll('an offer of help or mediation stays an offer', [
  ['Qatar offered to mediate between the two sides.', ['AGREE Qatar > the two sides']],
  ['Japan offered aid to the victims of the earthquake.', ['AGREE Japan > victims']],
]);

// "Azerbaijan's president blamed Russia for the downing of a passenger jet over Grozny": the act noun right after the
// accusation's last word ("for"/"of") is found twice, inside the accusation and as the sentence's own trigger, and the
// parse may give the own copy the place as its target ("null > Grozny", asserted); the nested copy is the act charged,
// alleged of the accused (extract/accused-twins.ts chargedNoun). An act past the accusation's clause keeps its own reading.
test('an act charged right after "blamed X for" is one alleged act of X', T, () => {
  for (const text of [
    'Azerbaijan\'s president blamed Russia for the downing of a passenger jet over Grozny.',
    'Officials blamed the militia for the assassination of the governor in Kandahar.',
    'Kyiv blamed Moscow for the downing of a cargo plane over Odesa.',
  ]) {
    const acts = code(text).filter((e) => e.type === 'ASSAULT');
    assert.equal(acts.length, 1, `${text}: ${JSON.stringify(acts.map(brief))}`);
    assert.equal(acts[0].provenance.certainty, 'alleged', text);
    assert.notEqual(acts[0].actor, null, text);
  }
});
expectAll('an act after the accusation\'s clause stays the sentence\'s own', [
  ['Manila accused Beijing of provoking tensions and warned of countermeasures.', ['ACCUSE Manila > Beijing']],
]);

// "The Red Cross handed the hostages over to Israeli troops": a release told with the particle after the captives
// (verbs.tsv hand|turn * hostage|captive|body * over, CAMEO 0841) is the release "handed over the hostages" is.
expectAll('captives handed over, the particle after them', [
  ['The Red Cross handed the hostages over to Israeli troops in Gaza.', ['RETREAT Red Cross > Israeli troops']],
  ['Hamas handed the three hostages over to the Red Cross in Khan Younis on Saturday.', ['RETREAT Hamas > Red Cross']],
  ['Rebels turned the captives over to the Red Cross on Sunday.', ['RETREAT Rebels > Red Cross']],
]);
expectAll('a suspect handed over to the courts stays judicial cooperation', [
  ['Police handed the suspect over to prosecutors.', ['COOPERATE Police > prosecutors']],
]);
