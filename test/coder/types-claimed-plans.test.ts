import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A plan of force told by someone else is an accusation of the planner (src/core/refiners.ts claimedPlanAsAccusation);
// told by the planner's own side, or by a title we cannot place, it is the planner's plan; a planned sanction and a
// forecast by nobody's side (analysts, residents) stay the planned act. A speaker's own hostile act
// under a condition is a threat (src/core/conditional-threat.ts). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} -> ${e.target?.text ?? null} ${e.provenance.certainty}`;

const CASES: Array<[string, string, string]> = [
  ['another state tells the plan', 'Russia will launch a new offensive in the spring, Ukrainian officials said.', 'ACCUSE Ukrainian officials -> Russia asserted'],
  ['another state tells the plan', 'North Korea is preparing a nuclear test, South Korean officials said.', 'ACCUSE South Korean officials -> North Korea asserted'],
  ['a named person tells the plan', 'Iran is planning an attack on U.S. forces, Donald Trump said.', 'ACCUSE Donald Trump -> Iran asserted'],
  ['the state tells its rebels\' plan (the speaker phrase after "the" keeps its code)', 'The rebels will attack the capital, the Sudanese army said.', 'ACCUSE Sudanese army -> The rebels asserted'],
  ['the planner\'s own state', 'The Israeli army will expand its operation in Rafah, Defense Minister Yoav Gallant said.', 'ASSAULT Israeli army -> null planned'],
  ['a title we cannot place', 'Kenya will send 1,000 police officers to Haiti, the president said.', 'MOBILIZE Kenya -> null planned'],
  ['a title we cannot place', 'The army will deploy more troops to the north, a spokesman said.', 'MOBILIZE army -> null planned'],
  ['a title we cannot place', 'Hamas will fire rockets at Israel, its spokesman said.', 'ASSAULT Hamas -> Israel planned'],
  // an answer to another's act (retaliate, hit back) its own side announces is a threat (plover-classes-22.test.ts)
  // an acting title the text does not place is the speaker's own head
  ['the acting title unplaced', 'The Kremlin said the president would order new strikes on Ukrainian energy sites.', 'ASSAULT the president -> Ukrainian energy sites planned'],
  ['the acting title unplaced', 'The defence ministry said the commander would send more troops to the border.', 'MOBILIZE the commander -> null planned'],
  ['the acting title unplaced', 'Hamas said its leader would order attacks on Israeli towns.', 'ASSAULT its leader -> Israeli towns planned'],
  // a sanction is a policy its government announces, whoever tells it
  ['a planned sanction is no accusation', 'Officials said Washington would impose sanctions on two Chinese firms.', 'SANCTION Washington -> Chinese firms planned'],
  ['a planned sanction is no accusation', 'Western diplomats said Russia would expel more European envoys.', 'SANCTION Russia -> European envoys planned'],
  ['a planned sanction is no accusation', 'The White House said the president would impose new sanctions on Iran.', 'SANCTION the president -> Iran planned'],
  // nobody's side tells it: a forecast, not an accusation; a side's role still accuses
  ['a forecast by nobody\'s side', 'Analysts said Moscow would attack Kharkiv in the summer.', 'ASSAULT Moscow -> Kharkiv planned'],
  ['a forecast by nobody\'s side', 'Residents said the militia would burn the village.', 'ASSAULT the militia -> the village planned'],
  ['a forecast by nobody\'s side', 'Experts said China would invade Taiwan within a decade.', 'ASSAULT China -> Taiwan planned'],
  ['a side\'s role tells it', 'The rebels said the army would attack their positions.', 'ACCUSE The rebels -> army asserted'],
  ['a side\'s role tells it', 'The opposition said the government would arrest its leaders.', 'ACCUSE The opposition -> government asserted'],
  // conditional force told by the side that would use it: THREATEN, the speaker the actor (PLOVER: ASSAULT + hypothetical)
  ['conditional force, the actor\'s title', 'Israel will strike Iran if it attacks Israeli territory, the prime minister said.', 'THREATEN the prime minister -> Iran asserted'],
  ['conditional force, "we" in the quote', '"We will strike Iran if it attacks us," the prime minister said.', 'THREATEN the prime minister -> Iran asserted'],
  ['conditional force, the actor\'s own official', 'If Israel enters Rafah, Hamas will fire rockets at Tel Aviv, a Hamas official said.', 'THREATEN Hamas official -> Tel Aviv asserted'],
  ['conditional force, the speaker itself', 'Hamas said it would fire rockets at Tel Aviv if Israel entered Rafah.', 'THREATEN Hamas -> Tel Aviv asserted'],
  ['conditional force another side forecasts', 'If the ceasefire collapses, Russia will launch a new offensive, Ukrainian officials said.', 'ASSAULT Russia -> null conditional'],
  ['conditional force the outlet states', 'If the talks fail, the rebels will resume attacks on the capital.', 'ASSAULT the rebels -> the capital conditional'],
  ['a conditional retreat is no threat', 'If the army attacks, the rebels will retreat into the hills, a rebel spokesman said.', 'RETREAT the rebels -> null conditional'],
  // a warning of one's own state's force (core/speech-acts.ts, the speaker one state with the actor; the modal's verb
  // re-tagged, tree-repair/retag-verb.ts)
  ['warning of its own state\'s force', 'Netanyahu warned that Israel would strike Iran.', 'THREATEN Netanyahu -> Iran asserted'],
  ['warning of its own state\'s force', 'Ukraine\'s defense minister warned that Ukraine would hit targets inside Russia.', 'THREATEN Ukraine\'s defense minister -> null asserted'],
  ['warning of its own force, the verb after "would" read as a noun', 'The army warned that it would strike rebel positions.', 'THREATEN army -> rebel asserted'],
  ['warning of its own force, the verb after "would" read as a noun', 'Sudan warned that it would strike rebel positions.', 'THREATEN Sudan -> rebel asserted'],
  ['warning of another state\'s force is a forecast', 'The UN warned that Israel could attack Rafah.', ''],
  // a labour strike (data/patterns/argument-senses.tsv, strike by subject)
  ['a union\'s strike is a protest', 'The union will strike if wages are not raised, its leader said.', 'PROTEST union -> null planned'],
];

for (const [name, text, expected] of CASES) {
  test(`claimed plan — ${name}: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected ? [expected] : []);
  });
}

// the sense of "strike" by its subject: workers strike (PROTEST), fighters strike something (ASSAULT)
const STRIKES: Array<[string, string]> = [
  ['Teachers struck for a third day on Wednesday.', 'PROTEST Teachers -> null asserted'],
  ['Workers struck at the port on Monday, the union said.', 'PROTEST Workers -> null claimed'],
  ['The transport union struck on Friday.', 'PROTEST union -> null asserted'],
  ['Rebels struck an army post on Monday.', 'ASSAULT Rebels -> an army post asserted'],
];
for (const [text, expected] of STRIKES) {
  test(`strike by its subject: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), [expected]);
  });
}
