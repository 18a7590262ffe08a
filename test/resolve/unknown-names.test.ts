import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { analyze, normalizeWithMap } from '../../src/nlp/index.ts';
import { findActorPhrases } from '../../src/resolve/actor-phrases.ts';
import { findOtherPhrases } from '../../src/resolve/anaphor-phrases.ts';

// Names the gazetteers lack: groups by their head word (with a bracketed acronym as alias), people by their
// title or apposition, crowds by their count. Each is marked with the rule that made it.
const kb = loadKnowledge();
const phrases = (text: string) => {
  const doc = analyze(text);
  const known = findActorPhrases(doc, normalizeWithMap(text), kb, '2024-05-10');
  const others = findOtherPhrases(doc, kb, known, []);
  return others.filter((p) => p.kind !== 'anaphor').map((p) => `${p.text}|${p.code ?? p.roleCode ?? null}|${p.rule}`);
};

const CASES: Array<[string, string, string[]]> = [
  ['group by head word', 'The Sahel Liberation Front attacked a convoy.', ['Sahel Liberation Front|sahel-liberation-front|actor:unresolved-name']],
  ['group by head word', 'Members of the Northern Patriotic Army were arrested.', ['Northern Patriotic Army|northern-patriotic-army|actor:unresolved-name']],
  ['group by head word', 'The Coastal Workers Union called a strike.', ['Coastal Workers Union|coastal-workers-union|actor:unresolved-name']],
  ['other unknown names stay unresolved', 'Blue Harbor Capital bought the port.', ['Blue Harbor Capital|null|actor:unknown-name']],
  ['bracketed acronym is an alias', 'The Sahel Liberation Front (SLF) attacked a convoy. Later SLF fighters retreated.', ['Sahel Liberation Front|sahel-liberation-front|actor:unresolved-name', 'SLF|sahel-liberation-front|actor:unresolved-name-acronym']],
  ['bracketed acronym is an alias', 'The Coastal Workers Union (CWU) called a strike, and the CWU said it would last a week.', ['Coastal Workers Union|coastal-workers-union|actor:unresolved-name', 'CWU|coastal-workers-union|actor:unresolved-name-acronym']],
  ['bracketed acronym is an alias', 'The Northern Patriotic Army (NOPA) denied it. NOPA commanders met on Monday.', ['Northern Patriotic Army|northern-patriotic-army|actor:unresolved-name', 'NOPA|northern-patriotic-army|actor:unresolved-name-acronym']],
  ['title before the name', 'Foreign Minister Ahmed Ali of Somalia met the envoy.', ['Foreign Minister Ahmed Ali of Somalia|SOMGOV|actor:title+unresolved-name']],
  ['title before the name', 'Iraqi Defence Minister Salim Zubeidi visited Ankara.', ['Iraqi Defence Minister Salim Zubeidi|IRQGOV|actor:title+unresolved-name']],  // a name no dictionary has ("Ali Hassan" is a Jordanian in Phoenix)
  ['title before the name', 'General Musa Bala ordered the assault.', ['General Musa Bala|MIL|actor:title+unresolved-name']],
  ['abbreviated military rank', 'Lt. Gen. Ali Musa inspected the troops.', ['Lt. Gen. Ali Musa|MIL|actor:title+unresolved-name']],
  ['abbreviated military rank', 'Col. Idris Bala was arrested on Monday.', ['Col. Idris Bala|MIL|actor:title+unresolved-name']],
  ['military rank', 'Police said Brigadier General Sam Ode had fled.', ['Brigadier General Sam Ode|MIL|actor:title+unresolved-name']],
  ['organisation title', 'The UN envoy Lakhdar Brahimi arrived in the capital.', ['UN envoy Lakhdar Brahimi|IGOUNO|actor:title+unresolved-name']],
  ['organisation title', 'NATO spokesman Piet Vaandrager denied the report.', ['NATO spokesman Piet Vaandrager|IGOWSTNAT|actor:title+unresolved-name']],
  ['hyphenated name particle', 'The cleric Tahir-ul Qadri led a march.', ['cleric Tahir-ul Qadri|REL|actor:title+unresolved-name']],
  ['apposition after the name', "Amina Yusuf, Kenya's foreign minister, condemned the attack.", ['Amina Yusuf|KENGOV|actor:apposition+unresolved-name']],
  ['apposition after the name', 'Pedro Alves, the Brazilian ambassador, left the talks.', ['Pedro Alves|BRAGOV|actor:apposition+unresolved-name']],
  ['apposition after the name', 'Lena Berg, a Swedish diplomat, was expelled.', ['Lena Berg|SWEGOV|actor:apposition+unresolved-name']],
  ['counted crowd', 'Thousands marched through the capital.', ['Thousands|CVL|actor:crowd']],
  ['counted crowd', 'Hundreds gathered outside parliament on Friday.', ['Hundreds|CVL|actor:crowd']],
  ['counted crowd', 'Police arrested dozens after the rally.', ['dozens|CVL|actor:crowd']],
];

for (const [name, text, expected] of CASES) {
  test(`unknown names: ${name} — "${text}"`, () => {
    assert.deepEqual(phrases(text), expected);
  });
}
