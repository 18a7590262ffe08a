import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brief, coderPublishedOn, expectAll as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 27 recall classes: events the coder missed, each on sentences written for this file, with negatives
// that must not change. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectAll = (name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>) => expectCoded(code, name, cases);
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);

// "Saturday's airstrike killed 12 civilians": a lead that tells an act by its definite noun was kept only as a
// mention of an act told before, and dropped when the story told none. Dated by its own possessive and the subject
// of a toll verb, the act is stated as having happened (core/stated-occurrence.ts isDatedTollSubject); it still
// refers back (coreference merges it with the act told before, when there is one).
expectAll('a definite act dated by its possessive and told by its toll', [
  ['Saturday\'s airstrike killed 12 civilians in the town of Marib, officials said.', ['ASSAULT null > civilians']],
  ['Tuesday\'s bombing wounded 30 people at a market in Kabul.', ['ASSAULT']],
  ['Last week\'s raid left five dead in the village, residents said.', ['ASSAULT null > null']],
  ['Monday\'s mortar attack wounded six children at a school.', ['ASSAULT']],
]);
test('the dated act keeps its possessive day', T, () => {
  assert.equal(find(code('Saturday\'s airstrike killed 12 civilians in the town of Marib, officials said.'), 'airstrike').date?.value, '2025-06-07');
  assert.equal(find(code('Last week\'s raid left five dead in the village, residents said.'), 'raid').date?.value, '2025-06-02');
});
test('a dated act told before is one event with its toll', T, () => {
  const events = code('Saudi-led jets struck the town of Marib on Saturday, residents said. Saturday\'s airstrike killed 12 civilians, officials said.');
  assert.equal(events.filter((e) => e.type === 'ASSAULT').length, 1, JSON.stringify(events.map(brief)));
});
// (a dated act of force as the subject of any verb, "Saturday's airstrike was condemned by the United Nations", is an
// event since session 38: recall-classes-38.test.ts)
expectNone('an undated or untolled definite act stays a mention', 'ASSAULT', [
  'Last month\'s floods killed 40 people in the province.',
]);

// "Police had a shootout with armed robbers", "troops were engaged in a firefight with militants": a fight noun after
// "have" had no actor, and the stative passive of a verb of taking part ("were engaged in", "were involved in",
// "were locked in") made the subject the target. Verb rows "have * firefight with" (data/patterns/verbs.tsv); the
// verbs of taking part through "in" are support verbs (data/lexicon/support-verbs.tsv); their passive is a state
// whose subject takes part (extract/verb-roles.ts, tree-roles/tree-actors.ts).
expectAll('a side of a gun battle told in nominal form', [
  ['Police had a shootout with armed robbers in Lagos on Thursday.', ['ASSAULT Police > armed robbers']],
  ['Border guards had a brief exchange of fire with smugglers near the crossing on Wednesday.', ['ASSAULT Border guards > smugglers']],
  ['Soldiers had a gun battle with bandits in Zamfara state on Monday.', ['ASSAULT Soldiers > bandits']],
  ['Troops were engaged in a firefight with al-Shabab militants outside Mogadishu on Sunday.', ['ASSAULT Troops > al-Shabab militants']],
  ['Police were engaged in a gun battle with kidnappers near Abuja on Tuesday.', ['ASSAULT Police > kidnappers']],
  ['Police were involved in a firefight with suspected kidnappers near Kaduna on Tuesday.', ['ASSAULT Police > kidnappers']],
  ['Government soldiers were locked in fierce fighting with rebels near Goma on Monday.', ['ASSAULT Government soldiers > rebels']],
  ['The minister was involved in talks with the unions on Monday.', ['CONSULT The minister > unions']],
]);
expectAll('the active forms stay as they were', [
  ['Indian troops engaged in a gunfight with suspected rebels in Manipur on Friday.', ['ASSAULT Indian troops > rebels']],
  ['Soldiers exchanged fire with Taliban fighters near the border on Monday, the army said.', ['ASSAULT Soldiers > Taliban fighters']],
  ['Security forces clashed with gunmen in the Sinai on Saturday.', ['ASSAULT Security forces > gunmen']],
  ['Friday\'s suicide attack killed nine soldiers at an army post in northern Mali.', ['ASSAULT null > soldiers']],
]);
expectNone('a fight that is no armed clash stays out', 'ASSAULT', [
  'The team had a fight with its sponsor over money.',
]);

// "after rival clans fought over land": a fight by a kin group or crowd had no actor (no row in data/actors/roles.tsv,
// or a civil role that is no political participant), so the event was lost (session 26 kept the main clause's
// subject out of it). Clans, tribes, tribesmen and fans are rows of kind group, as a mob is; such a group in a fight
// (data/lexicon/mutual-fight-nouns.tsv) with no one else named is a side of communal violence (core/actor-ref.ts
// isGroupSideOfFight). A group's force on others named ("a mob attacked villagers") is communal violence since session
// 38 (recall-classes-38.test.ts), and among sport words a fight of fans still needs an armed or state participant.
expectAll('a fight by clans, tribes or fans in a subordinate clause', [
  ['Police arrested 20 people after rival clans fought over land in the district on Sunday.', ['ASSAULT rival clans > null', 'COERCE Police > people']],
  ['Troops were deployed after rival tribes clashed near the town on Friday.', ['ASSAULT rival tribes > null']],
  ['Armed tribesmen clashed over grazing land in Darfur on Monday, killing 15 people.', ['ASSAULT Armed tribesmen > null']],
  ['The governor imposed a curfew after clansmen attacked a police post in the district on Sunday.', ['ASSAULT clansmen > a police post']],
]);
expectNone('fans in a sports story still need an armed or state side', 'ASSAULT', [
  'The Football Association fined the club after its fans attacked the referee in the cup final.',
  'Fans cheered as the team arrived in the capital on Monday.',
]);

