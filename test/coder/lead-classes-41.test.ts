import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coderPublishedOn, find, T } from './class-fixture.ts';
import { storySections } from '../../src/nlp/story-sections.ts';

// Session 41 classes of the lead's, on texts written for this file. 16 September 2025 is a Tuesday.
const code = coderPublishedOn('2025-09-16');
const codeOf = (text: string, trigger: string) => find(code(text), trigger);
const places = { country: (s: string) => ['peru', 'nepal', 'mali', 'japan', 'chile', 'ukraine', 'britain', 'china'].includes(s.toLowerCase()), city: (s: string) => ['LIMA', 'KATHMANDU', 'BAMAKO', 'NAIROBI', 'QUITO'].includes(s) };

// Roundups ("World briefs", "The week in review", a list of reactions) tell several stories in one text, each under a
// dateline or a place's label of its own. They were read as one story: the first story's country gave the next
// stories' officials their code ("The prime minister resigned" under "KATHMANDU, Nepal" was Peru's), and a town read
// by the wrong story's countries ("Puno" as Pune, India). Each section is now coded as a story of its own
// (nlp/story-sections.ts, core/sectioned-coder.ts); a country heading a paragraph as its label places it, as a
// dateline does (resolve/places.ts, resolve/dateline-place.ts).
const briefs = [
  'World briefs',
  '',
  'QUITO, Ecuador — Soldiers detained 40 suspected gang members in Guayaquil on Monday, the army said.',
  '',
  'KATHMANDU, Nepal — The prime minister resigned on Sunday after days of deadly protests. The army chief called for calm.',
  '',
  'NAIROBI, Kenya — Riot police fired tear gas at protesters outside parliament on Tuesday.',
].join('\n');
const digest = [
  'The week in review',
  '',
  'The stories you may have missed this week.',
  '',
  '* Peru: Farmers blocked highways in the southern region of Puno on Wednesday. Police cleared the roads on Thursday.',
  '* Nepal: The government lifted its ban on social media platforms. The prime minister resigned a day later.',
  '* Mali: Jihadist fighters ambushed a fuel convoy near the border with Senegal, the army said.',
].join('\n');
const reactions = [
  'Leaders react to the strike on Kyiv',
  '',
  'Russian missiles struck a children\'s hospital in Kyiv on Monday, killing at least 30 people. Here is how governments reacted:',
  '',
  'Britain: The foreign secretary condemned the strike as an atrocity.',
  '',
  'China: The foreign ministry urged all parties to exercise restraint.',
  '',
  'Japan: The prime minister said Tokyo would send more generators to Ukraine.',
].join('\n');

test('roundup: each dateline opens a story of its own, with its own country', T, () => {
  assert.equal(codeOf(briefs, 'resigned').actor?.code, 'NPLGOV');
  assert.equal(codeOf(briefs, 'called for').actor?.code, 'NPLMIL');
  assert.equal(codeOf(briefs, 'fired tear gas').actor?.code, 'KENCOP');
  assert.equal(codeOf(briefs, 'detained').location?.country, 'ECU');
});

test('roundup: a country label places its item there, as a dateline does', T, () => {
  const blocked = codeOf(digest, 'blocked highways');
  assert.equal(blocked.location?.name, 'Puno', JSON.stringify(blocked.location));
  assert.equal(blocked.location?.country, 'PER');
  assert.equal(codeOf(digest, 'resigned').actor?.code, 'NPLGOV');
  assert.equal(codeOf(digest, 'ambushed').location?.country, 'MLI');
});

// (a list of reactions is such a roundup: each item's officials are its label's country's, not the introduction's;
// what an item answers, "condemned the strike", is then not known to it: left undone)
test('roundup: a labelled reaction is its label country\'s', T, () => {
  assert.equal(codeOf(reactions, 'condemned').actor?.code, 'GBRGOV');
  assert.equal(codeOf(reactions, 'urged').actor?.code, 'CHNGOV');
  // the introduction's own event is coded once, not once for each item
  assert.equal(code(reactions).filter((e) => e.trigger.text === 'struck').length, 1);
});

test('roundup: offsets of every section point into the whole text', T, () => {
  for (const text of [briefs, digest, reactions]) {
    for (const e of code(text)) {
      assert.equal(text.slice(e.trigger.span[0], e.trigger.span[1]), e.trigger.text);
      if (e.actor?.span) assert.equal(text.slice(e.actor.span[0], e.actor.span[1]), e.actor.text);
      assert.ok(e.rules.includes('story:roundup-section'));
    }
  }
});

test('sections: roundups have two openers or more, naming two places at least', T, () => {
  assert.deepEqual(storySections(briefs, places).map((s) => s.opener), ['preamble', 'dateline', 'dateline', 'dateline']);
  assert.deepEqual(storySections(digest, places).map((s) => s.opener), ['preamble', 'label', 'label', 'label']);
});

test('sections: one story, a transcript and repeated update lines are not roundups', T, () => {
  const story = 'Rebels seize town\n\nQUITO, Ecuador — Soldiers detained 40 men.\n\nPeru: the neighbour closed its border, officials said.';
  const transcript = 'Mao Ning: We urge restraint.\n\nReporter: And Japan?\n\nMao Ning: We have lodged representations.';
  const updates = 'UPDATE — Police said more arrests were made.\n\nQUITO, Ecuador — Soldiers detained 40 men.\n\nUPDATE — The army said the operation was over.';
  for (const text of [story, transcript, updates]) assert.deepEqual(storySections(text, places), [], text);
  // ... and such a text is coded as one story
  assert.equal(code(story).some((e) => e.rules.includes('story:roundup-section')), false);
});

