import { coderPublishedOn } from './class-fixture.ts';
import { ploverCases } from './plover-cases.ts';

// Classes of construction behind PLOVER types and modes (session 25), each on sentences written for this file: a
// case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec ends in ":mode" with that
// PLOVER mode (src/export/event-mode.ts; ":" alone asks for no mode) and may add "@certainty". Cases a class's fix does
// not change guard it. A target written "0" asks for none at all ("-" takes any).
const code = coderPublishedOn('2024-05-10');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // Fending an attack off ("fended|fought|warded off", "beat|drove back an attack|offensive by X") answers it as repelling
  // does: fighting by the side that answers on the attack's doer, and the attack aimed at the answerer (clause-cues.tsv
  // answering: phrasal verbs read with their particle, also the adverb the parse makes of "back":
  // tree-roles/avenged-act.ts). Announced for the future by the speaker's side it is a threat, as "would repel" is; a
  // doer of no political standing makes no event, and a phrasal verb on people ("beat back protesters") stays its own
  ['fended-off attack', 'Ukrainian troops fended off an attack by Russian forces near the village.', ['ASSAULT UKRMIL>RUSMIL', 'ASSAULT RUSMIL>UKRMIL']],
  ['fended-off attack', 'The army fought off an assault by Islamist militants on Sunday.', ['ASSAULT army>militants', 'ASSAULT militants>army']],
  ['fended-off attack', 'Government forces drove back an offensive by the rebels near the airport.', ['ASSAULT forces>rebels', 'ASSAULT rebels>forces']],
  ['fended-off attack', 'Israel said it would beat back any attack by Hezbollah.', ['THREATEN ISR>hezbollah:violence@asserted']],
  ['fended-off attack', 'The farmers fended off an attack by wild dogs.', []],
  ['fended-off attack', 'Police beat back protesters outside parliament.', ['ASSAULT police>protesters']],
  // A threat noun with a possessor and a content clause ("Hezbollah's warning that it would strike Israeli cities")
  // whose sentence goes on to an object ("alarmed residents"): what the window read past the noun's phrase is not whom it
  // threatens, the content act's landing inside its own clause is (core/threat-noun-content.ts contentTargets). A target
  // inside the noun's phrase ("threat to Israel") stands; a threat with no content keeps none
  ['possessed threat noun content', "Hezbollah's warning that it would strike Israeli cities alarmed residents.", ['THREATEN hezbollah>ISR:violence']],
  ['possessed threat noun content', "Iran's threat that it would attack American bases worried Washington.", ['THREATEN IRN>USAMIL:violence']],
  ['possessed threat noun content', "Russia's threat that it would strike Ukrainian energy sites alarmed European officials.", ['THREATEN RUS>UKR:violence']],
  ['possessed threat noun content', "Hamas's threat to Israel alarmed residents.", ['THREATEN hamas>ISR']],
  ['possessed threat noun content', "Iran's threat angered Washington.", ['THREATEN IRN>0']],
  ['possessed threat noun content', 'The storm warning alarmed residents.', []],
  // A threat told by a speech verb or a vow ("warned that it would strike", "vowed to fire rockets at") is coded by what
  // it threatens (conditional-threat.ts threatOf: force 138, PLOVER mode violence) and lands where the threatened act does
  // by the tree, the owner of a thing included ("Israeli cities": ISR), where the word window read no name
  ['threatened act landing and mode', 'Hezbollah warned that it would strike Israeli cities.', ['THREATEN hezbollah>ISR:violence']],
  ['threatened act landing and mode', 'Iran warned that it would strike Israel.', ['THREATEN IRN>ISR:violence']],
  ['threatened act landing and mode', 'Hamas vowed to fire rockets at Israeli towns.', ['THREATEN hamas>ISR:violence']],
  ['threatened act landing and mode', 'The Houthis vowed to attack American warships in the Red Sea.', ['THREATEN houthis>USAMIL:violence']],
  ['threatened act landing and mode', 'Hamas vowed to release the hostages.', ['CONCEDE hamas>-']],
  // A warning whose that-clause puts a harm in store under a condition ("there would be consequences | hell to pay | a
  // heavy price to pay if ...", "X would pay a heavy price | face consequences | regret it if ...": clause-cues.tsv
  // warned-consequence, suffered-consequence, regretting) is a threat (PLOVER THREATEN, "coercive or forceful warnings"),
  // as "warned of consequences if ..." is: the clause is the warning's object (extract/warned-consequence.ts), aimed at
  // whom the harm befalls, else at the condition's doer (its certainty is the tree's: a condition on the warning verb makes
  // it conditional, as the seed gold codes "threatened Iran with a heavy price if ..."). A forecast (no harm noun, or no
  // political participant), or a harm with no condition, stays no event
  ['warned consequence under condition', 'Biden warned there would be consequences if Iran attacked American troops.', ['THREATEN USAGOV>IRN']],
  ['warned consequence under condition', 'The Israeli army warned that there would be a heavy price to pay if Hezbollah fired on northern towns.', ['THREATEN ISRMIL>hezbollah']],
  ['warned consequence under condition', "The opposition leader warned that there would be 'hell to pay' if the electoral commission changed the results.", ['THREATEN leader>commission']],
  ['warned consequence under condition', 'China warned that Taiwan would pay a heavy price if it declared independence.', ['THREATEN CHN>TWN']],
  ['warned consequence under condition', 'Russia warned that Finland would face consequences if it joined NATO.', ['THREATEN RUS>FIN']],
  ['warned consequence under condition', 'The Pakistani army warned that India would regret it if it crossed the border.', ['THREATEN PAKMIL>IND']],
  // ... or paid "for" an act the sufferer did ("would pay a heavy price for its aggression", "pay dearly for"): no condition needed
  ['warned consequence under condition', 'Iran warned that Israel would pay a heavy price for its aggression.', ['THREATEN IRN>ISR']],
  ['warned consequence under condition', 'Russia warned that Ukraine would pay dearly for the attack on the bridge.', ['THREATEN RUS>UKR']],
  ['warned consequence under condition', 'Hezbollah warned that Israel would pay a heavy price for the killing of its commander.', ['THREATEN hezbollah>ISR']],
  ['warned consequence under condition', 'Analysts warned that Germany would pay a high price for its dependence on Russian gas.', []],
  // (session 26: a harm put ahead for a named side is a threat with no condition either, plover-classes-26 "unconditional warned harm")
  ['warned consequence under condition', 'Iran warned that Israel would pay a heavy price.', ['THREATEN IRN>ISR']],
  // ... an addressee named before the clause stays the target
  ['warned consequence under condition', 'Turkey warned Sweden that it would pay a heavy price if it allowed the protests.', ['THREATEN TUR>SWE']],
  ['warned consequence under condition', 'The United States warned Iran that there would be consequences if it attacked American troops.', ['THREATEN USA>IRN']],
  ['warned consequence under condition', 'Economists warned that prices would rise if the drought continued.', []],
  ['warned consequence under condition', 'The central bank warned that there would be consequences for growth if rates stayed high.', []],
  // A declared disposition whose infinitive the parse hung on the verb ("expressed its readiness | to strike", an xcomp
  // or advcl of "expressed" with "readiness" its object): the noun right before the "to" is the speech cue, as for
  // "voiced readiness to strike" (tree-clauses/speech-cue.ts heldCue), and the infinitive is its content, no purpose of
  // the verb (purpose-clause.ts). Hostile content is a threat, cooperative content stays AGREE; an object that is no
  // disposition ("urged its citizens to leave", "deployed its forces to retake") keeps its reading
  ['disposition infinitive on the verb', 'The army expressed its readiness to strike any target in Gaza.', ['THREATEN army>-:violence']],
  ['disposition infinitive on the verb', 'Iran expressed its readiness to respond to any Israeli attack.', ['THREATEN IRN>ISR:violence']],
  ['disposition infinitive on the verb', 'North Korea declared its readiness to use nuclear weapons against the United States.', ['THREATEN PRK>USA:violence']],
  ['disposition infinitive on the verb', 'Armenia expressed its readiness to sign a peace treaty with Azerbaijan.', ['AGREE ARM>AZE']],
  ['disposition infinitive on the verb', 'Iran expressed its willingness to resume talks with the United States.', ['AGREE IRN>USA']],
  ['disposition infinitive on the verb', 'The ministry urged its citizens to leave Lebanon.', ['REQUEST ministry>0']],
  ['disposition infinitive on the verb', 'The army deployed its forces to retake the town.', ['MOBILIZE army>-']],
  // An arrival ("arrived in|at X", "landed in X": verbs.tsv visit rows, CAMEO 042) is a visit hosted by the country the
  // place of arrival lies in (extract/stay-abroad.ts arrivalHost), as a dated stay abroad is: for a visitor who travels
  // for a state, not at home there. Migrants arriving are no visit; a place the gazetteer does not hold names no host
  ['arrival host', 'The Iranian president arrived in Beijing on a three-day state visit.', ['CONSULT IRNGOV>CHN:visit']],
  ['arrival host', 'Blinken arrived in Riyadh on Tuesday.', ['CONSULT USAGOV>SAU:visit']],
  ['arrival host', 'The Turkish foreign minister landed in Cairo for talks on Gaza.', ['CONSULT TURGOV>EGY:visit', 'CONSULT ->PSEGZA']],
  ['arrival host', 'Chinese Foreign Minister Wang Yi arrived in Islamabad for talks with Pakistani officials.', ['CONSULT CHNGOV>PAK:visit']],
  ['arrival host', 'Thousands of migrants arrived in Lampedusa on Sunday.', []],
];

ploverCases(code, CASES);
