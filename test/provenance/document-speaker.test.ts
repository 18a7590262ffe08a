import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Speakers that are not who they seem. Texts written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null });
const sourceName = (e: { provenance: { source: 'outlet' | { name: string } } }) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.name);

// provenance:document-issuer (src/provenance/document-speaker.ts): "the statement said" is whoever issued the statement
// [text, trigger, expected source name (fragment)]
const ISSUED: ReadonlyArray<readonly [string, string, string]> = [
  ['The Kenyan army said in a statement that its troops repelled an assault near the border. The statement said the soldiers killed nine fighters.', 'killed', 'Kenyan army'],
  ['The Interior Ministry issued a statement on Sunday. The statement said police arrested 14 protesters in the capital.', 'arrested', 'Interior Ministry'],
  ['Human Rights Watch published a report on Tuesday about the fighting in Darfur. The report said paramilitary fighters executed 12 villagers.', 'executed', 'Human Rights Watch'],
  ['Iran issued a communique after the talks. The communique said Tehran would expel two diplomats.', 'expel', 'Iran'],
];
for (const [text, trigger, source] of ISSUED) {
  test(`document-issuer: "${trigger}" is told by ${source}`, () => {
    const e = code(text).find((x) => x.trigger.text.startsWith(trigger));
    assert.ok(e, text);
    assert.match(sourceName(e), new RegExp(source), JSON.stringify(e.provenance.source));
    assert.ok(e.rules.includes('provenance:document-issuer'), e.rules.join(','));
  });
}

// no issuer named in the sentences before: the document itself is the source
test('document-issuer: a statement with no issuer in sight stays the speaker', () => {
  const text = 'Fighting resumed in the north on Monday. The statement said soldiers killed nine fighters near the border.';
  const e = code(text).find((x) => x.trigger.text.startsWith('killed'));
  assert.ok(e, text);
  assert.ok(!e.rules.includes('provenance:document-issuer'), e.rules.join(','));
  assert.match(sourceName(e), /statement/);
});

// a plural description takes up no unknown (mostly personal) name: "Ahmed Ali told reporters the rebels shelled the town"
// (src/resolve/anaphora.ts, group_plural); the rebels stay the doers, so the act is coded
const DESCRIBED: ReadonlyArray<readonly [string, string]> = [
  ['Ahmed Ali told reporters the rebels shelled the town on Monday.', 'the rebels'],
  ['Maria Okafor said the militants attacked the village before dawn.', 'the militants'],
  ['Speaking to VOA, Juma Otieno said the insurgents ambushed a police convoy near Garissa.', 'the insurgents'],
];
for (const [text, actor] of DESCRIBED) {
  test(`plural description: ${actor} acts in "${text}"`, () => {
    const e = code(text).find((x) => x.type === 'ASSAULT');
    assert.ok(e, text);
    assert.equal(e.actor?.text, actor);
  });
}

// an adverb of sequence right before the next verb is that verb's, not a sign the act before it is another occasion
// (src/core/coreference-compatible.ts marksAnotherOccasion): the re-mention joins the act already told
const RETOLD = [
  'Gunmen attacked the village of Kawuri on Monday, killing 20 people. Residents who fled when the gunmen attacked later returned to bury the dead.',
  'Militants stormed a police station in Kano on Friday. Officers who escaped when the militants stormed the station subsequently reported for duty.',
  'Rebels shelled the town of Beni on Sunday. Families who hid when the rebels shelled the town afterwards counted the damage.',
];
for (const text of RETOLD) {
  test(`sequence adverb of the next verb: one event in "${text.slice(0, 50)}…"`, () => {
    const events = code(text).filter((x) => x.type === 'ASSAULT');
    assert.equal(events.length, 1, events.map((x) => x.trigger.text).join(' | '));
  });
}
// the adverb still marks a new occasion when it is the act's own
test('sequence adverb of the act itself still opens a new occasion', () => {
  const text = 'Gunmen attacked the village of Kawuri on Monday. The gunmen later attacked the village again, burning homes.';
  assert.equal(code(text).filter((x) => x.type === 'ASSAULT' && x.trigger.text.startsWith('attacked')).length, 2);
});

// a document's possessor issued it: "the army's statement said", "The ministry's report said" (not hearsay)
const OWNED: ReadonlyArray<readonly [string, string, string]> = [
  ["Soldiers killed five militants, the army's statement said.", 'killed', 'army'],
  ["The ministry's report said police detained 40 students.", 'detained', 'ministry'],
  ["Police arrested 12 opposition activists, the interior ministry's statement said.", 'arrested', 'interior ministry'],
];
for (const [text, trigger, source] of OWNED) {
  test(`document owner: "${trigger}" is told by ${source}`, () => {
    const e = code(text).find((x) => x.trigger.text.startsWith(trigger));
    assert.ok(e, text);
    assert.equal(sourceName(e), source, JSON.stringify(e.provenance.source));
    assert.equal(e.provenance.certainty, 'claimed');
  });
}

// provenance:quoted-as-saying (src/provenance/quoted-speaker.ts): the one quoted says it, not who quotes
const QUOTED: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['State media quoted the defence minister as saying troops had destroyed three rebel camps.', 'destroyed', /defence minister/],
  ['Reuters quoted a police spokesman as saying officers arrested 30 protesters.', 'arrested', /police spokesman/],
  ['The Taliban commander was quoted as saying his fighters had attacked the convoy.', 'attacked', /Taliban/],
  ['The army chief was quoted by state television as saying soldiers killed 40 insurgents.', 'killed', /army/],
];
for (const [text, trigger, source] of QUOTED) {
  test(`quoted as saying: "${trigger}" is told by ${source}`, () => {
    const e = code(text).find((x) => x.trigger.text.startsWith(trigger));
    assert.ok(e, text);
    assert.match(sourceName(e), source, JSON.stringify(e.provenance.source));
    assert.ok(e.rules.includes('provenance:quoted-as-saying'), e.rules.join(','));
  });
}
