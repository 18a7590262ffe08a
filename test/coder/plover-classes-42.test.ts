import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectNone, expectModes as expectModesOf, find, T } from './class-fixture.ts';

// Session 42 classes of PLOVER type and mode, on sentences written for this file (every positive failed before), with
// negatives that must keep their coding. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectModes = (name: string, cases: ReadonlyArray<readonly [string, string, string, string]>) => expectModesOf(code, name, cases);

/** One test per case: the event on `trigger` has the type and the target's words (the actor is another helper's). */
function expectTargets(name: string, cases: ReadonlyArray<readonly [string, string, string, string | null]>): void {
  for (const [text, trigger, type, target] of cases) {
    test(`${name}: ${text}`, T, () => {
      const e = find(code(text), trigger);
      assert.equal(e.type, type);
      assert.equal(e.target?.text ?? null, target);
    });
  }
}

// The threatened party. PLOVER manual, THREATEN: "all threats, coercive or forceful warnings with serious potential
// repercussions"; the recipient is the one warned. A vow or threat whose row spells the act ("vowed to crush",
// "threatened to disperse": CAMEO 132, 136, 137, 138) lands where that act would when it names people: a rising or a
// protest (tree-roles/threatened-party.ts), as the act done lands ("crushed the uprising"). A place or thing threatened
// names no party warned (the condition's party stands: conditional-force-target), and a target the window found stays.
expectTargets('the rising or protest a threatened act would crush is the threat\'s target', [
  ['The army commander vowed to crush the uprising in the north.', 'vowed', 'THREATEN', 'the uprising'],
  ['The junta chief vowed to crush the revolt in the south.', 'vowed', 'THREATEN', 'the revolt'],
  ['The president swore to crush the rebellion in the provinces.', 'swore', 'THREATEN', 'the rebellion'],
  ['The governor threatened to disperse the protest camp.', 'threatened', 'THREATEN', 'the protest camp'],
]);
expectTargets('a threat to a thing, one with no party, or one the window or a condition names, stays', [
  ['The junta pledged to wipe out the insurgents.', 'pledged', 'THREATEN', 'the insurgents'],
  ['The union threatened to strike.', 'threatened', 'THREATEN', null],
  ['The militia threatened to blow up the dam.', 'threatened', 'THREATEN', null],
  ['The army threatened to storm the camp if the gunmen did not surrender.', 'threatened', 'THREATEN', 'the gunmen'],
]);

// A vow to end a social ill. THREATEN needs someone warned; "vowed to eradicate poverty" is a policy promise with no
// party it would be done to (noun-classes.tsv @ill, argument-senses.tsv rows of the verbs of destruction).
expectNone(code, 'a vow to end a social ill is no threat', 'THREATEN', [
  'The president vowed to eradicate poverty.',
  'The finance minister pledged to defeat inflation.',
  'The governor swore to wipe out corruption.',
]);
expectAll(code, 'a vow to destroy an armed enemy stays a threat', [
  ['The general vowed to crush the rebels despite the hunger in the camps.', ['THREATEN']],
]);

// An act only weighed. Coding guide rule 1 and PLOVER's auxiliary modes (future, hypothetical: "the coder should always
// return the single event category", and no event is one only weighed): an act verb that is the -ing complement or the
// "whether to" of a verb of weighing (clause-cues.tsv weighing: consider, weigh, mull, contemplate) was not done
// (core/non-events.ts tree-weighed-act); a hostile measure so weighed stays a threat (weighed-measure.ts).
expectNone(code, 'a deportation or an arrest only weighed is no COERCE', 'COERCE', [
  'The government is considering deporting the asylum seekers.',
  'The interior ministry is contemplating detaining the strike leaders.',
  'The cabinet is mulling arresting the opposition leader.',
]);
expectNone(code, 'a release only weighed is no RETREAT', 'RETREAT', ['The rebels are considering releasing the hostages.']);
expectAll(code, 'an act done after weighing, and a measure weighed, stay', [
  ['The government deported the asylum seekers after considering their appeals.', ['COERCE']],
  ['The government is considering expelling the Russian ambassador.', ['THREATEN']],
]);

