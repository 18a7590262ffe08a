import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/nlp/index.ts';
import { SentenceTrees } from '../../src/nlp/syntax/sentence-trees.ts';
import { parseSentence } from '../../src/nlp/syntax/index.ts';
import { repairedTree } from '../../src/extract/tree-repair/index.ts';
import { SentenceViews } from '../../src/extract/tree-repair/sentence-views.ts';

// The coder's repaired trees, made ahead for the sentences with a trigger and on demand for the others: the same
// view either way, one per sentence.
const TEXT = 'If the ceasefire holds, troops will withdraw from the town. Rebels shelled Kharkiv on Tuesday. '
  + 'The talks between Iran, Russia and Turkey collapsed after police detained two reporters.';

test('sentence views: made ahead or on demand, the repaired tree of the sentence, made once', () => {
  const doc = analyze(TEXT);
  assert.equal(doc.sentences.length, 3);
  const views = new SentenceViews(new SentenceTrees(doc, [doc.sentences[1]]), doc.tokens, [doc.sentences[1]]);
  for (const sentence of doc.sentences) {
    const view = views.of(sentence);
    const expected = repairedTree(parseSentence(doc, sentence), doc.tokens);
    assert.equal(view.tree.offset, sentence.tokenStart);
    assert.deepEqual([...view.tree.heads], [...expected.heads]);
    assert.deepEqual(view.tree.labels, expected.labels);
    assert.deepEqual([...(view.tree.repairs ?? [])], [...expected.repairs]);
    assert.equal(views.of(sentence), view, 'asked again, the same view');
  }
});
