import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, find, T } from './class-fixture.ts';

// Session 36 classes of the lead, each on texts written for this file, with negatives that must not change.
// 8 July 2025 is a Tuesday.
const code = coderPublishedOn('2025-07-08');
const has = (text: string, trigger: string, type: string) => {
  const event = find(code(text), trigger);
  assert.equal(event.type, type);
};

// A story is sport (or weather) when its sport words are four or more and outnumber its words of war and of the state's
// business (off-topic.tsv `news`: ceasefire, troops, ministry, border ...), not when four sport words turn up anywhere:
// a war or diplomacy story with a sentence on the athletes a strike killed or wounded had been read as a match
// report, where a country is a team, and lost every act between two states (core/off-topic.ts isSportsArticle).
const WAR_STORIES_WITH_SPORT_WORDS: ReadonlyArray<readonly [string, string, string]> = [
  ['Thailand and Cambodia agreed to a ceasefire on Monday after the final round of talks in Kuala Lumpur, Malaysia\'s foreign ministry said. Artillery fire hit a village near the border last week, killing a football coach and two of his players. The victims\' families said they had been preparing for a youth tournament. Thailand closed its border crossings with Cambodia on Tuesday.',
    'closed its border crossings', 'COERCE'],
  ['Iran accused Israel on Sunday of killing a wrestler in a drone strike near Tehran. The 24-year-old had won a medal at the Asian championship last year and was training for the world title, his club said. Iran\'s foreign ministry summoned the Swiss ambassador, whose country represents U.S. interests. Israel\'s military declined to comment. Iran asked the United Nations to condemn the strike.',
    'accused Israel', 'ACCUSE'],
  ['Azerbaijan accused Armenia on Wednesday of shelling its positions near the border, a charge Armenia\'s defence ministry denied. Azerbaijani officials said a shell landed near a stadium in the town of Tovuz during a youth match, wounding a coach and two players. Armenia said its troops had not fired and accused Azerbaijan of preparing a new military operation. Russia and France urged both countries to return to talks. The regional football federation postponed the rest of its tournament.',
    'accused Armenia', 'ACCUSE'],
];
for (const [text, trigger, type] of WAR_STORIES_WITH_SPORT_WORDS) {
  test(`a war story with some sport words is no match report: ${trigger}`, T, () => has(text, trigger, type));
}
const BRIEFS = [
  'Germany routed Brazil in the semi-final. The German attack overran the Brazilian defence, and the team scored five goals in the first half.',
  'The Dutch attack tore apart the Spanish defence in the final, and the team scored four goals, the coach said.',
];
for (const text of BRIEFS) {
  test(`a short match report stays sport: ${text.slice(0, 40)}`, T, () => assert.deepEqual(code(text).filter((e) => e.type === 'ASSAULT').map((e) => e.trigger.text), []));
}
test('the same state acts still need an armed or state side in a match report', T, () => {
  const report = 'Brazil beat Argentina 2-0 in the final on Sunday. Brazil attacked from the start, and the team scored twice before half-time. Argentina\'s coach said his players had lost their shape.';
  assert.deepEqual(code(report).filter((e) => e.type === 'ASSAULT').map((e) => e.trigger.text), []);
});
test('a weather story stays one: the storm hits, no one attacks', T, () => {
  const story = 'The storm battered the coast on Monday with winds of 180 km/h and heavy rain. Floods hit three towns as the hurricane moved inland. Forecasters said the rain would ease by Wednesday.';
  assert.deepEqual(code(story).filter((e) => e.type === 'ASSAULT').map((e) => e.trigger.text), []);
});

