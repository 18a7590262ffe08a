import { coderPublishedOn } from './class-fixture.ts';
import { ploverCases } from './plover-cases.ts';

// Classes of construction behind PLOVER types and modes (session 22), each on sentences written for this file: a
// case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec ends in ":mode" with that
// PLOVER mode (src/export/event-mode.ts; ":" alone asks for no mode) and may add "@certainty". Cases a class's fix does
// not change guard it.
const code = coderPublishedOn('2024-05-10');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // An answer to another's act (clause-cues.tsv answering: retaliate, hit back, strike back, respond) announced for the
  // future by the side that would answer is a threat, the speaker its actor (core/conditional-threat.ts): the answer
  // waits on the other's act as a condition's act does (PLOVER: THREATEN is ASSAULT + hypothetical). A plain act
  // announced stays planned (dev coding guide), another side's or nobody's forecast keeps its reading, a done answer is
  // the attack
  ['announced answer', 'Iran said it would retaliate against any Israeli attack.', ['THREATEN IRN>ISR:violence@asserted']],
  ['announced answer', 'The Houthis said they would hit back at the United States.', ['THREATEN houthis>USA:violence@asserted']],
  ['announced answer', 'Hezbollah said it would strike back at Israel.', ['THREATEN hezbollah>ISR:violence@asserted']],
  ['announced answer', 'The army said it would respond with force to any incursion.', ['THREATEN army>-:violence@asserted']],
  ['announced answer', 'Hamas will retaliate against Israel, its spokesman said.', ['THREATEN spokesman>ISR:violence@asserted']],
  ['announced answer', 'The army said it will strike the rebels on Monday.', ['ASSAULT army>rebels@planned']],
  ['announced answer', 'Analysts said Iran would retaliate against Israel.', ['ASSAULT IRN>ISR@planned']],
  ['announced answer', 'Ukrainian officials said Russia would retaliate against Kyiv.', ['ACCUSE UKRGOV>RUS']],
  ['announced answer', 'Iran retaliated against Israel with missiles.', ['ASSAULT IRN>ISR@asserted']],
  // A threat row that takes the first word of a noun row wins over it, as a request row does (extract/triggers.ts
  // UNDONE_ACT_ROOTS): the strike threatened over pay is not held ("strike over * wage", nouns.tsv, was longer and won)
  ['threatened noun act', 'Doctors threatened to strike over unpaid wages.', ['THREATEN doctors>-:restrict']],
  ['threatened noun act', 'Dockworkers threatened a strike over wages.', ['THREATEN dockworkers>-:restrict']],
  ['threatened noun act', 'Nurses threatened to strike over pay on Monday.', ['THREATEN nurses>-:restrict']],
  ['threatened noun act', 'The unions threatened a general strike against the pension reform.', ['THREATEN unions>reform:restrict']],
  ['threatened noun act', 'Teachers went on strike over unpaid wages.', ['PROTEST teachers>-:strike']],
  // A body named by its work (clause-cues.tsv acting-body) that a hostile act lands on, as its object or oblique or as
  // the owner of what it hits, is the act's recipient, not an AID event (core/non-events.ts isBodyActedOn); deploying,
  // extending or expelling one keeps its own reading
  ['body acted on', 'Protesters attacked the UN peacekeeping mission in Goma.', ['ASSAULT protesters>IGOUNO']],
  ['body acted on', 'Gunmen fired on a UN peacekeeping force near the border.', ['ASSAULT gunmen>IGOUNO:firearms']],
  ['body acted on', 'Israeli tanks shelled the positions of the UN peacekeeping force in Lebanon.', ['ASSAULT ISRMIL>IGOUNO']],
  ['body acted on', 'The African Union deployed a peacekeeping force to Somalia.', ['AID IGOAFRAFU>-']],
  ['body acted on', 'The Security Council voted to extend the peacekeeping mission in South Sudan for another year.', ['AID security-council>-']],
  ['body acted on', 'The junta expelled the UN stabilization mission.', ['SANCTION junta>IGOUNO:expel']],
  // Slogans shouted or flags waved (a PROTEST row on a protest emblem) in a manner clause of an attack, or around one,
  // by its doer are how the attacker acted, no demonstration (core/beside-other-acts.ts isEmblemOfAttack); a crowd's
  // slogans beside a march, beside a riot or beside others' force stay its protest
  ['emblem of an attack', 'A gunman opened fire on worshippers while shouting slogans.', ['ASSAULT gunman>worshippers:firearms']],
  ['emblem of an attack', 'The attacker stabbed three people while shouting religious slogans.', ['ASSAULT attacker>people:primitive']],
  ['emblem of an attack', 'Militants stormed the village, waving black flags.', ['ASSAULT militants>village']],
  ['emblem of an attack', 'Protesters marched through the capital shouting slogans against the government.', ['PROTEST protesters>government:demo']],
  ['emblem of an attack', 'Protesters chanted slogans outside parliament while police fired tear gas.', ['PROTEST protesters>-:demo', 'ASSAULT police>-:crowd-control']],
  ['emblem of an attack', 'Protesters threw stones at police while chanting slogans.', ['PROTEST protesters>police:riot']],
  // A vow or pledge to reject, block or veto (a REJECT row as the content of data/lexicon/speech-acts.tsv vow/promise) is
  // the rejection, with the content's own code and mode (core/speech-acts.ts vowedRejection): no AGREE (a promise to
  // cooperate) of the bare "vow to" row, which the rejection it governs was dropped under
  ['vowed rejection', 'The opposition vowed to block the reforms in parliament.', ['REJECT opposition>-:change']],
  ['vowed rejection', 'Lawmakers vowed to reject the reform plan.', ['REJECT lawmakers>-:change']],
  ['vowed rejection', 'Hungary vowed to block the EU aid package for Ukraine.', ['REJECT HUN>-:assist']],
  ['vowed rejection', 'The president pledged to veto the bill.', ['REJECT president>-']],
  ['vowed rejection', 'The opposition rejected the reforms.', ['REJECT opposition>-:change']],
  ['vowed rejection', 'The government vowed to cooperate with the inquiry.', ['AGREE government>-']],
  ['vowed rejection', 'The minister vowed to crush the rebellion.', ['THREATEN minister>-:violence']],
  // A promise to end or halt attacks is a future retreat, CONCEDE (manual: "announcements of future retreats"), also
  // where the parse read "to" as the case of the verb and the verb as a compound of its object ("pledged [to end]
  // attacks", extract/tree-repair/infinitive-read-as-noun.ts): the content was unseen and the bare "pledge to" AGREE won
  ['promised end of attacks', 'The rebels pledged to end attacks on aid convoys.', ['CONCEDE rebels>-']],
  ['promised end of attacks', 'The government pledged to end attacks on aid convoys.', ['CONCEDE government>-']],
  ['promised end of attacks', 'The militia promised to end raids on villages.', ['CONCEDE militia>-']],
  ['promised end of attacks', 'The army pledged to halt shelling of residential areas.', ['CONCEDE army>-']],
  ['promised end of attacks', 'The rebels ended attacks on aid convoys.', ['RETREAT rebels>-:ceasefire']],
  // An appeal to return to talks asks for a meeting (CAMEO 026, mode meet), not a release: "urge * to return" (0253,
  // "return the hostages") matched first, the talks beyond the gap of the "to negotiate" rows (verbs.tsv rows
  // "urge|ask|call on * to return to * talk")
  ['appeal to return to talks', 'The UN envoy urged both sides to return to talks in Jeddah.', ['REQUEST IGOUNO>-:meet']],
  ['appeal to return to talks', 'The EU urged Iran to return to nuclear talks.', ['REQUEST IGOEUREEC>IRN:meet']],
  ['appeal to return to talks', 'Washington called on Israel and Hamas to return to negotiations.', ['REQUEST USA>-:meet']],
  ['appeal to return to talks', 'Qatar urged the rebels to return the hostages.', ['REQUEST QAT>rebels:yield']],
  // A vow or threat to take territory (retake, capture, seize, annex) is the manual's THREATEN territory, "threaten to
  // occupy, seize control of ... a territory" (data/ontology/modes.tsv, before violence); the vow's bare THREATEN (130)
  // had no mode; a threat of plain force stays violence
  ['threatened territory', 'The army vowed to retake the town of Wad Madani.', ['THREATEN army>-:territory']],
  ['threatened territory', 'The rebels vowed to capture the capital.', ['THREATEN rebels>-:territory']],
  ['threatened territory', 'Russia threatened to annex the region.', ['THREATEN RUS>-:territory']],
  ['threatened territory', 'Iran threatened to retaliate against Israel.', ['THREATEN IRN>ISR:violence']],
  // What halted talks were about is negotiated, not done, as for talks held (core/governed.ts: CAMEO 164, "halt
  // negotiations", governs the agreement, support or retreat it names); a halted partnership (160) governs nothing
  ['halted talks topic', 'The government suspended talks on joining the European Union.', ['SANCTION government>IGOEUREEC:withdraw']],
  ['halted talks topic', 'Israel broke off negotiations on a ceasefire with Hamas.', ['SANCTION ISR>hamas:withdraw']],
  ['halted talks topic', 'The junta froze talks with ECOWAS on restoring civilian rule.', ['SANCTION junta>IGOWAFWAS:withdraw']],
  ['halted talks topic', 'Ankara and Brussels held talks on joining the EU.', ['CONSULT TUR>-']],
  ['halted talks topic', 'The United States halted its strategic partnership with Tbilisi.', ['SANCTION USA>GEO:discontinue']],
  // A launch of missiles (MOBILIZE, CAMEO 150, no target named) whose participle kills or wounds people is the attack
  // (core/refiners.ts mergeParticipleConsequences, tollOfLaunch): one ASSAULT, not a show of weapons and a killing; a
  // launch with no toll, or a test, stays MOBILIZE weapons
  ['launch with a toll', 'Russia fired two ballistic missiles on Tuesday, killing 12 people in Poltava.', ['ASSAULT RUS>-']],
  ['launch with a toll', 'Russia launched two cruise missiles on Monday, killing five civilians in Odesa.', ['ASSAULT RUS>-']],
  ['launch with a toll', 'Iran fired three ballistic missiles on Sunday, killing four people in Erbil.', ['ASSAULT IRN>-']],
  ['launch with a toll', 'North Korea test-fired a new intercontinental ballistic missile on Thursday.', ['MOBILIZE PRK>-:weapons']],
];

ploverCases(code, CASES);
