import { test } from 'node:test';
import assert from 'node:assert/strict';
import { coderPublishedOn, expectAll, expectCodes, expectNone, find, T } from './class-fixture.ts';

// Session 34's lead classes, each on sentences written for this file, with negatives that must not change.
// 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');

// "President Samia Suluhu Hassan ... Hassan blamed": a surname the article introduced names that person, also when the
// actor dictionary knows another person by that one word (Jordan's Hassan, Saudi Arabia's Abdullah, Monaco's Albert)
// (resolve/later-mentions.ts namesSomeoneElse)
expectCodes(code, 'a surname the article introduced beats a one-word dictionary name', [
  ['President Samia Suluhu Hassan thanked the police. Hassan blamed foreign-funded groups for the riots.', 'blamed', 'TZAGOV'],
  ['Sudanese army spokesman Nabil Abdullah said the RSF shelled El Obeid. Abdullah accused the paramilitaries of targeting civilians.', 'accused', 'SDNMIL'],
  ['Haitian police chief Rameau Albert said officers killed 10 gang members in Port-au-Prince. Albert accused the gangs of using children as shields.', 'accused', 'HTICOP'],
  ['Yemeni army spokesman Ahmed Faysal said the Houthis shelled Taiz. Faysal accused the rebels of targeting markets.', 'accused', 'YEMMIL'],
]);
expectCodes(code, 'a one-word dictionary name no one else in the article bears keeps its entry', [
  ['Putin accused Ukraine of attacking a nuclear plant.', 'accused', 'RUSGOV'],
  ['Russian President Vladimir Putin arrived in Beijing. Putin accused the West of provoking the war.', 'accused', 'RUSGOV'],
]);

// "were beaten and arrested", "were beaten and detained by soldiers": a participle coordinated after a passive verb,
// with no subject, auxiliary or object of its own, shares its "were" (the people undergo both acts, they do not arrest)
// and the "by" agent after the last conjunct is every conjunct's (tree-roles/passive-conjunct.ts sharesPassive,
// sharedAgent; extract/roles.ts findAgent)
expectAll(code, 'coordinated passive participles share the auxiliary and the agent', [
  ['Two opposition leaders were beaten and arrested in Minsk on Wednesday.', ['COERCE null > opposition leaders']],
  ['Two journalists were beaten and detained by soldiers on Monday.', ['ASSAULT soldiers > journalists', 'COERCE soldiers > journalists']],
  ['Three students were kidnapped and held by gunmen for a week.', ['ASSAULT gunmen > students']],
  ['Four fishermen were seized and taken by pirates to Eyl.', ['ASSAULT pirates > Four fishermen']],
]);
expectAll(code, 'an active verb after a passive one keeps the passive subject as its doer', [
  ['The opposition leader was detained and later flew to Moscow.', ['CONSULT The opposition leader > Moscow']],
  ['The minister was received by the emir and later met Hamas leaders.', ['CONSULT The minister > Hamas leaders']],
]);
// "attacked the base ... before they were overpowered and pushed back": each agentless report of the repulsion folds
// into the attack the sentence names (core/refiners.ts mergeAgentlessWithAgent, now more than one per attack)
for (const text of [
  'Militants attacked an army base near Beledweyne before they were overpowered and pushed back.',
  'Gunmen raided a police station in Zamfara overnight before they were overpowered and repelled.',
  'Fighters stormed a checkpoint near Kidal before they were overpowered and beaten back.',
]) {
  test(`repulsion reports fold into the attack: ${text}`, T, () => {
    const got = code(text).filter((e) => e.type === 'ASSAULT');
    assert.equal(got.length, 1, JSON.stringify(got.map((e) => e.trigger.text)));
  });
}

// "Protesters gathered in May 13 Square", "the July 26 Movement": a date naming a place or a body is a name, no time
// of the act, and no narrative time for the sentences after it (resolve/dates.ts NAMED_AFTER_DATE)
for (const [text, trigger, value] of [
  ['Police fired tear gas at protesters in May 13 Square.', 'fired', '2025-06-09'],
  ['Protesters gathered in May 13 Square. Police arrested 30 of them.', 'arrested', '2025-06-09'],
  ['Supporters of the July 26 Movement marched in Havana. Police detained 12 marchers.', 'detained', '2025-06-09'],
  ['Troops blocked the 6th of October Bridge. Soldiers fired on the crowd.', 'fired', '2025-06-09'],
  ['Police arrested 30 people on March 23.', 'arrested', '2025-03-23'],
] as const) {
  test(`a date naming a place or a body dates nothing: ${text}`, T, () => {
    assert.equal(find(code(text), trigger).date?.value, value);
  });
}

