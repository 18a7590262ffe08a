import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, expectCodes as expectCoded, find, T } from './class-fixture.ts';
import { findSpeakerTurns, blankSpeakerLabels } from '../../src/nlp/speaker-labels.ts';

// Session 40 classes of the lead's, on texts written for this file. 9 June 2025 is a Monday.
const code = coderPublishedOn('2025-06-09');
const expectCodes = (name: string, cases: ReadonlyArray<readonly [string, string, string | null | undefined, (string | null)?]>) => expectCoded(code, name, cases);

// Transcripts label each turn with its speaker ("MR MILLER: We call on ..."). The label was read as the sentence's
// subject and "we" had no speaker, so the turn's requests and condemnations were dropped as having no political
// participant. A text with three labelled lines or more, one label said twice, is a transcript
// (nlp/speaker-labels.ts); each turn is a quotation of its speaker, who is the person the text introduced by the
// label's surname or title (provenance/speaker-turns.ts, rule provenance:speaker-turn).
const briefing = [
  'Transcript: State Department briefing',
  '',
  'WASHINGTON — Below is part of Tuesday\'s briefing by State Department spokesperson Matthew Miller.',
  '',
  'MR MILLER: Good afternoon. We call on all parties in Sudan to agree to an immediate ceasefire.',
  '',
  'QUESTION: Are you going to sanction the RSF commanders?',
  '',
  'MR MILLER: We have already imposed sanctions on two RSF commanders.',
  '',
  'QUESTION: And Lebanon?',
  '',
  'MR MILLER: We have urged the Israeli government to avoid civilian casualties.',
].join('\n');
const interview = [
  'KYIV — VOA spoke with Ukrainian Foreign Minister Andrii Sybiha on Monday. The interview was edited for length.',
  '',
  'VOA: How do you see the talks?',
  '',
  'Sybiha: We are ready for a ceasefire. We urge our partners to send more Patriot systems.',
  '',
  'VOA: And the attacks on Kherson?',
  '',
  'Sybiha: We condemn the shelling of Kherson by Russian forces.',
].join('\n');
const pressConference = [
  'Foreign Ministry Spokesperson Mao Ning\'s Regular Press Conference',
  '',
  'BEIJING — China\'s foreign ministry held its regular press conference on Wednesday.',
  '',
  'AFP: Manila says your coast guard fired water cannon at its boat. What is your response?',
  '',
  'Mao Ning: We urge the Philippines to stop its provocations.',
  '',
  'Bloomberg: Will China answer the new tariffs?',
  '',
  'Mao Ning: We firmly oppose the unilateral tariffs.',
].join('\n');
const downingStreet = [
  'Prime minister speaks after Paris talks',
  '',
  'LONDON — British Prime Minister Keir Starmer held a press conference on Thursday after talks with European leaders.',
  '',
  'THE PRIME MINISTER: We have agreed to send more air defence to Ukraine. We condemn the Russian strikes on Kyiv.',
  '',
  'JOURNALIST: Will you impose new sanctions?',
  '',
  'THE PRIME MINISTER: We will sanction more tankers of the shadow fleet.',
].join('\n');
expectCodes('"we" in a transcript\'s turn is its labelled speaker, introduced before', [
  [briefing, 'call on', 'USAGOV'],
  [briefing, 'urged', 'USAGOV', 'ISRGOV'],
  [interview, 'urge', 'UKRGOV'],
  [interview, 'condemn', 'UKRGOV'],
  [pressConference, 'urge', 'CHNGOV', 'PHL'],
  [pressConference, 'oppose', 'CHNGOV'],
  [downingStreet, 'agreed', 'GBRGOV'],
  [downingStreet, 'condemn', 'GBRGOV'],
]);
test('a turn\'s speaker is its source, named as the label is written', T, () => {
  const e = find(code(briefing), 'imposed sanctions');
  assert.equal(e.actor?.code, 'USAGOV');
  assert.equal(e.provenance.source !== 'outlet' && e.provenance.source?.name, 'Matthew Miller');
  assert.ok(e.rules.includes('provenance:speaker-turn'), e.rules.join(' '));
});
test('a speaker the text never introduced is the label itself, with no code', T, () => {
  const text = 'SEN. HARRIS: We demand that the ministry release the report.\n\nREPORTER: Will you?\n\nSEN. HARRIS: We condemn the minister\'s silence.';
  const e = find(code(text), 'condemn');
  assert.equal(e.provenance.source !== 'outlet' && e.provenance.source?.text, 'SEN. HARRIS');
});

// "We urge restraint," a foreign ministry spokesperson said: a speaker's "we" taking up a spokesperson of a bare
// institution is that institution, of the story's country, as "it" and "she" were (core/assemble.ts roleOf)
expectCodes('"we" of a bare institution\'s spokesperson is the institution', [
  ['BEIJING — China rejected the tariffs on Wednesday. "We urge the Philippines to stop its provocations," a foreign ministry spokesperson said.', 'urge', 'CHNGOV', 'PHL'],
  ['MOSCOW — "We condemn the strikes on Belgorod," a defence ministry spokesman said on Monday.', 'condemn', 'RUSMIL'],
  ['TEHRAN — "We reject the accusations of the European powers," a foreign ministry spokesman said on Monday.', 'reject', 'IRNGOV'],
]);

