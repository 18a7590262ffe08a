import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectAll, expectCodes as expectCoded, expectNone as expectNoneCoded, find, T } from './class-fixture.ts';

// Session 41 classes of the tree, headlines, transcripts and clause dates, each on texts written for this file, with
// negatives that must keep their coding. 9 June 2025 is a Monday; 11 June a Wednesday. Each headline is a single line
// with no final stop, coded as a text of its own.
const code = coderPublishedOn('2025-06-09');
const onWednesday = coderPublishedOn('2025-06-11');
const expectNone = (name: string, type: string, texts: readonly string[]) => expectNoneCoded(code, name, type, texts);
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// "Military Jails Activists", "Military Shells Rebel Positions": a title-cased headline opening with a role word that is
// also an adjective lost its subject: the word tagger read "military jails" as an adjective and its noun, and the role
// finder dropped a role word used as an adjective ("military drills"). The tree's re-tagging made the verb a verb, with
// no actor to give it. Where such a verbless title-cased headline opens with the role and an event verb's form agreeing
// with it, the role is the subject (resolve/headline-subject.ts).
expectAll(code, 'a title-cased headline\'s opening role adjective is its subject', [
  ['Military Jails Activists', ['COERCE Military > Activists']],
  ['Military Shells Rebel Positions', ['ASSAULT Military > Rebel Positions']],
  ['Military Arrests Five Journalists In Yangon', ['COERCE Military > Journalists']],
]);
// an adjective before a noun, or a headline with a verb of its own, keeps the role word a modifier
expectNone('a military noun phrase has no military actor', 'COERCE', ['Military Jails Overcrowded, Report Says']);
test('a noun-phrase headline of strikes on a place has no military subject', T, () => {
  assert.ok(!code('Military Strikes On Gaza').some((e) => e.actor?.text === 'Military'));
});
expectAll(code, 'a headline whose verb the tagger read keeps its coding', [
  ['Military Detains Opposition Leader in Bamako', ['COERCE Military > Opposition Leader']],
]);

// "Somali Forces Retake Town", "Kenyan police fire tear gas at protesters": a headline tells its news in the present,
// and after a plural subject the verb is a bare form that is also a noun ("retake", "fire", "seize"). The parse read it
// as the root verb, but only -s forms counted as a headline's verb, and the word tagger's noun hid the trigger. A bare
// form right after its own plural subject, the root, is a verb (extract/verb-reading.ts barePresent); a bare form after
// an opening plural noun asks for the parse, and held to a verb it takes that noun as subject (retag-verb.ts).
expectAll(code, 'a headline\'s bare verb after a plural subject is a verb', [
  ['Somali Forces Retake Town', ['ASSAULT Somali Forces > null']],
  ['Kenyan police fire tear gas at protesters', ['ASSAULT Kenyan police > protesters']],
  ['Ethiopian troops retake airport from rebels', ['ASSAULT Ethiopian troops > rebels']],
  ['Congolese soldiers fire live rounds at mourners', ['ASSAULT Congolese soldiers > mourners']],
  // (after a wire dateline's dash: the plural subject's bare verb before the first noun read as one)
  ['DHAKA - Bangladesh police arrest opposition leader', ['COERCE Bangladesh police > opposition leader']],
  ['LAGOS - Nigerian troops free 40 kidnapped villagers', ['AID Nigerian troops > villagers']],
]);
// a noun compound before another verb stays a noun
expectNone('a bare noun before the real verb is no act of its own', 'ASSAULT', ['Police fire safety rules anger unions']);

