import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Physical acts stated with no agent: events with actor null when they befall people or a political
// actor, or when a place and a date make them one occasion; never when only feared, named or demanded.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [class, sentence, expected "TYPE target" of the agentless events]
const CASES: Array<[string, string, string[]]> = [
  ['passive arrest of people', 'Two activists were detained in Minsk on Tuesday.', ['COERCE activists']],
  ['passive arrest of people', 'Three journalists were arrested in Tbilisi.', ['COERCE journalists']],
  ['passive arrest of people', 'Dozens of students were detained on Monday after the rally.', ['COERCE students']],
  ['passive killing of people', 'Five protesters were shot dead in Khartoum on Thursday.', ['ASSAULT protesters']],
  ['passive killing of people', 'Two soldiers were killed near the border on Sunday.', ['ASSAULT soldiers']],
  ['passive killing of people', 'Four policemen were killed in Zamfara state on Friday.', ['ASSAULT policemen']],
  ['only feared or possible', 'Activists fear they could be detained.', []],
  ['only feared or possible', 'Soldiers might be killed if the talks fail.', []],
  ['only feared or possible', 'Journalists risk being arrested in the capital.', []],
  ['named or demanded, not stated', 'The massacre of civilians must stop.', []],
  ['named or demanded, not stated', 'The killing of villagers was a tragedy, the bishop said.', []],
  ['named or demanded, not stated', 'Farmers were warned they would be arrested.', []],
];

for (const [name, text, expected] of CASES) {
  test(`agentless: ${name} — "${text}"`, () => {
    const got = code(text).filter((e) => e.actor === null && (e.type === 'ASSAULT' || e.type === 'COERCE')).map((e) => `${e.type} ${e.target?.text ?? null}`);
    assert.deepEqual(got, expected);
    for (const e of code(text).filter((x) => x.actor === null && x.type !== 'ACCUSE')) assert.ok(e.rules.includes('actor:agentless-act') || e.rules.some((r) => r.startsWith('roles:')), 'the rule that let it through is recorded');
  });
}
