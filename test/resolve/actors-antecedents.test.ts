import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { findOtherPhrases } from '../../src/resolve/anaphor-phrases.ts';
import { resolveAnaphora } from '../../src/resolve/anaphora.ts';
import { createCoder } from '../../src/core/index.ts';

// Which earlier actor a pronoun or a description points to. Classes, on sentences written for this test:
//  - a news outlet ("VOA", "a Reuters reporter") reports; it is never the antecedent of "the militants" or "it";
//  - the subject of a reported clause ("said the Kenyan army ...", "says the opposition ...") is a subject a
//    later "its"/"it" may take up, as the subject before the sentence's first verb is.
const kb = loadKnowledge();
const coder = createCoder(kb);
const PUBLISHED = '2024-05-10';

function resolved(text: string, anaphor: string): string | undefined {
  const doc = analyze(text);
  const known = findActorPhrases(doc, normalizeWithMap(text), kb, PUBLISHED);
  const others = findOtherPhrases(doc, kb, known, []);
  const kept = known.filter((k) => !others.some((o) => o.start <= k.start && k.end <= o.end));
  const phrases = [...kept, ...others].sort((a, b) => a.start - b.start);
  const antecedents = resolveAnaphora(doc, phrases, (lemma) => kb.lexicon.reporting.has(lemma));
  const p = phrases.filter((x) => x.text === anaphor).at(-1);
  assert.ok(p, `no anaphor "${anaphor}" in ${phrases.map((x) => x.text).join(' | ')}`);
  return antecedents.get(p)?.text;
}

// [class, text, anaphor, expected antecedent text]
const CASES: Array<[string, string, string, string]> = [
  ['an outlet is no antecedent', 'Al-Shabaab fighters stormed a village on Monday. Residents told a Reuters reporter that the militants burned the market.', 'the militants', 'Al-Shabaab fighters'],
  ['an outlet is no antecedent', 'Boko Haram gunmen raided a school in Borno. Witnesses told VOA that the insurgents abducted 30 girls.', 'the insurgents', 'Boko Haram gunmen'],
  ['an outlet is no antecedent', 'Reuters reported on Monday that Houthi rebels seized a cargo ship. The group said it would release the crew.', 'The group', 'Houthi rebels'],
  ['a reported subject', "VOA's correspondent reports the Syrian opposition says its fighters captured two villages.", 'its fighters', 'Syrian opposition'],
  ['a reported subject', 'A Reuters reporter said the Kenyan army had confirmed its troops entered the town.', 'its troops', 'Kenyan army'],
  ['a reported subject', 'The New York Times reported that the Sudanese army says its jets bombed the camp.', 'its jets', 'Sudanese army'],
];

for (const [name, text, anaphor, expected] of CASES) {
  test(`antecedents: ${name} — "${text}"`, () => {
    assert.equal(resolved(text, anaphor), expected);
  });
}

test('antecedents: a pronoun with only an outlet before it stays unresolved, and its act is not the outlet\'s', () => {
  const events = coder.code({ id: 't', text: 'Reuters reported the raid on Monday. It said the talks would resume.', published: PUBLISHED, title: null });
  assert.ok(events.every((e) => e.actor?.code !== 'reuters'), events.map((e) => `${e.type} ${e.actor?.text}=${e.actor?.code}`).join(' | '));
  assert.equal(resolved('Reuters reported the raid on Monday. It said the talks would resume.', 'It'), undefined);
});

test('antecedents: the coder codes the reported subject, not the outlet, as the actor of the described militants', () => {
  const events = coder.code({ id: 't', text: 'Al-Shabaab fighters stormed a village on Monday. Residents told a VOA reporter that the militants burned an army truck.', published: PUBLISHED, title: null });
  const burned = events.find((e) => e.actor?.text === 'the militants');
  assert.ok(burned, events.map((e) => `${e.type} ${e.actor?.text}`).join(' | '));
  assert.equal(burned.actor?.code, 'al-shabaab');
});
