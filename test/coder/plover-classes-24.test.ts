import { coderPublishedOn } from './class-fixture.ts';
import { ploverCases } from './plover-cases.ts';

// Classes of construction behind PLOVER types and modes (session 24), each on sentences written for this file: a
// case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec ends in ":mode" with that
// PLOVER mode (src/export/event-mode.ts; ":" alone asks for no mode) and may add "@certainty". Cases a class's fix does
// not change guard it. A target written "0" asks for none at all ("-" takes any).
const code = coderPublishedOn('2024-05-10');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // Measures taken in answer to another's act ("take countermeasures", "retaliatory|reciprocal|punitive measures|steps|
  // action": verbs.tsv, CAMEO 160) are a reduction of relations, PLOVER SANCTION, when taken; announced by the speaker's
  // own side for the future they are a threat (THREATEN, CAMEO 131), as "would retaliate" is: a word of the trigger names
  // the act an answer (clause-cues.tsv answering-act, core/conditional-threat.ts). Another side's forecast stays planned,
  // measures with no answering word are no event
  ['announced countermeasures', 'Iran said it would take retaliatory measures.', ['THREATEN IRN>0@asserted']],
  ['announced countermeasures', 'China said it would take resolute countermeasures against the United States.', ['THREATEN CHN>USA@asserted']],
  ['announced countermeasures', 'Moscow said it would adopt retaliatory measures against Japan.', ['THREATEN RUS>JPN@asserted']],
  ['announced countermeasures', '"We will take reciprocal measures," the Russian foreign ministry said.', ['THREATEN RUSGOV>0@asserted']],
  ['announced countermeasures', 'China took countermeasures against Lithuania in August.', ['SANCTION CHN>LTU@asserted']],
  ['announced countermeasures', 'Analysts said China would take countermeasures against the United States.', ['SANCTION CHN>USA@planned']],
  ['announced countermeasures', 'The government said it would take measures to curb inflation.', []],
  // An act noun whose doer follows it in "by X" ("the threat by North Korea", "the arrest by police") has its target after
  // that doer ("to strike Seoul", "of two activists", "to China"), as the possessive form has it right after the noun
  // (extract/noun-roles.ts afterByAgent). An attack's landing past its doer stays the tree's (landing-node.ts); a noun
  // with nothing after its doer keeps no target
  ['target after by-agent', 'The threat by North Korea to strike Seoul drew condemnation.', ['THREATEN PRK>KOR']],
  ['target after by-agent', 'A warning by Iran to attack US bases raised tensions.', ['THREATEN IRN>USA:violence']],
  ['target after by-agent', 'The arrest by police of two opposition activists sparked protests.', ['COERCE police>activists:arrest']],
  ['target after by-agent', 'The detention by Israeli forces of a Palestinian journalist drew criticism.', ['COERCE ISRMIL>journalist:arrest']],
  ['target after by-agent', 'The visit by Macron to China lasted three days.', ['CONSULT FRA>CHN:visit']],
  ['target after by-agent', 'An attack by rebels on the town killed five people.', ['ASSAULT rebels>town']],
  ['target after by-agent', 'Criticism by Russia of the plan was swift.', ['ACCUSE RUS>0']],
  // A threat noun's content clause the parse took for a relative clause ("that" a marker, the clause its own subject),
  // with the sentence's predicate hung inside it ("... Israeli cities | came after a raid": an acl of "cities"), is a
  // content clause: the main-clause repair looks inside it (tree-repair/misread-main-clause.ts isContentClause), and the
  // threat's target is what the content act lands on by the tree, the owner of a thing included ("Israeli towns":
  // core/threat-noun-content.ts). A warning of no political participant stays no event; a reported act stays its own
  ['threat noun content clause', 'The warning by Hezbollah that it would strike Israeli cities came after an air raid.', ['THREATEN hezbollah>ISR']],
  ['threat noun content clause', 'The warning by Hamas that it would fire rockets at Israeli towns came hours before the truce.', ['THREATEN hamas>ISR']],
  ['threat noun content clause', 'The threat by Iran that it would strike Israeli ports came after the raid.', ['THREATEN IRN>ISR']],
  ['threat noun content clause', 'The warning by Israel that it would strike Lebanese infrastructure came after the rocket fire.', ['THREATEN ISR>LBN']],
  ['threat noun content clause', 'The threat by China that it would impose sanctions on American firms came after the arms sale.', ['THREATEN CHN>USA']],
  ['threat noun content clause', 'The warning that the storm would hit coastal towns came too late.', []],
  ['threat noun content clause', 'The report that the army shelled Ukrainian villages came from local officials.', ['ASSAULT army>UKR']],
  // An attack repelled ("repelled|repulsed an attack|offensive by X"): the repelling is fighting by the side that answers
  // on the attack's doer (as "repelled a Russian assault"), now also where the doer is a "by" phrase the word window does
  // not take as an object (extract/candidate.ts answersAct; tree-roles/avenged-act.ts answeredDoer, also a "by" the parse
  // hung on the verb); the attack itself, naming nothing it lands on, was aimed at whoever repelled it (withAnswererLanding).
  // An attack with its own landing keeps it; a doer with no political standing, or none named, makes no event
  ['repelled attack', 'Israel repelled an attack by Hezbollah.', ['ASSAULT ISR>hezbollah', 'ASSAULT hezbollah>ISR']],
  ['repelled attack', 'The army repelled an attack by Islamist militants on Sunday.', ['ASSAULT army>militants', 'ASSAULT militants>army']],
  ['repelled attack', 'Government troops repulsed an offensive by the rebels near the airport.', ['ASSAULT troops>rebels', 'ASSAULT rebels>troops']],
  ['repelled attack', 'Ukrainian forces repelled a Russian assault.', ['ASSAULT UKRMIL>RUS', 'ASSAULT RUS>UKRMIL']],
  ['repelled attack', 'Ukrainian forces repelled a Russian assault on the town.', ['ASSAULT UKRMIL>RUS', 'ASSAULT RUS>town']],
  ['repelled attack', 'Israel said it would repel any attack by Hezbollah.', ['THREATEN ISR>hezbollah:violence@asserted']],
  ['repelled attack', 'Residents repelled an attack by wild dogs.', []],
  ['repelled attack', 'The army repelled an assault near the border.', []],
  // A transfer criticised ("criticised Western weapons deliveries to Ukraine": the object a noun pattern of PLOVER AID)
  // accuses the makers of the policy, never whom it goes to: a target the window read only inside its "to" phrase is
  // dropped (tree-roles/condemned-act.ts withoutTransferRecipients). A named maker before the noun stays the target (a
  // region's adjective too since session 32: "Western" is WST, as "US" is USA); a
  // deportation "to" a country is no transfer and keeps its reading
  ['accused transfer recipient', 'Russia criticised Western weapons deliveries to Ukraine.', ['ACCUSE RUS>WST']],
  ['accused transfer recipient', 'China criticised European arms sales to Taiwan.', ['ACCUSE CHN>EUR']],
  ['accused transfer recipient', 'Iran denounced Western arms shipments to Israel.', ['ACCUSE IRN>WST']],
  ['accused transfer recipient', 'North Korea condemned Western tank deliveries to Ukraine on Friday.', ['ACCUSE PRK>WST']],
  ['accused transfer recipient', 'China condemned US arms sales to Taiwan.', ['ACCUSE CHN>USA']],
  ['accused transfer recipient', 'Kyiv condemned the deportation of children to Russia.', ['ACCUSE UKR>RUS', 'COERCE ->RUS']],
  // An act noun in the "before" phrase of a verb that times the news ("the visit comes weeks before an EU-China summit":
  // clause-cues.tsv news-timing) is still ahead of the news, planned, as one "ahead of" governs is no news of its own
  // (extract/act-still-ahead.ts, from extract/modality.ts). Any other verb's "before" orders acts told as done; "after"
  // follows a done act
  ['act the news comes before', 'The vote comes a week before Biden\'s meeting with Xi in San Francisco.', ['CONSULT USA>CHN@planned']],
  ['act the news comes before', 'The move came days before a summit of NATO leaders in Vilnius.', ['CONSULT IGOWSTNAT>-@planned']],
  ['act the news comes before', 'The drills come days before a visit by Japan\'s prime minister to Washington.', ['CONSULT JPN>USA@planned']],
  ['act the news comes before', 'Police detained two activists before the summit in Madrid.', ['COERCE police>activists@asserted']],
  // A declared disposition ("voiced readiness|willingness to ...", the noun a verb pattern codes as what is declared) is a
  // promise of its content (speech-acts.tsv readiness|willingness, core/speech-acts.ts cueOf takes a noun cue that a
  // pattern covers): cooperative content stays AGREE; an answer announced to any act is a threat, as "would respond to any
  // aggression" is (PLOVER THREATEN, "coercive or forceful warnings with serious potential repercussions": the readiness
  // is told, not shown; a material show of readiness is MOBILIZE). Where the parse hangs the infinitive on the verb as
  // its purpose the content is lost (left undone)
  ['declared readiness', 'Iran voiced readiness to counter any attack.', ['THREATEN IRN>0:violence']],
  ['declared readiness', 'Hezbollah voiced readiness to respond to any Israeli aggression.', ['THREATEN hezbollah>ISR']],
  ['declared readiness', 'Pakistan voiced readiness to retaliate against any Indian strike.', ['THREATEN PAK>IND:violence']],
  ['declared readiness', 'Russia signalled willingness to resume talks with Ukraine.', ['AGREE RUS>UKR']],
  ['declared readiness', 'Armenia expressed readiness to sign a peace treaty with Azerbaijan.', ['AGREE ARM>AZE']],
  // Dev rows read against the manual (guards, no change): the actual release of prisoners or hostages is RETREAT release
  // ("the actual release or exchange of prisoners should be coded as RETREAT"), a pardon CONCEDE; sanctions being eased
  // are CONCEDE since plover-47 (the lead's decision: the manual's CONCEDE "easing of administrative or legal
  // restrictions", as the dev gold codes them; RETREAT from the crosswalk's 085 before), a future easing CONCEDE too
  ['manual on releases and easing', 'The junta freed 200 political prisoners on Monday.', ['RETREAT junta>prisoners:release']],
  ['manual on releases and easing', 'The president pardoned 300 prisoners to mark the holiday.', ['CONCEDE president>prisoners']],
  ['manual on releases and easing', 'The European Union began easing sanctions on Syria.', ['CONCEDE IGOEUREEC>SYR']],
  ['manual on releases and easing', 'Washington said it would ease sanctions on Venezuela.', ['CONCEDE USA>VEN@planned']],
];

ploverCases(code, CASES);
