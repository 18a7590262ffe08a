import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/nlp/index.ts';
import { parseSentence } from '../../src/nlp/syntax/index.ts';
import { SentenceTrees } from '../../src/nlp/syntax/sentence-trees.ts';

// The coder parses the sentences that hold a trigger together, up front, and the others when asked:
// each tree must be the one a lone parse of that sentence gives, whatever was parsed before it.
const TEXT = [
  'Rebels shelled the town of Goma on Monday, killing six civilians.',
  'The army said it would respond.',
  'Police in Nairobi fired tear gas at thousands of protesters who had gathered outside parliament.',
  'Nobody was hurt.',
  'Two diplomats were expelled after the ministry accused them of spying for a foreign power.',
].join(' ');

test('trees parsed ahead, in any order, equal lone parses; the rest are parsed on demand', () => {
  const doc = analyze(TEXT);
  assert.equal(doc.sentences.length, 5);
  const lone = doc.sentences.map((s) => parseSentence(doc, s));
  for (const ahead of [[0, 2, 4], [4, 1], [], [0, 1, 2, 3, 4]]) {
    const trees = new SentenceTrees(doc, ahead.map((i) => doc.sentences[i]));
    for (const i of [3, 0, 4, 1, 2]) {
      const tree = trees.of(doc.sentences[i]);
      assert.deepEqual(tree, lone[i], `sentence ${i} with ${ahead} ahead`);
      assert.equal(trees.of(doc.sentences[i]), tree, 'asked twice, parsed once');
    }
  }
});
