import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { findOtherPhrases } from '../../src/resolve/anaphor-phrases.ts';
import { resolveAnaphora } from '../../src/resolve/anaphora.ts';
import { createCoder } from '../../src/core/index.ts';
import { participantsOf } from '../../src/core/participants.ts';

// Classes of participants the gazetteer alone misses, each on sentences written for this test: the phrase the
// resolver makes (text|code or role) and the event the coder then codes (TYPE actor → target).
const kb = loadKnowledge();
const coder = createCoder(kb);
const phrases = (text: string) => {
  const doc = analyze(text);
  return findActorPhrases(doc, normalizeWithMap(text), kb, '2024-05-10').map((p) => `${p.text}|${p.code ?? p.roleCode ?? null}`);
};
const events = (text: string) => coder.code({ id: 't', text, published: '2024-05-10', title: null })
  .map((e) => `${e.type} ${names(participantsOf(e, 'actor'))} → ${names(participantsOf(e, 'target'))}`);
// coordinated participants are one event with a list (src/core/participants.ts): "Ethiopia + Eritrea"
const names = (refs: ReadonlyArray<{ text: string }>) => (refs.length === 0 ? '—' : refs.map((r) => r.text).join(' + '));

const PHRASES: Array<[string, string, string[]]> = [
  ['an armed or police agent noun alone', 'Constables detained two opposition activists.', ['Constables|COP', 'opposition activists|OPP']],
  // (witnesses are civilians of their own since roles-43)
  ['an armed or police agent noun alone', 'Witnesses said the arsonists fled.', ['Witnesses|CVL', 'the arsonists|CRM']],
  ['an armed or police agent noun alone', 'Assailants attacked a bus.', ['Assailants|CRM']],
  ['a civil agent noun alone is no actor', 'Fishermen returned to port.', []],
  ['an agent noun modifying a noun is no actor', 'The constables union called a strike.', ['union|LAB']],
  ['a dotted abbreviation joins the role after it', 'U.S. troops withdrew from the base.', ['U.S. troops|USAMIL']],
  ['a dotted abbreviation joins the role after it', 'U.K. officials met the envoy.', ['U.K. officials|GBRGOV', 'the envoy|GOV']],
  ['a dotted abbreviation joins the role after it', 'The U.S. Treasury Department imposed sanctions.', ['U.S. Treasury Department|USAGOV']],
  ['a government department', 'The Nigerian Justice Department charged ten men.', ['Nigerian Justice Department|NGAGOV']],
  ['a government department', 'The city police department arrested him.', ['police department|COP']],
  ['a role after anti- or pro- is no actor', 'Thousands joined anti-government protests.', []],
  ['a role after anti- or pro- is no actor', 'Students staged an anti-military rally.', ['Students|EDU']],
  ['a role after anti- or pro- is no actor', 'Pro-government militias attacked the camp.', ['militias|REB']],
];

for (const [name, text, expected] of PHRASES) {
  test(`participant phrases: ${name} — "${text}"`, () => {
    assert.deepEqual(phrases(text), expected);
  });
}

const EVENTS: Array<[string, string, string[]]> = [
];

// "both countries", "the two sides": the actors named just before, as one participant
const COLLECTIVE: Array<[string, string]> = [
  ['Ethiopia and Eritrea signed a peace deal in July. Both countries agreed to reopen their embassies.', 'Both countries|Ethiopia and Eritrea|GOV'],
  ['Government negotiators met Taliban envoys in Doha on Monday. The two sides will meet again on Friday.', 'The two sides|Government and Taliban|REB'],
  ['The African Union and IGAD condemned the fighting. Both organizations have threatened sanctions.', 'Both organizations|African Union and Intergovernmental Authority on Development|IGO'],
  ['Both countries agreed to talk.', 'Both countries|—|—'],
  // actors named by a country and a role ("Ethiopia's foreign ministry", "the Kenyan ambassador") are named too
  ["Ethiopia's foreign ministry summoned the Kenyan ambassador on Tuesday. The two countries agreed to hold talks.", "The two countries|Ethiopia's foreign ministry and Kenyan ambassador|GOV"],
  ['The Egyptian foreign minister met his Sudanese counterpart in Cairo. The two ministers agreed to reopen the border.', 'The two ministers|Sameh Shoukry and Sudanese counterpart|GOV'],
  ['The Israeli army and Hezbollah exchanged fire near the border. Both sides said they had hit military targets.', 'Both sides|Israeli army and Hezbollah|REB'],
  ['The Turkish coast guard and the Greek coast guard held talks on Friday. The two sides agreed to avoid incidents.', 'The two sides|Turkish coast guard and Greek coast guard|MIL'],
];
for (const [text, expected] of COLLECTIVE) {
  test(`collective anaphor — "${text}"`, () => {
    const doc = analyze(text);
    const known = findActorPhrases(doc, normalizeWithMap(text), kb, '2024-05-10');
    const all = [...known, ...findOtherPhrases(doc, kb, known, [])].sort((a, b) => a.start - b.start);
    const p = all.find((x) => x.refersTo === 'collective');
    const r = p && resolveAnaphora(doc, all).get(p);
    assert.equal(`${p?.text}|${r?.name ?? '—'}|${r?.roleCode ?? '—'}`, expected);
  });
}

EVENTS.push(
  ['a bare agent takes the country of the place, inferred', 'Constables detained two opposition activists in Lagos on Friday.', ['COERCE Constables → opposition activists']],

  ['collective subject acts', 'Ethiopia and Eritrea signed a peace deal in July. Both countries agreed to reopen their embassies.', ['AGREE Ethiopia + Eritrea → —', 'AGREE Both countries + Both countries → —']],
  ['collective subject acts', 'The African Union and IGAD condemned the fighting. Both organizations threatened sanctions against Sudan.', ['ACCUSE African Union + IGAD → —', 'THREATEN Both organizations + Both organizations → Sudan']],
);

for (const [name, text, expected] of EVENTS) {
  test(`participant events: ${name} — "${text}"`, () => {
    assert.deepEqual(events(text), expected);
  });
}