// Utilities cut off from a population. PLOVER manual, COERCE withhold: "withhold public goods/services, e.g. shut off
// power/internet/water/utilities"; SANCTION discontinue is a cut in "diplomatic, commercial, or material exchanges".
// Water, electricity or power cut off to a place is COERCE withhold (verbs.tsv 191 rows, modes.tsv "off power");
// gas or oil cut off to a country stays SANCTION.
expectModes('utilities cut off to a place are COERCE withhold', [
  ['The militia cut off water and electricity to the occupied district.', 'cut', 'COERCE', 'withhold'],
  ['The junta turned off power to the rebel-held province.', 'turned', 'COERCE', 'withhold'],
  ['The occupying forces shut off the water supply to the refugee camp.', 'shut', 'COERCE', 'withhold'],
]);
expectModes('gas or oil cut off to a country stays SANCTION', [
  ['Russia cut off gas supplies to Bulgaria.', 'cut', 'SANCTION', 'discontinue'],
  ['Moscow shut off oil to Poland.', 'shut', 'SANCTION', 'discontinue'],
]);

// Supplies asked for. PLOVER manual, REQUEST assist: "any form of exchange, relations, or assistance". An appeal or
// request for fuel, food, medicine or tents is aid asked for (modes.tsv REQUEST assist supplies row; verbs.tsv 023
// rows); a demand about fuel prices stays a change of policy.
expectModes('supplies asked for are REQUEST assist', [
  ['Cuba asked Mexico for fuel.', 'asked', 'REQUEST', 'assist'],
  ['Sri Lanka appealed to India for fuel and medicine.', 'appealed', 'REQUEST', 'assist'],
  ['Haiti asked the United States for food and tents.', 'asked', 'REQUEST', 'assist'],
]);
expectModes('a demand about fuel prices stays change', [['Protesters demanded cheaper fuel prices.', 'demanded', 'REQUEST', 'change']]);

// Talks hosted by a third party. PLOVER manual, CONSULT third-party: "meeting is hosted by a third party". Talks
// "hosted by", "mediated by" or "under the auspices of" another are third-party where the sides' own countries do not
// tell it (modes.tsv CONSULT third-party row, after the visit codes and the multilateral row).
expectModes('talks hosted or mediated by another are third-party', [
  ['Armenia and Azerbaijan negotiated in Washington under the auspices of the United States.', 'negotiated', 'CONSULT', 'third-party'],
  ["Sudan's army and the RSF held talks in Jeddah hosted by Saudi Arabia.", 'held', 'CONSULT', 'third-party'],
  ['The junta and the Arakan Army held talks mediated by China.', 'held', 'CONSULT', 'third-party'],
  ['The Houthis and the Saudi-backed government met in Muscat under the auspices of Oman.', 'met', 'CONSULT', 'third-party'],
]);
expectModes('a visit hosted by its host stays a visit', [
  ['The Kenyan president was hosted by the Ugandan leader in Kampala.', 'hosted', 'CONSULT', 'visit'],
  ['The Kenyan president visited Kampala.', 'visited', 'CONSULT', 'visit'],
]);

// Property set ablaze by a crowd in protest. PLOVER manual, PROTEST riot: "distinct, continuous and violent action
// directed toward members of a distinct 'other' group or government authorities. The participants intend to cause
// physical injury and/or property damage". Demonstrators, a mob or youths setting fire to a building riot
// (argument-senses.tsv set|torch|burn|smash rows by subject), as looting or storming crowds do; soldiers or gunmen
// burning homes stay ASSAULT.
expectModes('a crowd setting fire to a building riots', [
  ["Demonstrators set fire to the ruling party's headquarters.", 'set', 'PROTEST', 'riot'],
  ["Protesters set fire to the governor's residence.", 'set', 'PROTEST', 'riot'],
  ["A mob set fire to the mayor's office.", 'set', 'PROTEST', 'riot'],
  ['Angry youths set fire to a bank in the city centre.', 'set', 'PROTEST', 'riot'],
]);
expectNone(code, 'soldiers or gunmen burning homes are no protest', 'PROTEST', [
  'Soldiers burned the village to the ground.',
  'Gunmen torched 20 homes in the village.',
]);

// A go-slow. PLOVER manual, PROTEST strike: "members of an organization or union engage in the abandonment of
// workplaces"; boycott is "the withdrawal of commercial or social relations". A go-slow or a work-to-rule is a labour
// action (modes.tsv PROTEST 143 strike row), no boycott.
expectModes('a go-slow is a strike', [
  ['Taxi drivers staged a go-slow in the capital.', 'staged', 'PROTEST', 'strike'],
  ['Dock workers staged a go-slow at the port.', 'staged', 'PROTEST', 'strike'],
  ['Railway workers staged a go-slow over unpaid wages.', 'staged', 'PROTEST', 'strike'],
]);
expectModes('a boycott of products or a vote stays a boycott', [
  ['The opposition boycotted the parliamentary elections.', 'boycotted', 'PROTEST', 'boycott'],
]);

