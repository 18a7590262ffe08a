import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// provenance:impersonal-passive: the passive of a verb of saying or believing with nobody named behind it
// (data/lexicon/hearsay-passives.tsv). "X is said to have VERBed": X did the act, nobody named says so; "it is
// believed that ...": the same with an expletive subject. The act is alleged and the outlet passes it on.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const sourceOf = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);

// [sentence, type, actor, target]
const ROWS: Array<[string, string, string, string]> = [
  // a raised subject after a verb of saying
  ['Hezbollah is said to have fired rockets at Kiryat Shmona.', 'ASSAULT', 'Hezbollah', 'Kiryat Shmona'],
  ['The militia is reported to have kidnapped 20 villagers in Ituri on Sunday.', 'ASSAULT', 'The militia', 'villagers'],
  ['The soldiers were alleged to have raided the village of Tora in the night.', 'ASSAULT', 'The soldiers', 'Tora'],
  // after a verb of believing: a perfect infinitive tells a past act, not a forecast
  ['The rebels are believed to have attacked the convoy near Goma on Monday.', 'ASSAULT', 'The rebels', 'the convoy'],
  ['Russian forces are widely thought to have shelled the village overnight.', 'ASSAULT', 'Russian forces', 'the village'],
  ['Wagner fighters are suspected to have killed dozens of civilians in Moura.', 'ASSAULT', 'Wagner fighters', 'civilians'],
  // an act charged to the subject, nobody named charging: the gerund's doer is the passive subject
  // (roles:tree-marked-clause-controller, src/extract/tree-roles/subject-node.ts)
  ['Ethiopian troops are suspected of shelling a market in Tigray.', 'ASSAULT', 'Ethiopian troops', 'market'],
  ['The army is accused of killing civilians in Ituri on Sunday.', 'ASSAULT', 'army', 'civilians'], // (precision-47: a charge dated)
  ['The soldiers were suspected of raping women in Tigray.', 'ASSAULT', 'soldiers', 'women'],
  // an expletive "it"
  ['It is believed that the rebels attacked the convoy near Goma.', 'ASSAULT', 'the rebels', 'the convoy'],
  ['It was reported that the militia kidnapped 20 villagers in Ituri.', 'ASSAULT', 'the militia', 'villagers'],
  ['It is understood the army detained three journalists in Yangon.', 'COERCE', 'army', 'journalists'],
];

for (const [text, type, actor, target] of ROWS) {
  test(`impersonal passive: "${text}"`, () => {
    const e = code(text).find((x) => x.type === type);
    assert.ok(e, `a ${type} event`);
    assert.ok(e.actor?.text.includes(actor.replace(/^The /, '')), `actor ${e.actor?.text}`);
    assert.ok(e.target?.text.includes(target.replace(/^the /, '')), `target ${e.target?.text}`);
    assert.equal(sourceOf(e), 'outlet', 'nobody named says so; the subject is no speaker');
    assert.equal(e.provenance.certainty, 'alleged');
    assert.ok(e.rules.includes('provenance:impersonal-passive') || e.rules.includes('provenance:accused-by'), e.rules.join(' '));
  });
}

// what must not change: a named speaker, an act expected in the future, the one told or warned, a stated fact
test('impersonal passive: a named speaker still claims', () => {
  const e = code('The army said the rebels attacked the convoy near Goma.').find((x) => x.type === 'ASSAULT');
  assert.equal(e && sourceOf(e), 'army');
  assert.equal(e?.provenance.certainty, 'claimed');
});
test('impersonal passive: an act expected in the future is still a forecast, no event', () => {
  assert.deepEqual(code('The army is expected to attack the town next week.').filter((x) => x.type === 'ASSAULT'), []);
});
test('impersonal passive: "was told to" names the one told, not hearsay', () => {
  assert.ok(code('The army was told to withdraw from the town.').every((e) => !e.rules.includes('provenance:impersonal-passive')));
});
test('impersonal passive: "is known to have" is stated, and a passive act is no report', () => {
  assert.ok(code('The army is known to have detained journalists in Yangon.').every((e) => !e.rules.includes('provenance:impersonal-passive')));
  const e = code('Three soldiers were killed when rebels attacked the convoy near Goma.').find((x) => x.type === 'ASSAULT');
  assert.equal(e?.provenance.certainty, 'asserted');
});

// the doer of a gerund marked "of"/"for"/"with" is the governing verb's object, else its passive subject
const CONTROLLED: Array<[string, string, string]> = [
  ['The army is accused of killing civilians in Ituri on Sunday.', 'ASSAULT', 'army'],
  ['Residents blamed the army for shelling the market in Kobo.', 'ASSAULT', 'army'],
  ['Ethiopian troops are suspected of shelling a market in Tigray.', 'ASSAULT', 'Ethiopian troops'],
];
for (const [text, type, actor] of CONTROLLED) {
  test(`marked clause controller: "${text}"`, () => {
    const e = code(text).find((x) => x.type === type);
    assert.ok(e, `a ${type} event`);
    assert.ok(e.actor?.text.includes(actor), `actor ${e.actor?.text}`);
  });
}
test('marked clause controller: a clause marked by "after" keeps the active subject', () => {
  const e = code('The rebels withdrew from Goma after shelling the airport.').find((x) => x.type === 'ASSAULT');
  assert.equal(e?.actor?.text, 'The rebels');
  assert.ok(!e?.rules.includes('roles:tree-marked-clause-controller'));
});

// "..., a charge X denies": after the last comma a charge is named and answered (src/provenance/trailing-speaker.ts
// answeredClaim); the denier speaks only of that charge, so the accusation before the comma stands as the outlet's
const ANSWERED: string[] = [
  'Kyiv accused Moscow of shelling the Zaporizhzhia nuclear plant, an accusation Russia rejects.',
  "Sudan's foreign ministry accused the United Arab Emirates of arming the RSF, a charge Abu Dhabi denies.",
  'Israel accused Hezbollah of firing the rocket at Majdal Shams, a claim the group denied.',
];
for (const text of ANSWERED) {
  test(`an answered charge is no speaker of the accusation: "${text}"`, () => {
    const e = code(text).find((x) => x.type === 'ACCUSE' && x.trigger.text.startsWith('accused'));
    assert.ok(e, 'the ACCUSE event');
    assert.equal(e.provenance.certainty, 'asserted');
    assert.equal(sourceOf(e), 'outlet');
  });
}