// what is no transcript: a dateline with a colon, a list of reactions (one label each), a live story's updates
test('a colon after a line\'s first words makes no transcript by itself', T, () => {
  const texts = [
    'NEW DELHI: India summoned Bangladesh\'s envoy on Tuesday.\n\nOfficials said the envoy met the foreign secretary.\n\nNote: the ministry gave no details.',
    'Leaders condemned the strike.\n\nTurkey: The foreign ministry condemned the attack.\n\nRussia: The Kremlin said it violated international law.\n\nEgypt: Cairo urged restraint.',
    'UPDATE: Police arrested two men.\n\nUPDATE: The suspects were detained near the station.\n\nUPDATE: One was charged.',
  ];
  for (const text of texts) assert.deepEqual(findSpeakerTurns(text), [], text);
});
test('turns run to the next label, and the labels read as spaces', T, () => {
  const text = 'Q: Will you go?\n\nMINISTER ALI: We will. We must.\n\nMore words.\n\nQ: When?\n\nMINISTER ALI: Soon.';
  const turns = findSpeakerTurns(text);
  assert.deepEqual(turns.map((t) => [t.name, text.slice(t.bodyStart, t.bodyEnd), t.questioner]), [
    ['Q', 'Will you go?', true], ['MINISTER ALI', 'We will. We must.\n\nMore words.', false], ['Q', 'When?', true], ['MINISTER ALI', 'Soon.', false],
  ]);
  const blank = blankSpeakerLabels(text, turns);
  assert.equal(blank.length, text.length);
  assert.ok(!blank.includes('MINISTER ALI') && blank.includes('We will.'));
});

// "India summoned Bangladesh's envoy ... The foreign secretary met the envoy": a description titled with one office took
// up the person told before with another office's title, so the foreign secretary was Bangladesh's. Two offices are two
// people (resolve/other-office.ts, data/lexicon/office-titles.tsv); one office's titles may take up each other.
expectCodes('a description of another office takes up no one titled with this one', [
  ['India summoned Bangladesh\'s envoy on Tuesday over the attacks. The foreign secretary met the envoy on Wednesday.', 'met', null, 'BGDGOV'],
  ['Germany summoned Russia\'s ambassador on Tuesday over the cyberattack. The minister accused the ambassador of lying on Wednesday.', 'accused', null],
  ['Kenya expelled Sudan\'s envoy on Monday. The president criticized Sudan\'s army on Tuesday.', 'criticized', null, 'SDNMIL'],
  ['Israel\'s prime minister met the U.S. envoy on Monday. The envoy urged Hamas to release the hostages.', 'urged', 'USAGOV'],
]);
expectCodes('a description of the same office still takes it up', [
  ['Poland summoned Belarus\'s envoy on Monday. The ambassador rejected the accusations on Tuesday.', 'rejected', 'BLRGOV'],
  ['Egypt\'s foreign minister met his Qatari counterpart on Monday. The minister urged Israel to halt the offensive.', 'urged', 'EGYGOV'],
  ['Hungary\'s prime minister visited Beijing on Monday. The premier criticized the European Union on Tuesday.', 'criticized', 'HUNGOV'],
]);

// "Kyiv renewed its appeal to Western allies for more artillery shells": since "renew" supports the act noun it governs
// (recall-40), the shells asked for were read as Kyiv's own shelling. A verb supports the statement noun nearer it, not
// what that statement asks for (extract/noun-roles.ts).
for (const [text, asker] of [
  ['Kyiv renewed its appeal to Western allies for more artillery shells.', 'Kyiv'],
  ['The Kurdish commander renewed his appeal to the coalition for more air strikes on Islamic State positions.', 'commander'],
  ['Zelenskyy reiterated his appeal to European leaders for more artillery shells.', 'Zelenskyy'],
] as const) {
  test(`who renews an appeal does not do what it asks for: ${text}`, T, () => {
    const events = code(text);
    assert.ok(events.some((e) => e.type === 'REQUEST'), JSON.stringify(events.map((e) => e.type)));
    assert.ok(!events.some((e) => e.type === 'ASSAULT' && e.actor?.text === asker), JSON.stringify(events.map((e) => `${e.type} ${e.actor?.text}`)));
  });
}
// ... nor does who opens an inquiry do the act it inquires into
for (const [text, investigator] of [
  ['Police on Friday began an investigation into the killing of a journalist in March.', 'Police'],
  ['The army opened a probe into the shelling of the hospital last week.', 'army'],
  ['Prosecutors launched an inquiry into the bombing of the market on Monday.', 'Prosecutors'],
] as const) {
  test(`who opens an inquiry does not do what it inquires into: ${text}`, T, () => {
    const events = code(text);
    assert.ok(events.some((e) => e.type === 'ACCUSE' && e.actor?.text === investigator), JSON.stringify(events.map((e) => `${e.type} ${e.actor?.text}`)));
    assert.ok(!events.some((e) => e.type === 'ASSAULT' && e.actor?.text === investigator), JSON.stringify(events.map((e) => `${e.type} ${e.actor?.text}`)));
  });
}
