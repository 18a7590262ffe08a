import { testRepairCases, type RepairCase } from './repair-cases.ts';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A stretch of time before a clause ("two days after Iran struck targets") read as the clause's subject, on hand-built
// parses of sentences written for this file (tree-repair:span-before-clause), and the events it moves.
const CASES: RepairCase[] = [
  ['"two days after Iran struck targets": the stretch read as the subject, the subject as its "after" modifier',
    'Pakistan/PROPN/1/nsubj hit/VERB/-1/root Iran/PROPN/1/obj ,/PUNCT/5/punct two/NUM/5/nummod days/NOUN/8/nsubj after/ADP/7/case Tehran/PROPN/5/nmod struck/VERB/1/parataxis targets/NOUN/8/obj',
    'tree-repair:span-before-clause', ['Tehran>8:nsubj', 'after>8:mark', 'days>8:obl:npmod', 'struck>1:advcl']],
  ['"hours after troops withdrew"', 'Rebels/NOUN/1/nsubj entered/VERB/-1/root town/NOUN/1/obj hours/NOUN/6/nsubj after/ADP/5/case troops/NOUN/3/nmod withdrew/VERB/1/parataxis',
    'tree-repair:span-before-clause', ['troops>6:nsubj', 'after>6:mark', 'hours>6:obl:npmod']],
  ['"a week before the rebels attacked"', 'Police/NOUN/1/nsubj left/VERB/-1/root a/DET/3/det week/NOUN/7/nsubj before/ADP/6/case the/DET/6/det rebels/NOUN/3/nmod attacked/VERB/1/conj',
    'tree-repair:span-before-clause', ['rebels>7:nsubj', 'before>7:mark', 'week>7:obl:npmod', 'attacked>1:advcl']],
  ['a subject that is no stretch of time stays', 'Two/NUM/1/nummod soldiers/NOUN/4/nsubj of/ADP/3/case Iran/PROPN/1/nmod attacked/VERB/-1/root', null, []],
];
testRepairCases(CASES);

const coder = createCoder(loadKnowledge());
test('the strike told after the stretch is the second country\'s', { timeout: 60_000 }, () => {
  const events = coder.code({ id: 'x', text: 'Pakistan said it had carried out strikes inside Iran, two days after Iran struck targets in Pakistan.', published: '2024-01-20', title: null });
  const pairs = events.filter((e) => e.type === 'ASSAULT').map((e) => `${e.actor?.code}>${e.target?.code ?? e.location?.country}`).sort();
  assert.deepEqual(pairs, ['IRN>PAK', 'PAK>IRN']);
});
