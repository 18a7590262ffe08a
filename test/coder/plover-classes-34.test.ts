import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventMode } from '../../src/export/event-mode.ts';
import { matchesSpec, participantCodes as names } from '../core/event-spec.ts';
import { coderPublishedOn, T } from './class-fixture.ts';

// Classes of construction behind PLOVER types and modes (session 34: international organisations as actors, protest
// modes, SANCTION / REJECT / COERCE for blocks, suspensions and expulsions, RETREAT / CONCEDE), each on sentences
// written for this file: a case passes when the coder gives exactly its events ("TYPE actor>target"), where a spec
// ending in ":mode" asks for that PLOVER mode (src/export/event-mode.ts). Cases a fix does not change guard it.
const code = coderPublishedOn('2025-06-09');

// [class, sentence, expected events]
const CASES: Array<[string, string, string[]]> = [
  // An arrest worded as such under a restriction code (modes.tsv COERCE 170-1721 arrest row; verbs.tsv "jail|arrest|
  // detain ... * journalist|blogger|rapper", CAMEO 1721): the manual's arrest ("arrest, detain"), not restrict; a ban,
  // a closed newspaper keep restrict and censor
  ['arrest under a restriction code', 'Egyptian authorities arrested a prominent blogger in Cairo.', ['COERCE EGYGOV>-:arrest']],
  ['arrest under a restriction code', 'Police in Minsk detained a Reuters photographer on Saturday.', ['COERCE BLRCOP>-:arrest']],
  ['arrest under a restriction code', 'Iranian authorities jailed a popular rapper for his songs.', ['COERCE IRNGOV>-:arrest']],
  ['arrest under a restriction code', 'Authorities closed an opposition newspaper in Algiers.', ['COERCE DZAGOV>DZAOPP:censor']],
  // A bloc suspending a member (argument-senses.tsv "suspend" with an organisation as actor, now CAMEO 166): the
  // manual's SANCTION expel, "expel an entity from a group, organization"; a government suspending an official stays
  // COERCE, a bloc suspending aid stays discontinue
  ['bloc suspends a member', 'The African Union suspended Gabon after the military coup.', ['SANCTION african-union>GAB:expel']],
  ['bloc suspends a member', 'ECOWAS suspended Guinea following the coup.', ['SANCTION ecowas>GIN:expel']],
  ['bloc suspends a member', 'The Pacific Islands Forum suspended Fiji.', ['SANCTION pacific-islands-forum>FJI:expel']],
  ['bloc suspends a member', 'The government suspended the governor of Rivers state.', ['COERCE NGAGOV>-:restrict']],
  ['bloc suspends a member', 'The European Union suspended budget support to Niger after the coup.', ['SANCTION IGOEUREEC>NER:discontinue']],
];

for (const [name, text, expected] of CASES) {
  test(`${name}: ${text}`, T, () => {
    const events = code(text);
    const got = events.map((e) => `${e.type}/${eventMode(e).mode || '-'} ${names(e, 'actor')}>${names(e, 'target')} [${e.rules.join(' ')}]`);
    for (const spec of expected) {
      const [typed, mode] = spec.split(':');
      assert.ok(events.some((e) => matchesSpec(e, typed) && (mode === undefined || eventMode(e).mode === mode)), `no ${spec} in ${JSON.stringify(got)}`);
    }
    assert.equal(events.length, expected.length, JSON.stringify(got));
  });
}