// A state's agents named by nouns that say so only with the state: "the representative of Algeria", "Brazil's
// delegate" (UN Security Council and summit coverage). The nouns were no actors at all, so the council's statements,
// condemnations and vetoes were lost. They are read as the imported Phoenix agents are, only right after a country
// or its possessive, or before "of" and the country (data/actors/country-bound-roles.tsv, resolve/actor-phrases.ts).
for (const [text, trigger, actor] of [
  ['The representative of the United Kingdom condemned the shelling of the camp.', 'condemned', 'GBRGOV'],
  ['The representative of the Russian Federation rejected the draft resolution.', 'rejected', 'RUSGOV'],
  ['The delegate of Brazil called on both parties to respect the ceasefire.', 'called on', 'BRAGOV'],
  ['Algeria\'s representative expressed support for the African Union\'s mediation.', 'expressed support', 'DZAGOV'],
  ['Speaking after the vote, the permanent representative of France urged Israel to allow aid into Gaza.', 'urged', 'FRAGOV'],
] as const) {
  test(`country-bound roles: ${text}`, T, () => assert.equal(codeOf(text, trigger).actor?.code, actor));
}
// ... and alone, or of no state, they are no state's
for (const text of [
  'A union representative met the labour minister on Monday.',
  'The representative of the company denied the charges.',
  'Delegates of the ruling party criticised the opposition leader.',
  'Representatives of civil society groups met the minister.',
]) {
  test(`country-bound roles, no state: ${text}`, T, () => {
    const got = code(text);
    assert.ok(!got.some((e) => e.actor?.code?.endsWith('GOV')), JSON.stringify(got.map((e) => [e.type, e.actor?.text, e.actor?.code])));
  });
}

// A ministry's formal name with its country after it: "the Ministry of Foreign Affairs of Senegal". Our word
// "ministry" was read alone and "of Foreign Affairs" took the place of the country, so the ministry was no state's. A
// longer imported agent name that starts at our word and has its country names the body (resolve/agent-hits.ts).
for (const [text, trigger, actor] of [
  ['The Ministry of Foreign Affairs of the Republic of Senegal strongly condemns the attack in Bamako.', 'condemns', 'SENGOV'],
  ['The Ministry of Justice of Ukraine accused Russia of deporting children.', 'accused', 'UKRGOV'],
  ['The Ministry of Finance of Kenya rejected the IMF\'s demands.', 'rejected', 'KENGOV'],
] as const) {
  test(`formal ministry names: ${text}`, T, () => assert.equal(codeOf(text, trigger).actor?.code, actor));
}
// ... our word alone stays as it was (its country from the context, none here)
test('formal ministry names: "the ministry" alone is no state\'s here', T, () => assert.equal(codeOf('The ministry condemned the attack.', 'condemned').actor?.code ?? null, null));

// "the capital" of a story filed from a desk abroad: the country the dateline names is where the reporter was, not the
// story's, and it was counted as the story's most named ("NEW YORK, United States (AP) — UNICEF said Haitian gangs ...
// gunmen attacked a school in the capital" was Washington). The dateline's country names the capital only when the
// story names no other (resolve/capital-phrases.ts countryMentionsOf).
for (const [text, trigger, city, actor] of [
  ['NEW YORK, United States (AP) — UNICEF said on Tuesday that Haitian gangs had recruited hundreds of children.\n\nPolice said gunmen attacked a school in the capital on Monday. The prime minister condemned the attack.', 'condemned', 'Port-au-Prince', 'HTIGOV'],
  ['BRUSSELS, Belgium — The European Union imposed sanctions on Georgian officials on Monday over the crackdown on protesters.\n\nPolice detained dozens of demonstrators in the capital last week.', 'detained', 'Tbilisi', 'GEOCOP'],
  ['GENEVA, Switzerland (Reuters) — The World Food Programme said on Friday that Sudanese paramilitaries had looted its warehouses.\n\nSoldiers shelled a market in the capital on Thursday, the agency said.', 'shelled', 'Khartoum', 'SDNMIL'],
  // (the dateline's own country, when the story names no other)
  ['KABUL, Afghanistan (AP) — Hundreds of women protested in the capital on Sunday.', 'protested', 'Kabul', 'AFGCVL'],
] as const) {
  test(`capital of a desk abroad: ${text.slice(0, 70)}`, T, () => {
    const e = codeOf(text, trigger);
    assert.equal(e.location?.name, city, JSON.stringify(e.location));
    assert.equal(e.actor?.code, actor);
  });
}

// "Ecuador recalled its ambassador in Mexico": the post after "in" names the recall's target, as "to" and "from" do
// (clause-cues.tsv group "posted", extract/tree-roles/envoy-post.ts). The target had come from coding the envoy as the
// host's; since roles-41 an envoy posted in a capital is no longer the host's, so the post names it.
for (const [text, trigger, target] of [
  ['Ecuador recalled its ambassador in Mexico on Friday.', 'recalled', 'MEX'],
  ['Algeria recalled its envoy in Paris for consultations.', 'recalled', 'FRA'],
  ['Peru recalled its ambassadors in Venezuela and Cuba.', 'recalled', 'VEN'],
  // (an envoy named with his own country is the target himself)
  ['Russia expelled the British ambassador in Moscow.', 'expelled', 'GBRGOV'],
] as const) {
  test(`post after "in": ${text}`, T, () => assert.equal(codeOf(text, trigger).target?.code, target));
}
