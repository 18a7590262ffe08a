import assert from 'node:assert/strict';
import { test } from 'node:test';
import { brief, coderPublishedOn, expectModes as expectModesOf, expectTypes as expectTypesOf, expectNone, find, T } from './class-fixture.ts';

// Session 48 classes of PLOVER type and mode, on sentences written for this file (every positive failed on main before
// the change: wrong type or mode, or no event), with near misses that must keep their coding. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectModes = (name: string, cases: ReadonlyArray<readonly [string, string, string, string]>) => expectModesOf(code, name, cases);
const expectTypes = (name: string, cases: ReadonlyArray<readonly [string, string, string]>) => expectTypesOf(code, name, cases);

// Lead's decision: an order by those who hold power to stop publishing, broadcasting or a civil body's work is a ban.
// PLOVER COERCE censor ("censor, ban or restrict access to publications"), restrict ("impose restrictions on political
// freedoms"); the "order * to" row (CAMEO 100) read every one as a demand (data/patterns/verbs.tsv, plover-48 rows).
expectModes('an order to stop publishing or broadcasting is censorship', [
  ['The military council ordered the private radio stations to stop broadcasting.', 'ordered', 'COERCE', 'censor'],
  ['The information ministry ordered the weekly to cease publication on Friday.', 'ordered', 'COERCE', 'censor'],
  ['Kinshasa ordered Radio Okapi to halt its broadcasts.', 'ordered', 'COERCE', 'censor'],
  ['The governor directed the local newspapers to stop printing.', 'directed', 'COERCE', 'censor'],
]);
expectModes('an order to a charity or an aid group to stop its work restricts it', [
  ['The interior ministry ordered the charity to suspend its activities.', 'ordered', 'COERCE', 'restrict'],
  ['The Taliban ordered the aid groups to stop employing Afghan women.', 'ordered', 'COERCE', 'restrict'],
  ['Police ordered the church to close its doors.', 'ordered', 'COERCE', 'restrict'],
]);
// a call by someone without that power stays a demand; a court's or a leader's order to stop fighting is no ban
expectTypes('a call to stop broadcasting and an order to halt fighting stay requests', [
  ['Reporters Without Borders urged state television to stop broadcasting the forced confessions.', 'urged', 'REQUEST'],
  ['The court ordered Russia to halt its military operations.', 'ordered', 'REQUEST'],
]);
expectNone(code, 'forces ordered to halt air strikes are not banned', 'COERCE', ['The president ordered the air force to halt air strikes on the city.']);

// Lead's decision (session 47 and before): a pledge to send forces is AGREE. The pledge-to-no-one refiner kept troops,
// soldiers or police but dropped fighters or reinforcements (its words are now data/lexicon/pledged-commitments.tsv).
expectTypes('a pledge to send fighters or reinforcements is a commitment', [
  ['The Wagner group pledged to send 2,000 fighters to defend the gold mines.', 'pledged', 'AGREE'],
  ['The militia promised to send fighters to guard the pipeline.', 'promised', 'AGREE'],
  ['Rwanda pledged to send reinforcements to the Mozambican province.', 'pledged', 'AGREE'],
]);
expectNone(code, 'a pledge to voters of no forces and no party stays dropped', 'AGREE', ['The new governor pledged to end the kidnappings within a year.']);

// Lead's decision: an armed party's own announcement that it will resume or step up its attacks is THREATEN (CAMEO
// 138), as "vowed to resume attacks" already was, not a planned ASSAULT (src/core/resumed-attack-threat.ts).
expectModes('an attacker announcing it will resume or step up attacks threatens', [
  ['The FARC dissidents said they would resume attacks on the army.', 'resume', 'THREATEN', 'violence'],
  ['The Houthis announced they would intensify their attacks on tankers.', 'intensify', 'THREATEN', 'violence'],
  ['The army said it would renew its offensive against the separatists.', 'renew', 'THREATEN', 'violence'],
]);
test('an announced resumption is the speaker\'s own threat, told by the outlet', T, () => {
  const e = find(code('The PKK said it would resume attacks on Turkish bases.'), 'resume');
  assert.equal(e.type, 'THREATEN', JSON.stringify(brief(e)));
  assert.equal(e.cameo, '138');
  assert.equal(e.provenance.certainty, 'asserted');
});
// someone else's forecast, and a plain plan with no resumption, keep their coding
expectNone(code, 'a forecast of another\'s resumed attacks or a plain planned attack is no threat', 'THREATEN', [
  'Analysts said the army would resume its offensive in the east.',
  'The ELN said it would attack the oil pipelines.',
]);

// A call to stop publishing, building, trading or funding asks for a change of policy (PLOVER REQUEST change), not the
// yield (release, ceasefire) that the "to stop" row gave every call (data/ontology/modes.tsv, plover-48 row).
expectModes('a call to stop publishing, building or exporting asks for a change', [
  ['UNICEF urged the channels to stop airing the hostage videos.', 'urged', 'REQUEST', 'change'],
  ['The EU urged Hungary to stop buying Russian oil.', 'urged', 'REQUEST', 'change'],
  ['Rights groups urged Paris to stop exporting spyware to Egypt.', 'urged', 'REQUEST', 'change'],
]);
// near misses: a settlement freeze asked for keeps its code (CAMEO 0242, change); stopping attacks or freeing captives is a yield
expectModes('calls that keep their mode', [
  ['Jordan called on Israel to halt construction in the settlements.', 'called', 'REQUEST', 'change'],
  ['Egypt urged Israel to halt its strikes on Rafah.', 'urged', 'REQUEST', 'yield'],
  ['The bishops urged the kidnappers to free the priests.', 'urged', 'REQUEST', 'yield'],
]);