// "Iran, US hold talks in Oman": a headline writes "and" between two subjects as a comma, and the parse took the second
// name alone for the subject (the first a vocative). Before a bare verb, the first name is the subject and the second
// its conjunct (tree-repair/comma-joined-subjects.ts).
expectCodes('comma-joined headline subjects are both the verb\'s', [
  ['Iran, US hold talks in Oman', 'hold talks', 'IRN'],
  ['Egypt, Qatar host talks on Gaza truce', 'host talks', 'EGY'],
  ['Armenia, Azerbaijan sign peace deal in Washington', 'sign', 'ARM'],
  ['South Korea, Japan agree to resume defense talks', 'agree', 'KOR'],
  // (noun phrases as well as names)
  ['Ethiopian troops, Fano militia clash in Amhara', 'clash', 'ETHMIL'],
  ['Police, protesters clash in Nairobi', 'clash', 'KENCOP'],
]);
test('the comma-joined second subject takes part too', T, () => {
  const e = find(code('Iran, US hold talks in Oman'), 'hold talks');
  assert.ok(e.rules.includes('tree-repair:comma-joined-subjects'), e.rules.join(' '));
});
expectCodes('a singular verb after a comma keeps its own subject', [
  ['In Kyiv, Zelenskyy hosts talks with Macron', 'hosts talks', 'UKRGOV'],
]);

// "Kenyan police rearrested the activist", "Rebels reattacked the base": a verb done again is the verb (its rows hold
// for it), where the word is no word of its own that the tagger's lexicon knows ("resign", "remove", "recommend" are)
// (extract/morphology.ts againVerb).
expectAll(code, 'a re- verb done again is its verb', [
  ['Kenyan police rearrested the activist on Monday.', ['COERCE Kenyan police > the activist']],
  ['Rebels reattacked the army base on Monday.', ['ASSAULT Rebels > the army base']],
  ['Ethiopian troops reentered the town on Monday.', ['ASSAULT Ethiopian troops > the town']],
]);
expectCodes('a re- verb of a crossing closed again', [['Israel reclosed the Rafah crossing on Monday.', 'reclosed', 'ISR']]);
expectNone('a word of its own beginning "re" is no act of its stem', 'SIGN', ['The minister resigned on Monday.']);
expectNone('"recommended" is no praise', 'APPEAL', ['The panel recommended new rules on Monday.']);

// "Three days after rebels seized the town, government troops shelled it on Friday": a stretch of time opening the
// sentence counted from publication, not from the main clause's day, so the earlier act took the wrong day (or the main
// one's). It counts from the first day told after the timing clause (resolve/date-phrases.ts mainClauseDay); "a week
// before the vote on Sunday" counts from the occasion's date told after its noun. The parse also read the timing clause
// as the root, the main subject a conjunct of its object (tree-repair/opening-timing-clause.ts).
const dated = (text: string, trigger: string) => find(onWednesday(text), trigger).date?.value;
test('the timing clause\'s act is counted back from the main clause\'s day', T, () => {
  assert.equal(dated('Two days after militants attacked the base, the army launched an offensive on Monday.', 'attacked'), '2025-06-07');
  assert.equal(dated('Two days after militants attacked the base, the army launched an offensive on Monday.', 'launched'), '2025-06-09');
});
test('three days before Friday is Tuesday', T, () => {
  assert.equal(dated('Three days after rebels seized the town, government troops shelled it on Friday.', 'seized'), '2025-06-03');
  assert.equal(dated('Three days after rebels seized the town, government troops shelled it on Friday.', 'shelled'), '2025-06-06');
});
test('a week before a dated vote', T, () => {
  assert.equal(dated('A week before the vote on Sunday, police arrested 40 opposition activists.', 'arrested'), '2025-06-01');
  assert.equal(dated('Police arrested 40 activists two days before the election on Sunday.', 'arrested'), '2025-06-06');
});
test('hours after is the same day', T, () => {
  assert.equal(dated('Hours after gunmen killed a police officer, soldiers raided the village on Saturday.', 'killed'), '2025-06-07');
  assert.equal(dated('Hours after gunmen killed a police officer, soldiers raided the village on Saturday.', 'raided'), '2025-06-07');
});
test('the timing clause\'s target is not the main clause\'s subject', T, () => {
  const e = find(code('Three days after rebels seized the town, Congolese troops shelled it on Friday.'), 'seized');
  assert.equal(e.target?.text, 'the town');
  assert.equal(find(code('Three days after rebels seized the town, Congolese troops shelled it on Friday.'), 'shelled').actor?.code, 'CODMIL');
});
// a stretch after the main clause keeps its reading; one with no day after it counts from the story's day
test('a stretch after the main clause keeps its day', T, () => {
  assert.equal(dated('The army launched an offensive on Monday, two days after militants attacked the base.', 'attacked'), '2025-06-07');
});

