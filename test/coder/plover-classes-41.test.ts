import { coderPublishedOn, expectAll, expectNone, expectModes as expectModesOf } from './class-fixture.ts';

// Session 41 classes of PLOVER type and mode, on sentences written for this file (every positive failed before), with
// negatives that must keep their coding. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectModes = (name: string, cases: ReadonlyArray<readonly [string, string, string, string]>) => expectModesOf(code, name, cases);

// Vows to take a place by force. PLOVER manual, THREATEN: "all threats, coercive or forceful warnings with serious
// potential repercussions", mode territory "threaten to occupy, seize control of the whole or part of a territory";
// AGREE is a promise "to cooperate". A vow to march on a city (verbs.tsv, as "threatened to march on"), to free a
// city from an armed side, to storm a capital or to flush fighters out of a place (extra-verbs.tsv) threatens; a
// crowd's vow to march threatens protest (argument-senses.tsv march rows), a vow to free captives is a concession.
expectModes('a vow to march on or take a place is THREATEN', [
  ['The rebel leader vowed to march on Kinshasa.', 'vowed', 'THREATEN', 'territory'],
  ['The militia commander pledged to march on the capital if the talks collapse.', 'pledged', 'THREATEN', 'territory'],
  ['Haftar swore to march on Tripoli.', 'swore', 'THREATEN', 'territory'],
  ['The army vowed to free the city from the jihadists.', 'vowed', 'THREATEN', 'territory'],
  ['The rebels vowed to storm the capital.', 'vowed', 'THREATEN', 'violence'],
  ['The army chief promised to flush out the militants from the forest.', 'promised', 'THREATEN', 'violence'],
]);
expectModes('a crowd marching, captives freed and a peace kept stay what they were', [
  ['The farmers vowed to march on parliament.', 'vowed', 'THREATEN', ''],
  ['The government pledged to free the hostages.', 'pledged', 'CONCEDE', ''],
  ['The militia vowed to abide by the peace deal.', 'vowed', 'AGREE', ''],
  ['The court freed the activist from prison on Sunday.', 'freed', 'RETREAT', 'release'],
]);
expectNone(code, 'a crowd storming a square in the capital is no armed assault', 'ASSAULT', ["Protesters stormed the capital's main square on Sunday."]);

// Forces sent abroad to help. PLOVER manual, AID: "military and police assistance including arms and personnel";
// MOBILIZE: "military or police moves that fall short of the actual use of force". Troops a state sends into another
// country "to help", "to assist" (clause-cues.tsv helping-aim; core/troops-to-help.ts) are AID to that country (CAMEO
// 072); troops sent to a border, with no aim, for drills ("to support the exercises") or inside their own country stay
// MOBILIZE.
expectAll(code, 'troops sent abroad to help are AID to the country', [
  ['Rwanda sent 1,000 soldiers to Mozambique to help fight Islamist insurgents.', ['AID Rwanda > Mozambique']],
  ['Chad deployed troops to Niger to help the army battle jihadists.', ['AID Chad > Niger']],
  ['Burundi dispatched 600 soldiers to Congo to assist government forces against the rebels.', ['AID Burundi > Congo']],
]);
expectModes('troops sent to help at home, to a border or with no aim stay MOBILIZE', [
  ['Kenya deployed troops to its border with Somalia.', 'deployed', 'MOBILIZE', 'troops'],
  ['Rwanda sent 1,000 soldiers to Mozambique.', 'sent', 'MOBILIZE', 'troops'],
  ['Nigeria deployed soldiers to Borno state to help police fight bandits.', 'deployed', 'MOBILIZE', 'troops'],
  ['Russia sent troops to Belarus to support the exercises.', 'sent', 'MOBILIZE', 'troops'],
]);

// The mode of a mobilization is the forces moved. PLOVER manual, MOBILIZE modes: troops "mobilize armed personnel or
// units", militia "any non-state entity with significant military capability". Insurgents the troops go to fight are
// whom they face (the target), not the forces moved (src/export/event-mode.ts blanks the target out of the wording).
expectModes('troops sent against insurgents are troops, an armed group mobilizing militia', [
  ['The government deployed 2,000 troops to fight insurgents in the north.', 'deployed', 'MOBILIZE', 'troops'],
  ['The army deployed soldiers to confront the militia in the east.', 'deployed', 'MOBILIZE', 'troops'],
  ['Hezbollah mobilized its fighters in southern Lebanon.', 'mobilized', 'MOBILIZE', 'militia'],
]);

