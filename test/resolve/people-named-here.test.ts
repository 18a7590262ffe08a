import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { findOtherPhrases } from '../../src/resolve/anaphor-phrases.ts';
import { resolveAnaphora } from '../../src/resolve/anaphora.ts';
import { createCoder } from '../../src/core/index.ts';

// People no gazetteer knows, named only in the article: by a title (with its grade and portfolio), by the surname of a
// full name given earlier, and by "he" or "she" afterwards. Sentences written for this test.
const kb = loadKnowledge();
const coder = createCoder(kb);
const PUBLISHED = '2024-05-10';

/** The resolver's phrases as the coder keeps them (gazetteer phrases inside a longer phrase give way). */
function phrasesOf(text: string) {
  const doc = analyze(text);
  const known = findActorPhrases(doc, normalizeWithMap(text), kb, PUBLISHED);
  const others = findOtherPhrases(doc, kb, known, []);
  const kept = known.filter((k) => !others.some((o) => o.start <= k.start && k.end <= o.end));
  return { doc, phrases: [...kept, ...others].sort((a, b) => a.start - b.start) };
}

// [class, text, the titled phrase expected: text|role code]
const TITLES: Array<[string, string, string]> = [
  ['a title with its portfolio', 'Minister for Foreign Affairs Ahmed Salim Baraka arrived in Nairobi on Monday.', 'Minister for Foreign Affairs Ahmed Salim Baraka|GOV'],
  ['a title with its portfolio', 'The statement was read by Secretary of State for African Affairs Joan Mbeki Carter.', 'Secretary of State for African Affairs Joan Mbeki Carter|GOV'],
  ['a title with its portfolio', 'On Friday Special Envoy for Syria Affairs Omar Haddad Nasser arrived in Damascus.', 'Special Envoy for Syria Affairs Omar Haddad Nasser|GOV'],
  ['a grade before the title joins it', 'Deputy Secretary of State Kenneth Oduya Mwangi denied the report.', 'Deputy Secretary of State Kenneth Oduya Mwangi|GOV'],
  ['a grade before the title joins it', 'Acting Secretary of State for Political Affairs Lena Brandt left Kabul on Sunday.', 'Acting Secretary of State for Political Affairs Lena Brandt|GOV'],
  ['a grade before the title joins it', 'Assistant Secretary of State for East Asian Affairs Mara Lindqvist spoke to reporters.', 'Assistant Secretary of State for East Asian Affairs Mara Lindqvist|GOV'],
];

for (const [name, text, expected] of TITLES) {
  test(`people named here: ${name} — "${text}"`, () => {
    const [want, code] = expected.split('|');
    const { phrases } = phrasesOf(text);
    const got = phrases.find((p) => p.text === want);
    assert.ok(got, `no phrase "${want}" in ${phrases.map((p) => `${p.text}<${p.rule}>`).join(' | ')}`);
    assert.equal(got.code ?? got.roleCode, code);
    assert.equal(got.rule, 'actor:title+unresolved-name');
    // the capitalised words inside the title make no separate name
    assert.ok(!phrases.some((p) => p.rule === 'actor:unknown-name' && p.start < got.end && got.start < p.end));
  });
}

// [class, text, pronoun, the antecedent's text]
const PRONOUNS: Array<[string, string, string, string]> = [
  ['"he" after a person only titled', 'Troops loyal to President Bashar al-Assad shelled the town. The fighting resumed a day after UN envoy Tomas Verhoeven said Syria had accepted his plan. He urged the government to withdraw its tanks.', 'He', 'UN envoy Tomas Verhoeven'],
  ['"she" after a person only titled', 'Prime Minister Narendra Modi visited the region in March. On Tuesday, regional envoy Joan Mbeki Carter met the rebels. She asked them to free the hostages.', 'She', 'regional envoy Joan Mbeki Carter'],
  ['"he" after a person named only by a title', 'President Vladimir Putin spoke on Monday. Later a Kremlin spokesman called the report false. He said troops would stay.', 'He', 'Kremlin spokesman'],
];

for (const [name, text, pronoun, antecedent] of PRONOUNS) {
  test(`people named here: ${name}`, () => {
    const { doc, phrases } = phrasesOf(text);
    const resolved = resolveAnaphora(doc, phrases);
    const p = phrases.filter((x) => x.text === pronoun).at(-1);
    assert.ok(p, `no pronoun ${pronoun}`);
    assert.ok(resolved.get(p)?.text.includes(antecedent.split(' ').at(-1)!), `${pronoun} → ${resolved.get(p)?.text}`);
  });
}

test('people named here: a description keeps to people the gazetteer names ("the president" is no titled envoy)', () => {
  const { doc, phrases } = phrasesOf('President Vladimir Putin met the envoy on Monday. Senior adviser Ivan Petrovich Sorin attended. The president thanked the envoy.');
  const resolved = resolveAnaphora(doc, phrases);
  const p = phrases.find((x) => x.text === 'The president');
  if (p && resolved.get(p)) assert.equal(resolved.get(p)!.code, 'RUSGOV');
});

// A full name given once, then the surname alone as the speaker: the speaker is that person, so what he reports is claimed
const SURNAMES: Array<[string, string]> = [
  ['Aminu Garba Dauda, a farmer who fled the village, spoke to reporters on Monday. Dauda said soldiers burned the market on Sunday.', 'Dauda'],
  ['Residents named the witness as Halima Yusuf Bello. Bello said police arrested two activists in Kano on Friday.', 'Bello'],
  ['Police named the driver as Chidi Obi Nwosu. Nwosu said soldiers fired at the bus on Friday.', 'Nwosu'],
];

for (const [text, surname] of SURNAMES) {
  test(`people named here: the surname of a full name speaks for that person — "${surname}"`, () => {
    const { phrases } = phrasesOf(text);
    assert.ok(phrases.some((p) => p.text === surname && p.rule === 'actor:later-mention'), phrases.map((p) => `${p.text}<${p.rule}>`).join(' | '));
    const events = coder.code({ id: 't', text, published: PUBLISHED, title: null });
    assert.ok(events.length > 0, 'the reported act is coded');
    for (const e of events) assert.equal(e.provenance.certainty, 'claimed', `${e.type} "${e.trigger.text}" is what ${surname} says`);
  });
}

test('people named here: a name shaped like a place or an institution gives no surname mention', () => {
  const { phrases } = phrasesOf('Patients were taken to Kano Teaching Hospital on Monday. Hospital officials said two died.');
  assert.ok(!phrases.some((p) => p.rule === 'actor:later-mention'));
});