// "The National Assembly voted to impeach ...", "the Constitutional Court rejected ...": a state's chambers and courts
// named by their kind, without the country, are the story's, as "parliament" and "the court" are (data/actors/roles.tsv)
expectCodes(code, 'chambers and courts named by their kind are the story country\'s', [
  ['ANTANANARIVO, Madagascar (Reuters) — The National Assembly voted to impeach the president on Tuesday.', 'impeach', 'MDGLEG'],
  ['KINSHASA (Reuters) — The Constitutional Court rejected the opposition\'s appeal on Tuesday.', 'rejected', 'CODJUD'],
  ['SEOUL (AP) — The lower house voted to impeach the prime minister on Friday.', 'impeach', 'KORLEG'],
]);

// "called the verdict politically motivated", "called the election rigged": calling another's act political, rigged or
// against the constitution accuses its author, as "called the arrests illegal" does (data/patterns/extra-verbs.tsv);
// calling accusations baseless denies them (no accusation), and calling a situation calm judges no one
expectAll(code, 'calling an act rigged, unconstitutional, provocative or politically motivated accuses', [
  ['The opposition leader called the verdict politically motivated.', ['ACCUSE The opposition leader > null']],
  ['The opposition called the election rigged and demanded a recount.', ['ACCUSE The opposition > null']],
  ['The party called the ban unconstitutional.', ['ACCUSE The party > null']],
  ['Moscow called the drills provocative.', ['ACCUSE Moscow > null']],
]);
expectNone(code, 'calling accusations baseless or a situation calm is no accusation', 'ACCUSE', ['The minister called the accusations baseless.', 'The governor called the situation calm.']);

// "Iran warned Israel's allies", "Israel's allies condemned": allies, partners, neighbours, backers and rivals of a
// side are others tied to it, as kin are (data/lexicon/kin-nouns.tsv; tree-roles/participants.ts, extract/roles.ts
// findObject): the owner lends them no code, the name in apposition is who they are
expectCodes(code, 'the owner of allies or rivals is not their side', [
  ['Iran accused Israel\'s allies of arming Tel Aviv.', 'accused', 'IRN', null],
  ['Iran threatened Israel\'s allies.', 'threatened', 'IRN', null],
  ['Iran warned Israel\'s allies against joining the war.', 'warned', 'IRN', null],
  ['Russia\'s closest ally, Belarus, condemned the sanctions.', 'condemned', 'BLR'],
]);
expectNone(code, 'allies with no name of their own act for no one coded', 'ACCUSE', ['Israel\'s allies condemned the strike.', 'China\'s neighbours criticized the drills.']);
expectCodes(code, 'an owner\'s own body is still the owner\'s', [
  ['Iran warned Israel\'s army against entering Lebanon.', 'warned', 'IRN', 'ISRMIL'],
]);

// "Hamas fighters attacked ... Israel accused the militant group of ...": a role naming a group by its kind after "the"
// ("the militant group", "the rebel group", "the armed group") refers back to the group named before, as "the group"
// does (resolve/anaphor-phrases.ts: the known role phrase no longer blocks the description)
expectCodes(code, 'the militant group takes up the group named before', [
  ['Hamas fighters attacked an army post near Gaza. Israel accused the militant group of violating the truce.', 'accused', 'ISR', 'hamas'],
  ['Al-Shabab fighters stormed a base near Mogadishu. The army accused the militant group of killing civilians.', 'accused', undefined, 'al-shabaab'],
  ['Hamas fighters attacked an army post near Gaza. Israel struck the militant group in Rafah.', 'struck', 'ISR', 'hamas'],
]);
expectCodes(code, 'a militant group named by kind with "a" stays a role of the story', [
  ['GAZA (Reuters) — Israel struck a militant group in Rafah.', 'struck', 'ISR', 'PSEREB'],
]);

// 'chanting "Arrest Yoon"', 'shouted "Sanctions now"': the words a crowd chants, shouts or carries are its slogan, the
// topic of its protest, no act the sentence tells (core/protest-topic.ts, clause-cues.tsv "chanting"); a speaker's
// quoted statement is told as before
for (const [text, type] of [
  ['Protesters in Tbilisi chanted "Sanctions on Ivanishvili" outside parliament.', 'SANCTION'],
  ['Protesters outside the embassy chanted "Sanctions on Israel now".', 'SANCTION'],
  ['Demonstrators shouted "Arrest the generals" outside the court.', 'COERCE'],
] as const) expectNone(code, 'a chanted slogan is no act', type, [text]);
expectAll(code, 'a speaker\'s quoted words are still told', [
  ['The spokesman said: "We will attack the city."', ['ASSAULT']],
  ['Hamas said in a statement, "Our fighters attacked an army post."', ['ASSAULT']],
]);
