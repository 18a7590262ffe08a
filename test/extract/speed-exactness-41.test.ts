import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { articleAnalyzer } from '../../src/core/analyze-article.ts';
import { phraseTokenMap, type SentenceContext } from '../../src/extract/context.ts';
import { SentenceViews } from '../../src/extract/tree-repair/sentence-views.ts';
import { SentenceTrees } from '../../src/nlp/syntax/sentence-trees.ts';
import { sentenceFrames } from '../../src/provenance/frames.ts';

// Session 41's speed work: a sentence's reporting frames ask for its parse only where it can change them. An unlisted
// speaker after a subordinator ("..., as a war monitor said") needs the tree; a reporting verb with no subordinator
// before it does not, so a sentence with no trigger ("Officials said the talks would resume") is not parsed for it.
const kb = loadKnowledge();
const analyze = articleAnalyzer(kb);
const T = { timeout: 180_000 };

/** Each sentence's frames, once with its tree at hand and once with a tree that counts the times it is asked for. */
function framesBothWays(text: string) {
  const doc = analyze(text);
  const phraseAt = phraseTokenMap(doc, []);
  const views = new SentenceViews(new SentenceTrees(doc, []), doc.tokens, []);
  let asked = 0;
  const ctx = (sentence: (typeof doc.sentences)[number], counted: boolean): SentenceContext => ({
    doc, sentence, kb, phraseAt, skip: new Set(), tree: () => (counted && asked++, views.of(sentence)),
  });
  const counted = doc.sentences.map((s) => sentenceFrames(ctx(s, true)));
  const eager = doc.sentences.map((s) => (views.of(s), sentenceFrames(ctx(s, false))));
  return { counted, eager, asked };
}

// no subordinator before the reporting verb: no tree asked for, the same frames
for (const text of [
  'A local official said the two delegations would meet again next week.',
  'The company says its new factory will open in the spring.',
  'Residents told reporters the market had reopened on Monday morning.',
]) {
  test(`frames without a parse: "${text}"`, T, () => {
    const { counted, eager, asked } = framesBothWays(text);
    assert.deepEqual(counted, eager);
    assert.equal(asked, 0);
  });
}

// a subordinator before an unlisted subject: the tree is read, the subject speaks, and the frames are the same
for (const [text, speaker] of [
  ['The talks resumed on Friday, as a farm union leader said the harvest would be late.', 'a farm union leader'],
  ['Prices fell sharply after a bank economist said the rate would stay high.', 'a bank economist'],
  ['The bridge stayed closed until a city engineer said the repairs were finished.', 'a city engineer'],
]) {
  test(`frames with a parse: "${text}"`, T, () => {
    const { counted, eager, asked } = framesBothWays(text);
    assert.deepEqual(counted, eager);
    assert.ok(asked > 0);
    assert.deepEqual(counted[0].map((f) => f.speaker?.text), [speaker]);
  });
}
