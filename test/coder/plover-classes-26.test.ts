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
  // (verbs.tsv 139). An "or" with another deed, or no "or", leaves the request
  ['ultimatum', 'The government ordered striking teachers to return to work or face dismissal.', ['THREATEN government>teachers']],
  ['ultimatum', 'The junta told protesters to leave the square by Friday or face arrest.', ['THREATEN junta>protesters:arrest']],
  ['ultimatum', 'The ministry ordered the doctors to end their strike or lose their jobs.', ['THREATEN ministry>doctors']],
  ['ultimatum', 'The ministry ordered the doctors to end their strike or be fired.', ['THREATEN ministry>doctors']],
  ['ultimatum', 'Israel gave Hamas until Saturday to release the hostages or face renewed strikes.', ['THREATEN ISR>hamas']],
  ['ultimatum', 'The army gave rebels 48 hours to surrender or face attack.', ['THREATEN army>rebels']],
  ['ultimatum', 'The union urged teachers to return to work or take unpaid leave.', ['REQUEST union>teachers']],
  ['ultimatum', 'The ministry ordered the doctors to end their strike.', ['REQUEST ministry>doctors']],
  ['ultimatum', 'The government asked farmers to sell their grain or store it.', ['REQUEST government>farmers']],
];

ploverCases(code, CASES);
