import { coderPublishedOn } from './class-fixture.ts';
import { ploverCases } from './plover-cases.ts';

// Classes of construction behind PLOVER types and modes (session 33), each on sentences written for this file: a case
// passes when the coder gives exactly its events ("TYPE actor>target"), where a spec ends in ":mode" with that PLOVER
// mode (src/export/event-mode.ts) and may add "@certainty". A target written "0" asks for none at all ("-" takes any).
// Cases a class's fix does not change guard it.
const code = coderPublishedOn('2025-06-09');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // Civilians blockading a port, a terminal or a building obstruct it: the manual's PROTEST obstruct, "obstruct passage
  // or access to a particular locale" (CAMEO 144); a state, a navy or police blockading stay COERCE (CAMEO 191)
  // (data/patterns/argument-senses.tsv blockade subject)
  ['a civilian blockade obstructs', 'Farmers blockaded the port of Rotterdam.', ['PROTEST NLDAGR>-:obstruct']],
  ['a civilian blockade obstructs', 'French fishermen blockaded the port of Calais on Friday.', ['PROTEST FRAAGR>-:obstruct']],
  ['a civilian blockade obstructs', 'Protesters blockaded the oil terminal in Misrata.', ['PROTEST LBYOPP>-:obstruct']],
  ['a civilian blockade obstructs', 'Climate activists blockaded the coal port of Newcastle.', ['PROTEST -:obstruct']],
  ['a civilian blockade obstructs', 'Israel blockaded the port of Hodeidah.', ['COERCE ISR>-:restrict']],
  ['a civilian blockade obstructs', 'The navy blockaded the port of Odesa.', ['COERCE -:restrict']],

  // Property a crowd or activists damage in protest is the manual's PROTEST vandalize, "damage or destroy property as a
  // symbolic act (for example damaging of artworks)", no COERCE seize (CAMEO 171) (argument-senses.tsv vandalize,
  // deface; verbs.tsv "deface * painting")
  ['protest vandalism', "Protesters vandalized the ruling party's headquarters in Tbilisi.", ['PROTEST GEOOPP>-:vandalize']],
  ['protest vandalism', 'Activists defaced a painting at the Louvre.', ['PROTEST -:vandalize']],
  ['protest vandalism', 'Climate protesters vandalized a Monet painting in Stockholm.', ['PROTEST SWEOPP>-:vandalize']],
  ['protest vandalism', 'Students defaced the governor\'s office in Lagos.', ['PROTEST -:vandalize']],

  // Arms sent to a place (a border, a town, the front), no one given them, are forces readied: the manual's MOBILIZE
  // weapons, "mobilizing weapons, ships, or vehicles should be coded as MOBILIZE weapons rather than MOBILIZE troops,
  // unless there's a separate mention of troops" (argument-senses.tsv tank ... after; modes.tsv 154 rows); arms sent to
  // a state stay AID
  ['arms moved to a place', 'The army sent tanks to the border town.', ['MOBILIZE -:weapons']],
  ['arms moved to a place', 'Israel sent more tanks to the Gaza border.', ['MOBILIZE ISR>-:weapons']],
  ['arms moved to a place', 'Russia sent more artillery to the front line near Bakhmut.', ['MOBILIZE RUS>-:weapons']],
  ['arms moved to a place', 'Belarus deployed tanks along the Polish border.', ['MOBILIZE BLR>-:weapons']],
  ['arms moved to a place', 'Russia deployed troops and tanks near the border.', ['MOBILIZE RUS>-:troops']],
  ['arms moved to a place', 'The United States sent tanks to Ukraine.', ['AID USA>UKR']],
  ['arms moved to a place', 'Germany sent humanitarian aid to the flooded region.', ['AID DEU>-']],

  // Forces deploying with no object deploy themselves, as "massed near the border" (verbs.tsv "deploy along"); police
  // are the manual's MOBILIZE police, peacekeepers deploying AID (argument-senses.tsv deploy)
  ['forces deploying themselves', 'Troops deployed along the border on Monday.', ['MOBILIZE -:troops']],
  ['forces deploying themselves', 'Riot police deployed in central Minsk.', ['MOBILIZE BLRCOP>-:police']],
  ['forces deploying themselves', 'Police deployed in force in central Paris.', ['MOBILIZE FRACOP>-:police']],
  ['forces deploying themselves', 'UN peacekeepers deployed in the buffer zone.', ['AID IGOUNO>-']],
  ['forces deploying themselves', 'Police were deployed in central Paris ahead of the rally.', ['MOBILIZE FRACOP>-:police']],

  // "warned it would ban the opposition party": the content's own subject ("it", the speaker) is no addressee, so the
  // threat's target is what the content acts on (src/core/speech-acts.ts contentSubject); a threatened ban is the
  // manual's restrict, "the banning of political activities of particular parties or individuals" (modes.tsv)
  ['a threat told without "that"', 'The government warned it would ban the opposition party.', ['THREATEN ->the opposition party:restrict']],
  ['a threat told without "that"', 'The junta warned it would arrest opposition leaders.', ['THREATEN ->opposition leaders:arrest']],
  ['a threat told without "that"', 'Turkey warned it would expel the Dutch ambassador.', ['THREATEN TUR>NLDGOV:expel']],
  ['a threat told without "that"', 'China warned it would impose sanctions on Lithuania.', ['THREATEN CHN>LTU:restrict']],
  ['a threat told without "that"', 'Moscow warned it would ban Western media outlets.', ['THREATEN RUS>-:restrict']],
  ['a threat told without "that"', 'Iran warned Israel that it would retaliate.', ['THREATEN IRN>ISR:violence']],
  // Withdrawing a demand is CONCEDE (manual, REQUEST: "withdrawing a demand should be coded as CONCEDE"); a demand for a
  // resignation or a release is its own noun pattern (REQUEST), which took the verb's words and was then dropped as a
  // mention of the demand: the verb row spelling the whole demand wins (verbs.tsv "drop * demand|call for * resignation")
  ['a dropped demand concedes', "The opposition dropped its demand for the prime minister's resignation.", ['CONCEDE ->-']],
  ['a dropped demand concedes', "Protesters abandoned their call for the president's resignation.", ['CONCEDE ->-']],
  ['a dropped demand concedes', 'The rebels dropped their demand for the release of all prisoners.', ['CONCEDE ->-']],
  ['a dropped demand concedes', 'The union dropped its demand for a 20 percent pay rise.', ['CONCEDE ->-']],

  // An appeal to let aid, observers or journalists in asks for a concession (RETREAT access): REQUEST yield, no appeal
  // for aid (modes.tsv REQUEST 020|100 yield); a request for an exchange or trade turned down is REJECT assist, "any
  // form of exchange, relations, or assistance" (modes.tsv REJECT 120|129 assist)
  ['an appeal to let aid in yields', 'The UN called on Israel to allow aid into Gaza.', ['REQUEST IGOUNO>ISR:yield']],
  ['an appeal to let aid in yields', 'The Arab League urged Sudan to allow humanitarian convoys into Darfur.', ['REQUEST ->SDN:yield']],
  ['an appeal to let aid in yields', 'Norway called on Egypt to open the crossings into Gaza.', ['REQUEST NOR>EGY:yield']],
  ['an appeal to let aid in yields', 'Washington urged Kyiv to send more troops to the front.', ['REQUEST USA>UKR:assist']],
  ['a refused exchange is assist', "India turned down Pakistan's request for a water data exchange.", ['REJECT IND>PAK:assist']],
  ['a refused exchange is assist', 'Ankara rejected Athens\' offer of energy cooperation.', ['REJECT TUR>GRC:assist']],
  ['a refused exchange is assist', 'Kenya rejected an offer of cooperation from Somalia.', ['REJECT KEN>SOM:assist']],
  ['a refused exchange is assist', 'Israel rejected the prisoner exchange proposal.', ['REJECT ISR>-:yield']],

  // A wanted criminal handed to another state is an extradition (manual COOPERATE: "cooperation on judicial matters,
  // such as extraditions"), as "handed over a suspect to" (verbs.tsv "hand|turn over * boss|kingpin|lord ... to")
  ['a criminal handed over is extradited', 'Brazil handed over a wanted mafia boss to Italy.', ['COOPERATE BRA>ITA']],
  ['a criminal handed over is extradited', 'The United Arab Emirates handed over a wanted drug lord to Belgium.', ['COOPERATE ARE>BEL']],
  ['a criminal handed over is extradited', 'Colombia handed over a drug kingpin to the United States.', ['COOPERATE COL>USA']],
  ['a criminal handed over is extradited', 'Paraguay turned over a notorious arms trafficker to Brazil.', ['COOPERATE PRY>BRA']],

  // A threat to expel told with the -ing form ("considering expelling the ambassador") is the manual's expel
  ['a threatened expulsion by -ing', 'The government is considering expelling the ambassador.', ['THREATEN ->-:expel']],
  ['a threatened expulsion by -ing', 'Algeria is considering expelling French diplomats.', ['THREATEN DZA>FRAGOV:expel']],
  ['a threatened expulsion by -ing', 'Mali threatened expelling the UN mission.', ['THREATEN MLI>IGOUNO:expel']],
  // A meeting stated to be in the recipient's country, not the actor's, is the actor's visit (manual CONSULT visit:
  // "actor is visiting, recipient is hosting"; src/export/event-mode.ts hostedMeeting); the host as actor or no place
  // stated leave the mode open; a country of neither side is third-party (plover-classes-39)
  ['a meeting in the host country is a visit', 'Japanese Prime Minister met South Korean President in Seoul on Monday.', ['CONSULT JPNGOV>KORGOV:visit']],
  ['a meeting in the host country is a visit', 'The Indian foreign minister met his Chinese counterpart in Beijing.', ['CONSULT INDGOV>CHNGOV:visit']],
  ['a meeting in the host country is a visit', 'Macron held talks with Modi in New Delhi on Friday.', ['CONSULT FRAGOV>INDGOV:visit']],
  ['a meeting in the host country is a visit', 'Modi held talks with Macron in New Delhi on Friday.', ['CONSULT INDGOV>FRAGOV:']],
  ['a meeting in the host country is a visit', 'The Kenyan president met the Somali president on Monday.', ['CONSULT KENGOV>SOMGOV:']],
  ['a meeting in the host country is a visit', 'Putin met Erdogan in Astana.', ['CONSULT RUSGOV>TURGOV:third-party']],
];

ploverCases(code, CASES);
