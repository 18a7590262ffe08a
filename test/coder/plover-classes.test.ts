import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { matchesSpec, participantCodes as names } from '../core/event-spec.ts';

// Classes of construction behind rows of the PLOVER type table (test/corpus/plover-types.tsv), each on sentences
// written for this file: a row passes when the coder gives exactly its events ("TYPE actor>target", as in the table).
// Rows with the same expectation before and after a class's fix guard what it must not change.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // a possessive determiner belongs to the object it precedes ("met his counterpart" is as direct as "met Lavrov")
  ['possessive determiner in the object', 'Antony Blinken met his Turkish counterpart in Ankara on Friday.', ['CONSULT USA>TUR']],
  // (a host's visitor is the CONSULT's actor and the host its recipient: PLOVER manual, core/refiners.ts visitorFirst)
  ['possessive determiner in the object', 'The French defence minister hosted her German counterpart in Paris.', ['CONSULT DEU>FRA']],
  ['possessive determiner in the object', 'Vladimir Putin hosted his Belarusian counterpart in Sochi.', ['CONSULT BLR>RUS']],
  // a person's possessive owns a said act or a meeting named by a noun
  ['possessive determiner owns a said act', 'Zelenskyy renewed his appeal to European leaders for more artillery shells.', ['REQUEST UKR>-']],
  ['possessive determiner owns a said act', 'Erdogan renewed his appeal to NATO allies for more support.', ['REQUEST TUR>NAT']],
  ['possessive determiner owns a said act', 'The Polish president repeated his warning to Moscow on Friday.', ['THREATEN POL>RUS']],
  // ... but the noun a speaker speaks in is how it was said, not a second act
  ['the vehicle of a saying is no act', 'Biden said in his latest broadside that the oil companies cheat.', []],
  ['the vehicle of a saying is no act', 'Macron said in his latest rebuke that the plan was a mistake.', []],
  // the pattern's own act noun as a passive's subject acts for its owner
  ['passive of an owned act noun', "Israel's offensive was launched on Monday.", ['ASSAULT ISR>-']],
  ['passive of an owned act noun', "The army's offensive was launched after midnight.", ['ASSAULT army>-']],
  ['passive of an owned act noun', "The defence minister's resignation was announced on Monday.", ['RETREAT minister>-']],
  ['passive of an owned act noun', "Hamas's proposal was rejected by Israel.", ['REJECT ISR>hamas']],
  // the pattern's own "of" names the force that moves itself; a released person is no force
  ['own "of" of an intransitive act noun', 'The withdrawal of French troops from Niger was completed in December.', ['RETREAT FRA>NER']],
  ['own "of" of an intransitive act noun', 'The pullout of US forces from Afghanistan ended in August.', ['RETREAT USA>AFG']],
  ['own "of" of an intransitive act noun', 'The withdrawal of Russian soldiers from the village was confirmed by Kyiv.', ['RETREAT RUS>-']],
  ['own "of" of an intransitive act noun', 'The release of political prisoners began on Monday.', []],
  // a giving verb's "to" names whom the thing goes to (a move of forces keeps "to" as where)
  ['handed over to a receiver', 'French troops handed over the Gao camp to the Malian army.', ['RETREAT FRA>MLI']],
  ['handed over to a receiver', 'U.N. peacekeepers handed over their base near Kidal to the army on Sunday.', ['RETREAT UN>army']],
  ['handed over to a receiver', 'The rebels turned over the town to government forces on Friday.', ['RETREAT rebels>government forces']],
  ['handed over to a receiver', 'Russia deployed troops to Belarus.', ['MOBILIZE RUS>-']],
  // a proposal, plan or demand named by a demonym is that country's: its owner is whom a rejection answers
  ['demonym owner of a proposal', 'Kyiv rejected the Russian plan.', ['REJECT UKR>RUS']],
  ['demonym owner of a proposal', 'Moscow dismissed the Ukrainian demand.', ['REJECT RUS>UKR']],
  ['demonym owner of a proposal', 'Hamas turned down the Egyptian proposal for a truce.', ['REJECT hamas>EGY']],
  // a verb of receiving: the subject is the recipient (target), "from" names the giver (actor)
  ['recipient subject', 'Egypt secured a $3 billion loan from the IMF on Friday.', ['AID IGOBUSIMF>EGY']],
  ['recipient subject', 'Gaza received humanitarian aid from Egypt.', ['AID EGY>PSE']],
  ['recipient subject', 'Kyiv has received air defence systems from Germany.', ['AID DEU>UKR']],
  ['recipient subject', 'Sudan received medical supplies from the World Health Organization.', ['AID who>SDN']],
  ['recipient subject', 'The Egyptian president received the Saudi foreign minister in Cairo.', ['CONSULT SAU>EGY']],
  // the topic of a protest is not coded as its own event: a denunciation or refusal it was held for gives way
  ['protest topic', 'Protesters gathered in front of the French embassy to denounce the coup.', ['PROTEST -']],
  ['protest topic', 'Demonstrators rallied in Tunis to reject the new constitution.', ['PROTEST TUN>-']],
  ['protest topic', 'Protesters rallied outside the US embassy to condemn the air strikes.', ['PROTEST Protesters>-']],
  ['protest topic', 'The opposition leader condemned the air strikes.', ['ACCUSE leader>-']],
  // the charge of a punishment ("for insulting ...") is part of it, not an act of the punisher
  ['charge of a punishment', 'Egypt arrested a blogger for insulting the president.', ['COERCE EGY>blogger']],
  ['charge of a punishment', 'Turkey blocked the news website for insulting the president.', ['COERCE TUR>-']],
  ['charge of a punishment', 'Russia banned the newspaper for condemning the war.', ['COERCE RUS>-']],
  ['charge of a punishment', 'Russia condemned the ban on the newspaper.', ['ACCUSE RUS>-']],
  // organisations no gazetteer names: a union owned by its trade, a coalition of groups, an electoral commission
  ['unnamed organisation', "The dockworkers' union called off its strike on Monday.", ['CONCEDE union>-']],
  ['unnamed organisation', 'The ruling party accused the election commission of bias.', ['ACCUSE party>election commission']],
  ['unnamed organisation', 'A coalition of rights groups sued the interior ministry.', ['ACCUSE rights groups>interior ministry']],
  ['unnamed organisation', 'The ministry was sued by a coalition of rights groups.', ['ACCUSE rights groups>ministry']],
  ['unnamed organisation', 'An alliance of opposition parties rejected the election results.', ['REJECT opposition parties>-']],
  ['unnamed organisation', 'The teachers demanded higher wages.', []],
  // a pattern that ends in its own "to"/"with" names the receiver or partner there, also in the passive
  ['own "to"/"with" of the pattern', 'A Russian hacker was extradited to the United States by Switzerland.', ['COOPERATE CHE>USA']],
  ['own "to"/"with" of the pattern', 'The drug lord was extradited to Mexico by Guatemala on Friday.', ['COOPERATE GTM>MEX']],
  ['own "to"/"with" of the pattern', 'Egypt shared intelligence with Israel.', ['COOPERATE EGY>ISR']],
  ['own "to"/"with" of the pattern', 'Turkey exchanged information with Iraq about the attackers.', ['COOPERATE TUR>IRQ']],
  ['own "to"/"with" of the pattern', 'The United States threatened Russia with new sanctions.', ['THREATEN USA>RUS']],
];

for (const [name, text, expected] of CASES) {
  test(`${name}: ${text}`, () => {
    const events = code(text);
    const got = events.map((e) => `${e.type} ${names(e, 'actor')}>${names(e, 'target')}`);
    for (const spec of expected) assert.ok(events.some((e) => matchesSpec(e, spec)), `no ${spec} in ${JSON.stringify(got)}`);
    assert.equal(events.length, expected.length, JSON.stringify(got));
  });
}