// A fine a court imposes. PLOVER manual, SANCTION: "court-ordered payments should be coded as SANCTION events with the
// winner and court as actor and guilty party as recipient"; convict: "sanctioned via court-order". A court, judge or
// tribunal fining someone is SANCTION convict (argument-senses.tsv fine row by subject), as a court ordering damages
// is; a ministry's, the police's or a regulator's fine stays an administrative sanction (COERCE).
expectModes('a fine a court imposes is SANCTION convict', [
  ['A court fined the newspaper one million dollars.', 'fined', 'SANCTION', 'convict'],
  ['The tribunal fined the mining company for polluting the river.', 'fined', 'SANCTION', 'convict'],
  ['A Moscow judge fined the activist for the protest.', 'fined', 'SANCTION', 'convict'],
]);
expectModes('a fine by a ministry or the police stays COERCE', [
  ['Police fined the protest organisers.', 'fined', 'COERCE', 'restrict'],
  ['The European Commission fined Google.', 'fined', 'COERCE', 'restrict'],
]);

// A warning of force. PLOVER manual, THREATEN violence: "threaten violence" (the mode is the content of the threat). A
// warning to "respond with force" or "respond militarily" threatens violence (modes.tsv THREATEN violence row), after
// the restrict rows: a response with sanctions stays restrict.
expectModes('a warning to respond with force is violence', [
  ['The army warned it would respond with force.', 'warned', 'THREATEN', 'violence'],
  ['Pyongyang vowed to respond militarily to the drills.', 'vowed', 'THREATEN', 'violence'],
  ['The militia warned it would answer any incursion with force.', 'warned', 'THREATEN', 'violence'],
]);
expectModes('a response with sanctions stays restrict', [['The EU warned it would respond with sanctions.', 'warned', 'THREATEN', 'restrict']]);

// People seized by force. PLOVER manual, ASSAULT abduct: "abduct, kidnap, hijack"; COERCE seize: "execute search,
// confiscate property, raid". Passengers, travellers, pilgrims or schoolgirls seized, grabbed or snatched are abducted
// (verbs.tsv 181 row of these civilians, beside the soldiers and workers row); drugs or cattle seized stay COERCE seize.
expectModes('civilians seized by force are abducted', [
  ['Kidnappers seized 20 passengers from a bus.', 'seized', 'ASSAULT', 'abduct'],
  ['Bandits grabbed 12 travellers on the Kaduna highway.', 'grabbed', 'ASSAULT', 'abduct'],
  ['Militants seized two schoolgirls from their dormitory.', 'seized', 'ASSAULT', 'abduct'],
]);
expectModes('goods seized stay COERCE seize', [
  ['Customs officers seized 200 kilograms of heroin.', 'seized', 'COERCE', 'seize'],
  ['Police seized the smuggled cattle.', 'seized', 'COERCE', 'seize'],
]);

// A platform blocked before a vote. PLOVER manual, COERCE censor: "censor, ban or restrict access to publications or
// other information". A state blocking Facebook, TikTok or X is censorship, though a longer row for a blocked vote
// ("block * election|referendum|transition", REJECT) reads past the object to the vote the blocking came before
// (argument-senses.tsv platform object row); blocking the vote itself stays REJECT.
expectModes('a platform blocked ahead of a vote is COERCE censor', [
  ['Authorities blocked Facebook and WhatsApp ahead of the election.', 'blocked', 'COERCE', 'censor'],
  ['The government blocked Twitter ahead of the referendum.', 'blocked', 'COERCE', 'censor'],
  ['The junta blocked Facebook ahead of the transition.', 'blocked', 'COERCE', 'censor'],
  ['The government blocked YouTube and X ahead of the referendum.', 'blocked', 'COERCE', 'censor'],
]);
expectModes('a vote blocked stays REJECT', [
  ['Parliament blocked the independence referendum.', 'blocked', 'REJECT', 'change'],
  ['The opposition blocked the election of the speaker.', 'blocked', 'REJECT', 'change'],
]);

// An outlet's people barred from a country. PLOVER manual, REJECT and COERCE: "an instance where a country or similar
// entity bars a group or organization from entering its territory should be coded as REJECT". Where the outlet row
// ("bar * channel", COERCE censor) read the owner of the object, the reporters or correspondents barred decide
// (argument-senses.tsv bar|ban object row); an outlet itself banned stays censorship.
expectAll(code, "an outlet's reporters barred from the country are a REJECT", [
  ["Mali barred the French channel's reporters from entering the country.", ['REJECT']],
  ["Niger banned the BBC's correspondents from the country.", ['REJECT']],
  ["Burkina Faso barred the radio station's journalists from entering the country.", ['REJECT']],
]);
expectModes('an outlet banned stays COERCE censor', [['The junta banned the French channel.', 'banned', 'COERCE', 'censor']]);
