import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { matchesSpec, participantCodes as names } from '../core/event-spec.ts';

// More classes of construction behind rows of the PLOVER type table (test/corpus/plover-types.tsv, session 12 rows),
// each on sentences written for this file: a row passes when the coder gives exactly its events ("TYPE actor>target").
// Rows with the same expectation before and after a class's fix guard what it must not change.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // an allegation with a that-clause accuses the clause's subject, whether or not the clause holds a coded act
  ['allegation of a clause', 'The opposition alleged that the ruling party had rigged the vote.', ['ACCUSE opposition>ruling party']],
  ['allegation of a clause', 'The prosecutor alleged that the former minister had taken bribes from a Chinese firm.', ['ACCUSE prosecutor>former minister']],
  ['allegation of a clause', 'Kenya alleged that Somalia was harbouring al-Shabaab militants.', ['ACCUSE KEN>SOM']],
  ['allegation of a clause', 'Rights groups charged that the army had tortured detainees.', ['ACCUSE rights groups>army', 'ASSAULT army>detainees']],
  ['allegation of a clause', 'Prosecutors allege the former minister took bribes.', ['ACCUSE prosecutors>former minister']],
  ['allegation of a clause', 'The alleged attack took place on Sunday.', []],
  ['allegation of a clause', 'The opposition said that the ruling party had rigged the vote.', []],
  ['allegation of a clause', 'The minister claimed that the economy had grown by 5 percent.', []],
  // an amount "in" loans, grants or financing is monetary aid
  ['amount in aid', "The World Bank approved $700 million in financing for Nigeria's power sector.", ['AID world bank>NGA']],
  ['amount in aid', 'The IMF released $1 billion in loans to Egypt on Friday.', ['AID IGOBUSIMF>EGY']],
  ['amount in aid', 'Japan provided $50 million in emergency aid to Turkey.', ['AID JPN>TUR']],
  ['amount in aid', 'Investors approved $700 million in spending on new stadiums.', []],
  // regret "over"/"about"/"at" an act is a concession as regret "for" it (PLOVER CONCEDE)
  ['regret over', 'The prime minister expressed regret over the deaths of the protesters.', ['CONCEDE prime minister>-']],
  ['regret over', 'Japan voiced remorse about its wartime conduct.', ['CONCEDE JPN>-']],
  ['regret over', 'The army expressed regret at the killing of two farmers by its soldiers.', ['CONCEDE army>farmers', 'ASSAULT army>farmers']],
  ['regret over', 'The minister expressed concern over the deaths of the protesters.', ['ACCUSE minister>protesters']],
  // a threat with no addressee is aimed at whoever must act in its if/unless clause
  ['threat condition party', 'China threatens retaliation if Manila deploys missiles on disputed reefs.', ['THREATEN CHN>PHL']],
  ['threat condition party', 'Russia warned of a military response if Finland joined NATO.', ['THREATEN RUS>FIN']],
  ['threat condition party', 'The army threatened to storm the camp if the fighters did not surrender.', ['THREATEN army>fighters']],
  ['threat condition party', 'The union threatened a strike unless the government raised wages.', ['THREATEN union>government']],
  ['threat condition party', 'Kim Jong Un threatened to use nuclear weapons if North Korea is attacked.', ['THREATEN PRK>-']],
  ['threat condition party', 'Turkey warned Sweden that it would block its NATO membership.', ['THREATEN TUR>SWE']],
  // a passive relation named by a thing lands on its "with" partner
  ['passive relation with a partner', 'Diplomatic ties with Taiwan were cut by Honduras in March.', ['SANCTION HND>TWN']],
  ['passive relation with a partner', 'Relations with Qatar were restored by Egypt in 2021.', ['SUPPORT EGY>QAT']],
  ['passive relation with a partner', 'Ties with Israel were frozen by Turkey after the raid.', ['SANCTION TUR>ISR']],
  ['passive relation with a partner', 'Contacts with the junta were suspended by the African Union.', ['SANCTION african union>junta']],
  ['passive relation with a partner', 'The men were shot by their captors.', ['ASSAULT captors>men']],
  // "by X" the parser made a second passive subject is the agent
  ['"by" read as a second passive subject', 'A rally by opposition supporters was held in Lusaka on Saturday.', ['PROTEST ZMBOPP>-']],
  ['"by" read as a second passive subject', 'A rally by opposition supporters was held in Harare.', ['PROTEST ZWEOPP>-']],
  ['"by" read as a second passive subject', 'A protest by opposition supporters was held in Nairobi on Friday.', ['PROTEST KENOPP>-']],
  ['"by" read as a second passive subject', 'A demonstration by Kurdish activists was broken up by police in Istanbul.', ['PROTEST TUROPP>-']],
  // calling off (or threatening) a protest makes its people political participants, as protesting does
  ['protesters who call off a protest', 'Farmers ended their protest on Sunday.', ['CONCEDE farmers>-']],
  ['protesters who call off a protest', 'The students ended their boycott of classes.', ['CONCEDE students>-']],
  ['protesters who call off a protest', 'Teachers in Kenya suspended their strike after the government raised wages.', ['CONCEDE KEN>-']],
  ['protesters who call off a protest', 'The doctors treated the wounded.', []],
  ['protesters who call off a protest', 'Lawyers called off the meeting.', []],
  // an intent named by the pattern's own noun ("willingness", "readiness") is no thing agreed on: the partner stands
  ['intent noun is no target', 'The rebels signalled willingness to negotiate with the government.', ['AGREE rebels>government']],
  ['intent noun is no target', 'The junta showed willingness to talk to ECOWAS.', ['AGREE junta>IGOWAFWAS']],
  ['intent noun is no target', 'The militia expressed readiness to hold talks with the army.', ['AGREE militia>army']],
  ['intent noun is no target', 'Iran expressed readiness to hold talks with the United States.', ['AGREE IRN>USA']],
  ['intent noun is no target', "Syria accepted the UN envoy's peace plan for a ceasefire.", ['AGREE SYR>UN']],
  // what a concession eases is the restricting itself: no target (people it frees are one)
  ['eased restrictions are no target', 'Egypt eased restrictions on the Rafah crossing.', ['CONCEDE EGY>-']],
  ['eased restrictions are no target', 'China lifted lockdown requirements in Shanghai.', ['CONCEDE CHN>-']],
  ['eased restrictions are no target', 'The government relaxed restrictions on opposition parties.', ['CONCEDE government>opposition parties']],
  ['eased restrictions are no target', 'The junta pardoned 300 prisoners.', ['CONCEDE junta>prisoners']],
  ['eased restrictions are no target', 'Myanmar junta extends state of emergency.', ['COERCE MMR>-']],
  ['eased restrictions are no target', 'The government extended the state of emergency for three months.', ['COERCE government>-']],
  // a diplomat withdrawn "from" a country is SANCTION withdraw, not a retreat from territory
  ['diplomat withdrawn from a country', 'France withdrew its ambassador from Niger.', ['SANCTION FRA>NER']],
  ['diplomat withdrawn from a country', 'Algeria withdrew its envoy from Madrid on Saturday.', ['SANCTION DZA>ESP']],
  ['diplomat withdrawn from a country', 'Israel pulled its ambassador from Turkey.', ['SANCTION ISR>TUR']],
  ['diplomat withdrawn from a country', 'Russia withdrew its troops from the Kyiv region.', ['RETREAT RUS>-']],
  // lifting a veto or objection withdraws a refusal: CONCEDE (a headline's -s verb is tried first)
  ['lifted veto', "Turkey lifts veto on Sweden's NATO bid.", ['CONCEDE TUR>-']],
  ['lifted veto', "Turkey lifted its veto on Sweden's NATO bid.", ['CONCEDE TUR>-']],
  ['lifted veto', "Hungary lifted its objection to Finland's membership of NATO.", ['CONCEDE HUN>-']],
  ['lifted veto', "Austria ended its opposition to Romania's Schengen membership.", ['CONCEDE AUT>-']],
  ['lifted veto', 'The president vetoed the bill.', ['REJECT president>-']],
  // a speaker no gazetteer codes who tells its own coercive plan does not accuse itself (the plan stays planned)
  ['own plan of an uncoded speaker', 'The junta said it would arrest any journalist who reported on the protests.', ['COERCE junta>journalist']],
  ['own plan of an uncoded speaker', 'The government said it would ban the opposition party.', ['COERCE government>opposition party']],
  ['own plan of an uncoded speaker', 'The rebels said they would attack the capital.', ['ASSAULT rebels>capital']],
  ['own plan of an uncoded speaker', 'The opposition said the government would arrest its leaders.', ['ACCUSE opposition>government']],
  // a verb of completing supports the act noun it governs: its subject is the act's actor
  ['completed act', 'The FARC completed the handover of its weapons to UN monitors.', ['RETREAT farc>-']],
  ['completed act', 'The rebels completed the release of 20 hostages.', ['RETREAT rebels>-']],
  ['completed act', 'Hezbollah completed the withdrawal of its fighters from the border area.', ['RETREAT hezbollah>-']],
  ['completed act', 'Israel and Hamas concluded talks in Cairo.', ['CONSULT ISR+hamas>-']],
  // the pattern's own noun as a passive's subject is what is given: the verb's "to" is whom it lands on
  ['passive given "to"', 'Amnesty was granted to 500 rebel fighters by the Colombian government.', ['CONCEDE COL>fighters']],
  ['passive given "to"', 'Asylum was granted to the former president by Mexico.', ['AID MEX>former president']],
  ['passive given "to"', 'A pardon was granted to the jailed journalist by the king.', ['CONCEDE king>journalist']],
  ['passive given "to"', 'The suspect was extradited to France by Belgian authorities.', ['COOPERATE BEL>FRA']],
  // charging, indicting and prosecuting are ACCUSE allege (PLOVER manual); arrests stay COERCE
  ['charge is an allegation', 'Prosecutors charged the opposition leader with treason.', ['ACCUSE prosecutors>opposition leader']],
  ['charge is an allegation', 'The former president was indicted on corruption charges on Monday.', ['ACCUSE ->former president']],
  ['charge is an allegation', 'The former finance minister was charged with fraud in Nairobi on Tuesday.', ['ACCUSE ->KEN']],
  ['charge is an allegation', 'Police arrested the opposition leader.', ['COERCE police>opposition leader']],
  ['charge is an allegation', 'The footballer was charged with assault in Madrid on Tuesday.', []],
  // a passive charge's "by" is who charged, also where the parser hangs it on the charge's noun
  ['charged by', 'Two journalists were charged with espionage by Russian prosecutors.', ['ACCUSE RUS>RUS']],
  ['charged by', 'Thirty protesters were charged with rioting by prosecutors in Dakar.', ['ACCUSE SENJUD>SENOPP']],
  ['charged by', 'Three soldiers were charged with murder by a military court.', ['ACCUSE court>soldiers']],
  ['charged by', 'The village was hit with rockets by the rebels.', ['ASSAULT rebels>village']],
  ['charged by', "Kyiv's operations were described as false-flag operations by the Russian military.", ['ACCUSE ->RUSMIL']],
  // moving to block or veto is a refusal, not the imported row's yielding
  ['moved to block', 'China moved to block the resolution at the Security Council.', ['REJECT CHN>-']],
  ['moved to block', 'Hungary moved to veto the EU aid package.', ['REJECT HUN>EU']],
  ['moved to block', 'The court moved to bar the opposition candidate from the election.', ['REJECT court>opposition']],
  ['moved to block', 'Russia vetoed a Security Council resolution on Syria.', ['REJECT RUS>-']],
  // the visitor of a hosted visit (CAMEO 043) is the actor, the host the recipient; a host with no visitor named acts
  ['visitor is the actor', 'Chinese President Xi Jinping hosted his Brazilian counterpart in Beijing on Friday.', ['CONSULT BRA>CHN']],
  ['visitor is the actor', 'Macron hosts Zelenskyy in Paris.', ['CONSULT UKR>FRA']],
  ['visitor is the actor', 'The Egyptian president received the Saudi foreign minister in Cairo.', ['CONSULT SAU>EGY']],
  ['visitor is the actor', 'Egypt hosted talks on Gaza.', ['CONSULT EGY>-']],
  ['visitor is the actor', 'Antony Blinken met his Turkish counterpart in Ankara on Friday.', ['CONSULT USA>TUR']],
];

for (const [name, text, expected] of CASES) {
  test(`${name}: ${text}`, { timeout: 60_000 }, () => {
    const events = code(text);
    const got = events.map((e) => `${e.type} ${names(e, 'actor')}>${names(e, 'target')}`);
    for (const spec of expected) assert.ok(events.some((e) => matchesSpec(e, spec)), `no ${spec} in ${JSON.stringify(got)}`);
    assert.equal(events.length, expected.length, JSON.stringify(got));
  });
}
