import { coderPublishedOn } from './class-fixture.ts';
import { ploverCases } from './plover-cases.ts';

// Classes of construction behind PLOVER types, modes and the targets of acts (session 26), each on sentences written
// for this file: a case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec ends in
// ":mode" with that PLOVER mode (src/export/event-mode.ts) and may add "@certainty". Cases a class's fix does not
// change guard it. A target written "0" asks for none at all ("-" takes any).
const code = coderPublishedOn('2025-06-09');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // A warning that a named side would pay a price, face consequences or regret it (clause-cues.tsv warned-consequence,
  // suffered-consequence, regretting) with no condition: PLOVER THREATEN covers "coercive or forceful warnings with
  // serious potential repercussions", and the harm is put ahead by "would|will" (extract/warned-consequence.ts). People
  // a forecast speaks of ("consumers"), a harm already paid, a forecast of prices stay no threat
  ['unconditional warned harm', 'Iran warned that Israel would pay a heavy price.', ['THREATEN IRN>ISR@asserted']],
  ['unconditional warned harm', 'North Korea warned on Monday that the United States would face serious consequences.', ['THREATEN PRK>USA']],
  ['unconditional warned harm', 'Russia warned that Kyiv would regret its decision.', ['THREATEN RUS>UKR']],
  ['unconditional warned harm', 'Pyongyang warned that Washington would pay dearly.', ['THREATEN PRK>USA']],
  ['unconditional warned harm', 'Iran warned that the rebels would face severe punishment.', ['THREATEN IRN>rebels']],
  ['unconditional warned harm', 'The central bank warned that consumers would pay a heavy price.', []],
  ['unconditional warned harm', 'Iran warned that oil prices would rise sharply.', []],
  ['unconditional warned harm', 'The Kremlin said that Ukraine has paid a heavy price.', []],

  // A demand whose infinitive deed has an "or" beside it naming a penalty ("or face dismissal", "or lose their jobs",
  // "or be fired"; clause-cues.tsv ultimatum-penalty) is an ultimatum, CAMEO 139 "give ultimatum", PLOVER THREATEN
  // (extract/ultimatum.ts); a deadline set by a day ("gave Hamas until Saturday to release") as one set in hours
  // (verbs.tsv 139). The penalty is the content, so the mode (modes.tsv: violence, arrest, expel; none for a lost job,
  // not the crosswalk's relations). An "or" with another deed, or no "or", leaves the request
  ['ultimatum', 'The government ordered striking teachers to return to work or face dismissal.', ['THREATEN government>teachers:']],
  ['ultimatum', 'The junta told protesters to leave the square by Friday or face arrest.', ['THREATEN junta>protesters:arrest']],
  ['ultimatum', 'The ministry ordered the doctors to end their strike or lose their jobs.', ['THREATEN ministry>doctors']],
  ['ultimatum', 'The ministry ordered the doctors to end their strike or be fired.', ['THREATEN ministry>doctors']],
  ['ultimatum', 'Israel gave Hamas until Saturday to release the hostages or face renewed strikes.', ['THREATEN ISR>hamas']],
  ['ultimatum', 'The army gave rebels 48 hours to surrender or face attack.', ['THREATEN army>rebels:violence']],
  ['ultimatum', 'Israel gave Hamas until Sunday to free the captives or face military action.', ['THREATEN ISR>hamas:violence']],
  ['ultimatum', 'The junta gave the foreign envoys 72 hours to leave or face expulsion.', ['THREATEN junta>envoys:expel']],
  ['ultimatum', 'The president gave the committee until Friday to decide.', []],
  ['ultimatum', 'The court gave the defence until March to respond.', []],
  ['ultimatum', 'The union urged teachers to return to work or take unpaid leave.', ['REQUEST union>teachers']],
  ['ultimatum', 'The ministry ordered the doctors to end their strike.', ['REQUEST ministry>doctors']],
  ['ultimatum', 'The government asked farmers to sell their grain or store it.', ['REQUEST government>farmers']],

  // Goods named by where they come from stand for that country's trade (data/lexicon/traded-goods.tsv, read by
  // resolve/role-country.ts demonymBeforeNoun): a boycott, a threat or duties aimed at "French goods", "Canadian
  // canola", "French brandy" are aimed at France, Canada (the row that spelled demonyms into the boycott pattern hid
  // the country inside the trigger). A demonym before other nouns names no target
  ['goods of a country', 'Turkish consumers boycotted French goods.', ['PROTEST consumers>FRA']],
  ['goods of a country', 'Beijing threatened countermeasures against Canadian canola.', ['THREATEN CHN>CAN']],
  ['goods of a country', 'Beijing threatened to impose tariffs on French brandy.', ['THREATEN CHN>FRA']],
  ['goods of a country', 'China imposed anti-dumping duties on Australian barley.', ['SANCTION CHN>AUS']],
  ['goods of a country', 'Malaysian consumers boycotted Danish cheese.', ['PROTEST consumers>DNK']],
  // ... and banning or halting such goods is an embargo on that country (verbs.tsv 163 row: CAMEO 163, SANCTION),
  // not a domestic administrative ban (COERCE 172, kept for "banned music")
  ['goods of a country', 'Russia banned Moldovan wine.', ['SANCTION RUS>MDA']],
  ['goods of a country', 'Japan banned Brazilian poultry after the outbreak.', ['SANCTION JPN>BRA']],
  ['goods of a country', 'Beijing halted Canadian canola shipments.', ['SANCTION CHN>CAN']],
  ['goods of a country', 'The Taliban banned music at weddings.', ['COERCE taliban>music']],
  ['goods of a country', 'China imposed anti-dumping duties on imported barley.', ['SANCTION CHN>imported barley']],

  // The country an investment goes "in" is its partner, not where the act happens (clause-cues.tsv partner-in, read by
  // extract/roles.ts findObject; verbs.tsv "pledge * to invest * in" 0311): AGREE the investor → the country. Money
  // put into a sector names no partner
  ['investment partner', 'Saudi Arabia pledged to invest $15 billion in Pakistan.', ['AGREE SAU>PAK']],
  ['investment partner', 'Japan promised to invest $5 billion in India\'s infrastructure.', ['AGREE JPN>IND']],
  ['investment partner', 'The UAE vowed to invest $10 billion in Egypt.', ['AGREE ARE>EGY']],
  ['investment partner', 'China agreed to invest in Kenya\'s railways.', ['AGREE CHN>KEN']],
  ['investment partner', 'Qatar pledged to invest $2 billion in solar power.', ['AGREE QAT>0']],
  ['investment partner', 'A pledge by Saudi Arabia to invest $12 billion in Egypt was announced on Monday.', ['AGREE SAU>EGY']],
  ['investment partner', 'The UAE\'s pledge to invest in Egypt\'s ports came on Monday.', ['AGREE ARE>EGY']],

  // Appealing a verdict, sentence or ruling challenges the court's decision: CAMEO codes "lodge * appeal against sentence"
  // 124 (decline to yield), PLOVER REJECT "all rejections and refusals" (verbs.tsv 124 rows); no manual REJECT mode fits
  // (modes.tsv clears the crosswalk's change), and the court that ruled is the target where named. An appeal for calm
  // or to a court stays what it was
  ['appealed verdict', 'Prosecutors appealed against the conviction on Monday.', ['REJECT prosecutors>-:']],
  ['appealed verdict', 'The ministry filed an appeal against the court\'s verdict.', ['REJECT ministry>court:']],
  ['appealed verdict', 'Moscow will appeal the ruling of the arbitration tribunal.', ['REJECT RUS>tribunal:@planned']],
  ['appealed verdict', 'The government appealed against the ruling.', ['REJECT government>0:']],
  ['appealed verdict', 'The UN appealed for calm after the verdict.', ['REQUEST IGOUNO>0']],
  ['appealed verdict', 'The opposition appealed to the Supreme Court.', ['ACCUSE opposition>court']],

  // A nominal handover names whom it goes to by "to", as the giving verbs do (extract/candidate.ts GIVING): the "to"
  // of a RETREAT noun row that hands something over is the receiver, not where a force moves; a withdrawal "to" a
  // country still names where
  ['handover to', 'The militia completed the handover of its weapons to government forces.', ['RETREAT militia>government forces']],
  ['handover to', 'Hamas began the handover of the hostages to the Red Cross.', ['RETREAT hamas>NGOHLHIRC']],
  ['handover to', 'The rebels began the handover of their heavy weapons to the army.', ['RETREAT rebels>army']],
  ['handover to', 'The withdrawal of Russian troops to Belarus began on Monday.', ['RETREAT RUSMIL>0']],

  // A block lifted (clause-cues.tsv lifted-block: veto, objection, hold) holds the act it blocked, still to come: the
  // CONCEDE is the only act (core/governed.ts). Aid sent in another clause stays its own event
  ['lifted block', 'Senators lifted their hold on military aid to Israel.', ['CONCEDE senators>ISR']],
  ['lifted block', 'Slovakia lifted its veto on new EU loans to Kyiv.', ['CONCEDE SVK>-']],
  ['lifted block', 'The Netherlands dropped its objection to EU aid for Moldova.', ['CONCEDE NLD>-']],
  ['lifted block', 'Hungary lifted its veto after the EU sent aid to Ukraine.', ['CONCEDE HUN>-', 'AID IGOEUREEC>UKR']],

  // An adverbial casualty participle the word tagger reads as a noun ("wounding") opens its own clause on the tree
  // (extract/roles.ts findObject): the shelled city stays the target, the wounded are the participle's own
  ['casualty participle', 'Russian drones struck the port of Odesa, wounding three people.', ['ASSAULT RUSMIL>odesa']],
  ['casualty participle', 'Israeli jets bombed the town of Jenin on Monday, wounding five Palestinians.', ['ASSAULT ISRMIL>jenin']],
  ['casualty participle', 'Russian forces shelled the city of Kherson overnight, wounding 12 civilians.', ['ASSAULT RUSMIL>kherson']],
  ['casualty participle', 'Ukrainian forces shelled the town of Horlivka, killing two civilians.', ['ASSAULT UKRMIL>horlivka']],

  // Killed in a strike on their own car or home: the thing hit is the victims' (a personal possessive), so they are
  // the target of the strike (tree-roles/tree-targets.ts, core/casualties-of-attack.ts); a checkpoint, or "its base",
  // stays the landing
  ['victims own thing', 'Three journalists were killed in an Israeli strike on their car in Gaza.', ['ASSAULT ISRMIL>journalists']],
  ['victims own thing', 'Three soldiers were killed in a Russian attack on their position.', ['ASSAULT RUS>soldiers']],
  ['victims own thing', 'A journalist was killed in an Israeli strike on his home in Gaza.', ['ASSAULT ISRMIL>journalist']],
  ['victims own thing', 'Five soldiers were killed in a Taliban attack on a checkpoint.', ['ASSAULT taliban>checkpoint']],

  // A nominal act on people whose pattern holds them in its own "of" gap, with its doer named apart ("by the junta"):
  // the people are whom it lands on, as the verb's object is (extract/pattern-own-roles.ts ownOfUndergoers); a force
  // in the gap moves itself ("the withdrawal of Russian troops") and is no target
  ['own-of undergoer', 'The release of 25 political prisoners by the military government was announced on Monday.', ['RETREAT government>political prisoners']],
  ['own-of undergoer', 'The release of three journalists by the rebels was announced.', ['RETREAT rebels>journalists']],
  ['own-of undergoer', 'The army ordered the release of 12 detained protesters on Monday.', ['RETREAT army>protesters']],
  ['own-of undergoer', 'The withdrawal of Russian troops by Moscow began on Monday.', ['RETREAT RUS>0']],
];

ploverCases(code, CASES);