// Transcripts: an interview's "A:" turns had no speaker (anonymous), so "we" in them was no one and their requests were
// dropped; "AFP:", "Reuters:" at a press conference were read as speakers whose words are their acts. "A:" is the person
// the introduction says was interviewed ("spoke with X", "an interview with X"); a news outlet's label is a
// questioner's (provenance/speaker-turns.ts).
const interview = [
  'NAIROBI — VOA spoke with Sudanese army chief Abdel Fattah al-Burhan on Sunday. The interview was edited for clarity.',
  '',
  'Q: Will you talk to the RSF?',
  '',
  'A: We reject any talks with the militia.',
  '',
  'Q: What about the aid convoys?',
  '',
  'A: We urge the United Nations to send more aid through Port Sudan.',
].join('\n');
const interview2 = [
  'ISLAMABAD — In an interview with VOA on Saturday, Pakistani Foreign Minister Ishaq Dar discussed the border.',
  '',
  'Q: Is the ceasefire holding?',
  '',
  'A: We accuse India of violating the ceasefire twice this week.',
  '',
  'Q: Will you talk?',
  '',
  'A: We are ready. We call on India to return to talks.',
].join('\n');
const interview3 = [
  'KYIV — VOA interviewed Ukrainian Defense Minister Denys Shmyhal in Kyiv on Friday.',
  '',
  'Q: What do you need most?',
  '',
  'A: We urge our allies to send more air defense systems.',
  '',
  'Q: And the front?',
  '',
  'A: We condemn the Russian strikes on Kharkiv.',
].join('\n');
expectCodes('an interview\'s A: turn is the interviewee\'s', [
  [interview, 'urge', 'SDNGOV', 'IGOUNO'],
  [interview2, 'call on', 'PAKGOV'],
  [interview3, 'urge', 'UKRGOV'],
  [interview3, 'condemn', 'UKRGOV'],
]);
const briefing = [
  'Foreign Ministry Spokesperson Lin Jian\'s Regular Press Conference',
  '',
  'BEIJING — China\'s foreign ministry held its regular press conference on Tuesday.',
  '',
  'Reuters: Japan says Chinese ships entered its waters. Will China withdraw them?',
  '',
  'Lin Jian: We urge Japan to stop its provocations in the East China Sea.',
  '',
  'Al Jazeera: Israel struck Gaza again this morning. What is China\'s view?',
  '',
  'Lin Jian: We condemn all attacks on civilians.',
  '',
  'CCTV: The Philippines detained Chinese fishermen. Your comment?',
  '',
  'Lin Jian: We demand that Manila release them at once.',
].join('\n');
test('a news outlet\'s label in a press conference is a questioner\'s', T, () => {
  const e = find(code(briefing), 'struck');
  assert.ok(e.rules.includes('provenance:questioner-turn'), e.rules.join(' '));
  assert.equal(e.provenance.source, 'outlet');
  const d = find(code(briefing), 'detained');
  assert.ok(d.rules.includes('provenance:questioner-turn'), d.rules.join(' '));
});
expectCodes('the spokesperson\'s turns stay hers', [
  [briefing, 'urge', 'CHNGOV', 'JPN'],
  [briefing, 'demand', 'CHNGOV'],
]);
// a named answerer's label stays the label's person; an interview with no one named leaves "A:" no one's
test('an A: turn with no interviewee named has no speaker', T, () => {
  const text = ['Readers asked, our editor answered.', '', 'Q: Why?', '', 'A: We urge calm.', '', 'Q: When?', '', 'A: Now.'].join('\n');
  assert.ok(!code(text).some((e) => e.rules.includes('provenance:speaker-turn')));
});