// Cooperation charged in an accusation. Coding guide rule 5: "An accusation that X did Y is coded as ACCUSE. Y is
// also coded as its own event only when it is a specific incident the text describes." A partner named in a charge of
// cooperation (supplying, funding, collaborating with) is no anchor of an incident, only a day or a count is
// (core/accused-acts.ts); the act right after an agentless "was accused of" is a charge like any other.
expectNone(code, 'cooperation charged is no event of its own', 'COOPERATE', ["Juba accused Machar's party of collaborating with the White Army militia."]);
expectNone(code, 'aid charged is no event of its own', 'AID', [
  'Washington accused Tehran of supplying drones to Russia.',
  'Israel accused Iran of funding Hamas.',
]);
expectNone(code, 'a generic charge after an agentless accusation is no event', 'COERCE', ['The minister was accused of backing the coup plotters.']);
expectAll(code, 'a charged incident with a count or a day stays its own event', [
  ['Pakistan accused India of ambushing and killing two border guards.', ['ACCUSE Pakistan > India', 'ASSAULT India > border guards']],
  ['Israel accused Iran of sending 300 drones to Russia last month.', ['ACCUSE Israel > Iran', 'AID Iran > Russia']],
  ['The militia was accused of killing 20 villagers in Ituri on Sunday.', ['ASSAULT']],
]);

// Economic and military ties restored. PLOVER manual, COOPERATE: "initiate, resume, improve, or expand economic
// exchange or cooperation"; SUPPORT ambiguities: "military cooperation or defense should be coded as COOPERATE with a
// military context"; SUPPORT: "initiate, resume, improve, or expand diplomatic, non-material cooperation". Trade,
// economic or military ties restored are COOPERATE (verbs.tsv 061/062 rows); diplomatic ties restored stay SUPPORT.
expectModes('trade and military ties restored are COOPERATE', [
  ['India and China resumed trade ties after the border standoff.', 'resumed', 'COOPERATE', 'economic'],
  ['Seoul and Tokyo resumed military ties on Monday.', 'resumed', 'COOPERATE', 'military'],
  ['Qatar and Egypt re-established economic relations.', 're-established', 'COOPERATE', 'economic'],
]);
expectModes('diplomatic ties restored stay SUPPORT', [
  ['Egypt and Iran restored diplomatic relations on Sunday.', 'restored', 'SUPPORT', ''],
  ['Chad restored relations with Israel.', 'restored', 'SUPPORT', ''],
]);

// A crowd dispersed with no weapon named. PLOVER manual, ASSAULT ambiguities: crowd-control "should be reserved for
// instances where there is an explicit mention of a crowd control weapon or tactic. Cases that discuss more ambiguous
// interactions such as 'police pushed back protesters' would be coded as RESTRICT" (COERCE restrict). A crowd dispersed
// or scattered with no weapon or force in the sentence is COERCE (argument-senses.tsv disperse/scatter rows, CAMEO
// 1721); tear gas, water cannon, live rounds or injuries keep it ASSAULT (CAMEO 175).
expectModes('a crowd dispersed with no weapon named is COERCE restrict', [
  ['Police dispersed the protesters outside parliament.', 'dispersed', 'COERCE', 'restrict'],
  ['Riot police scattered the demonstrators in Harare.', 'scattered', 'COERCE', 'restrict'],
  ['Police dispersed a crowd of opposition supporters.', 'dispersed', 'COERCE', 'restrict'],
]);
expectModes('a dispersal with a weapon or force named stays ASSAULT', [
  ['Police dispersed the rally with tear gas.', 'dispersed', 'ASSAULT', 'crowd-control'],
  ['Police used water cannon to disperse protesters in Tbilisi.', 'used', 'ASSAULT', 'crowd-control'],
  ['Police violently dispersed the march, injuring 12 people.', 'violently', 'ASSAULT', ''],
]);

// Talks asked for as a noun. PLOVER manual, REQUEST meet: "meetings and negotiations". A bare request for talks, a
// summit or mediation (modes.tsv REQUEST 020|100 meet row, after the yield, change and assist rows) is meet; a request
// for a loan stays assist.
expectModes('a request for talks, a summit or mediation is meet', [
  ['The opposition asked the president for talks on the election crisis.', 'asked', 'REQUEST', 'meet'],
  ['Hamas asked Egypt for mediation with Israel.', 'asked', 'REQUEST', 'meet'],
  ['Zelensky asked Erdogan for a summit with Putin.', 'asked', 'REQUEST', 'meet'],
]);
expectModes('a request for a loan stays assist', [['Somalia asked the World Bank for a loan.', 'asked', 'REQUEST', 'assist']]);
