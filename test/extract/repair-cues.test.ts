import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/index.ts';
import { parseSentences } from '../../src/nlp/syntax/index.ts';
import { EditableTree } from '../../src/extract/tree-repair/editable-tree.ts';
import { cueBit, cuesOf } from '../../src/extract/tree-repair/repair-cues.ts';
import { repairLaidOnParty } from '../../src/extract/tree-repair/laid-on-party.ts';
import { repairBetweenConjunct } from '../../src/extract/tree-repair/between-conjunct.ts';
import { repairNameList } from '../../src/extract/tree-repair/name-list.ts';

// The word lists a tree repair needs a word of (src/extract/tree-repair/repair-cues.ts): a sentence's cues name the
// lists some word of it is on, by spelling or lemma; a repair with no list always runs. (That skipping leaves the
// trees as they were is test/extract/speed-exactness-21.test.ts.)
const cuesOfText = (text: string) => {
  const doc = analyze(text);
  return parseSentences(doc, doc.sentences).map((tree) => cuesOf(new EditableTree(tree), doc.tokens));
};

test('repair cues: a sentence has the bit of a list only when one of its words is on it', { timeout: 60_000 }, () => {
  const blame = cueBit(repairLaidOnParty), between = cueBit(repairBetweenConjunct);
  assert.ok(blame !== 0 && between !== 0 && blame !== between);
  const [blamed, attributed, neither, talks] = cuesOfText([
    'The ministry blamed the bombing on a rebel faction.',
    'Officials attributed the blast to a gas leak.',
    'The ministry condemned the bombing of the market.',
    'Talks between the two delegations resumed in Cairo.',
  ].join('\n\n'));
  assert.ok((blamed & blame) !== 0, 'blamed: lemma blame');
  assert.ok((attributed & blame) !== 0, 'attributed: lemma attribute');
  assert.equal(neither & blame, 0);
  assert.equal(neither & between, 0);
  assert.ok((talks & between) !== 0);
});

test('repair cues: a repair with no word list always runs', { timeout: 10_000 }, () => {
  assert.equal(cueBit(repairNameList), 0);
});