// "the French attack", "Spain's offensive", "England's attack": before an act noun also said of a team's play
// (military-act-nouns.tsv `play`), a demonym or a possessive makes a country's forces (the session-34 convention) that
// among sport words are its team: no armed side by that alone (core/actor-ref.ts isArmedOrState). A weapon word
// before the noun ("a Russian missile attack"), or a noun only said of war ("bombardment", "shelling"), still is one.
const TEAM_PLAY = [
  'France crushed Italy in the semi-final on Saturday. The French attack overwhelmed the Italian defence, and the team scored three goals in the second half.',
  'Spain dominated the match from the first minute. Spain\'s offensive wore down the Dutch defence, and the team scored twice in the second half.',
  'England\'s attack destroyed the Australian defence in the final, and the team scored four goals, the coach said.',
];
for (const text of TEAM_PLAY) {
  test(`a team's attack is no armed act: ${text.slice(0, 50)}`, T, () => assert.deepEqual(code(text).filter((e) => e.type === 'ASSAULT').map((e) => e.actor?.code), []));
}
const ARMED_AMONG_SPORT: ReadonlyArray<readonly [string, string]> = [
  ['A Russian missile attack on the stadium killed two players and a coach of the local team.', 'RUSMIL'],
  ['The Israeli bombardment of the stadium in Gaza killed 12 people, including players of the local football team.', 'ISRMIL'],
  ['Russian shelling hit the stadium during a match, killing two fans and a player.', 'RUSMIL'],
];
for (const [text, actor] of ARMED_AMONG_SPORT) {
  test(`an armed act among sport words stays: ${text.slice(0, 50)}`, T, () => assert.ok(code(text).some((e) => e.type === 'ASSAULT' && e.actor?.code === actor)));
}
test('outside sport, a country\'s attack stays its military\'s', T, () => {
  assert.ok(code('The Russian attack on the city killed 12 people.').some((e) => e.type === 'ASSAULT' && e.actor?.code === 'RUSMIL'));
});

// "young men", "young women" are a crowd of civilians, as "youths" are (data/actors/roles.tsv): the act of a crowd so
// named had no actor, and no event. "men" alone stays out ("his men", "armed men" are anyone's).
for (const [text, trigger, type] of [
  ['Young men blocked roads with burning tyres in Douala on Monday.', 'blocked roads', 'PROTEST'],
  ['Police fired tear gas at young men who threw stones at a police station in Kisumu.', 'threw stones', 'PROTEST'],
  ['Hundreds of young women marched to parliament in Nairobi to demand an end to femicide.', 'marched', 'PROTEST'],
] as const) {
  test(`young men and women are civilians: ${text}`, T, () => {
    const event = find(code(text), trigger);
    assert.equal(event.type, type);
    assert.match(event.actor?.text ?? '', /young (men|women)/i);
  });
}
test('armed men stay armed, not civilians', T, () => {
  assert.ok(code('Armed men attacked a bus near Kidal.').every((e) => !/CVL$/.test(e.actor?.code ?? '')));
});

// "Kipchumba Murkomen, the interior minister, said", "The interior minister, Paul Atanga Nji, said": a speaker named by a
// name no dictionary knows, with a person's title set off beside it by commas, holds the title: the story's country
// completes it as it completes the bare title (provenance/apposed-name.ts nameWithApposedTitle). The speaker had
// carried the name alone, with no code.
const sourceCode = (text: string, trigger: string) => {
  const source = find(code(text), trigger).provenance.source;
  return source === 'outlet' ? 'outlet' : source.code;
};
for (const [text, trigger, expected] of [
  ['Police in Nairobi arrested 40 protesters on Monday. Kenya said calm had returned. Kipchumba Murkomen, the interior minister, said the protesters had attacked a police station in Kenya.', 'attacked a police station', 'KENGOV'],
  ['Police in Yaounde arrested dozens of people on Monday, Cameroon\'s state radio said. The interior minister, Paul Atanga Nji, said the detainees had burned a police station in Cameroon.', 'burned a police station', 'CMRGOV'],
  ['Troops in Bamako detained two journalists on Friday, Mali\'s state television said. Moussa Diarra, the defence minister, said jihadists had attacked a checkpoint near Gao in Mali.', 'attacked a checkpoint', 'MLIGOV'],
] as const) {
  test(`a name set off with its title speaks with the title's code: ${trigger}`, T, () => assert.equal(sourceCode(text, trigger), expected));
}
test('a name set off with a title that is no office stays uncoded', T, () => {
  const text = 'Rebels attacked a base near Goma in Congo on Monday. Amani Kabila, a farmer, said the fighters had burned his house in Congo.';
  assert.notEqual(sourceCode(text, 'burned his house'), 'CODGOV');
});