// "Pakistan summoned the Afghan envoy … Islamabad accused Kabul of sheltering militants": the summons (CAMEO 114) and
// the accusation (112) are both ACCUSE, and coreference merged them as one act told twice, so the accusation was lost.
// A summons or formal complaint, a lawsuit and a verdict are acts of their own (core/coreference-compatible.ts
// otherAccusationForm); two summonses, or an accusation and a criticism, may still be one act told twice.
for (const text of [
  'Pakistan summoned the Afghan envoy on Tuesday. Islamabad accused Kabul of sheltering militants.',
  'China summoned the Japanese ambassador on Friday to protest the visit. Beijing accused Tokyo of provoking tensions.',
  'Algeria summoned the French ambassador on Sunday. Algiers accused Paris of interfering in its affairs.',
]) {
  test(`a summons and an accusation stay two events: ${text}`, T, () => {
    const events = code(text);
    assert.equal(events.filter((e) => e.type === 'ACCUSE').length, 2, JSON.stringify(events.map(brief)));
    find(events, 'accused');
  });
}
test('one summons told twice stays one event', T, () => {
  const events = code('Russia summoned the British ambassador on Monday. Moscow summoned the envoy over the expulsions, the ministry said.');
  assert.equal(events.filter((e) => e.type === 'ACCUSE').length, 1, JSON.stringify(events.map(brief)));
});

// Rows of test/corpus/plover-types.tsv: "The families of the hostages appealed to the kidnappers": an armed side a
// request presses, named by its role alone, is a political participant as a state office is (core/actor-ref.ts);
// "Kenya's request for a loan from the IMF was approved": the request noun is addressed to whoever decides it ("was
// granted by Spain", clause-cues deciding-request) or gives what it asks for ("from the IMF"), who, with no agent
// named, is the one who approves it (extract/tree-roles/request-addressee.ts, noun-roles.ts, verb-roles.ts).
expectAll('a request pressing an armed side, and whom a request noun asks', [
  ['The families of the hostages appealed to the kidnappers to free them.', ['REQUEST families > the kidnappers']],
  ['Residents appealed to the rebels to leave the town on Monday.', ['REQUEST Residents > the rebels']],
  ['Britain\'s request for the extradition of the suspect was granted by Spain.', ['REQUEST Britain > Spain']],
  ['Ukraine\'s request for air defence systems from Germany was rejected by Berlin on Monday.', ['REQUEST Ukraine > Berlin']],
  ['Kenya\'s request for a loan from the IMF was approved on Friday.', ['REQUEST Kenya > IMF', 'AID IMF > Kenya']],
  ['Ghana\'s request for a bailout from the World Bank was approved on Tuesday.', ['REQUEST Ghana > World Bank', 'AID World Bank > Ghana']],
]);
expectAll('a request verb keeps its addressee', [
  ['Pakistan requested a loan from the IMF on Monday.', ['REQUEST Pakistan > IMF']],
  ['Relatives of the missing men urged the police to step up the search.', ['REQUEST Relatives > police']],
]);

// "Moon welcomed Kim after the plane landed in Seoul": after a subordinator the parse read "the plane landed" as a noun
// with a reduced relative ("after talks held in Doha" rightly is), and the window reader lent the landing (an arrival,
// CONSULT) to the main clause's subject. Verbs of arriving, ending or happening that take no object
// (data/lexicon/subject-act-verbs.tsv) make the phrase a clause (tree-repair/clause-read-as-phrase.ts); a subordinate
// clause whose subject is a thing, an act or a weapon does not take the main clause's subject
// (tree-roles/own-clause-subject.ts).
for (const [text, trigger, lent] of [
  ['President Moon welcomed Kim Jong Un after the plane landed in Seoul on Friday.', 'landed', 'President'],
  ['Egyptian President Abdel Fattah al-Sisi received the Saudi crown prince after the plane landed in Cairo on Sunday.', 'landed', 'Egyptian President Abdel Fattah al-Sisi'],
  ['Russian President Vladimir Putin welcomed Indian Prime Minister Narendra Modi after the plane landed in Moscow on Monday.', 'landed', 'Russian President Vladimir Putin'],
] as const) {
  test(`a subordinate clause's arrival is not the main subject's: ${text}`, T, () => {
    const events = code(text);
    assert.ok(!events.some((e) => e.trigger.text.startsWith(trigger) && e.actor?.text === lent), JSON.stringify(events.map(brief)));
  });
}
for (const [text, trigger, lent] of [
  ['Officials met after the delegation arrived in Geneva on Monday.', 'arrived', 'Officials'],
  ['Police arrested the driver after the truck crashed into the crowd on Sunday.', 'crashed', 'Police'],
] as const) {
  test(`a subordinate clause's act stays off the main subject, as before: ${text}`, T, () => {
    const events = code(text);
    assert.ok(!events.some((e) => e.trigger.text.startsWith(trigger) && e.actor?.text === lent), JSON.stringify(events.map(brief)));
  });
}
expectAll('the main clause keeps its act, and a clause with its own actor keeps it', [
  ['President Moon welcomed Kim Jong Un after the plane landed in Seoul on Friday.', ['SUPPORT']],
  ['Fighting resumed after rebel commanders arrived in the town on Monday.', ['ASSAULT']],
]);
expectNone('a participle describing the noun stays one', 'CONSULT', [
  'Calm returned after talks held in Doha on Monday.',
]);
