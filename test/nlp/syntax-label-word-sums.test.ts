import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LabelWordSums } from '../../src/nlp/syntax/label-word-sums.ts';
import { shippedSyntaxModel } from '../../src/nlp/syntax/index.ts';
import { plainParse, plainTags } from './plain-path.ts';

// The labeler keeps, per arc end (its spelling, which end, the two tags, the direction), the sums of the templates
// that read that end's spelling (label-word-sums.ts). Each part of the key names its own row, and a full table
// starts over before a row found for the current arc could be overwritten.

test('every part of the key names its own row', { timeout: 60_000 }, () => {
  const sums = new LabelWordSums(4, 64);
  const form = null, weights = {};
  sums.check(form, weights, 4);
  const keys: Array<[number, number, number, number, number]> = [[7, 0, 3, 5, 1], [7, 1, 3, 5, 1], [7, 0, 5, 3, 1], [7, 0, 3, 5, 2], [8, 0, 3, 5, 1], [65536 + 7, 0, 3, 5, 1]];
  const offsets = keys.map((key) => {
    assert.equal(sums.find(...key), -1, `not kept yet: ${key}`);
    return sums.add(...key, 4);
  });
  assert.equal(new Set(offsets).size, keys.length);
  keys.forEach((key, i) => assert.equal(sums.find(...key), offsets[i], `kept: ${key}`));
});

test('a full table starts over before the rows of an arc are read, and so do new weights', { timeout: 60_000 }, () => {
  const sums = new LabelWordSums(4, 20);
  const weights = {};
  sums.check(null, weights, 8);
  sums.add(1, 0, 2, 3, 1, 8);
  sums.check(null, weights, 8); // 8 + 2 × 8 > 20: no room for two more rows
  assert.equal(sums.find(1, 0, 2, 3, 1), -1);
  sums.add(1, 0, 2, 3, 1, 8);
  sums.check(null, weights, 2);
  assert.equal(sums.find(1, 0, 2, 3, 1), 0, 'room left: kept');
  sums.check(null, {}, 2);
  assert.equal(sums.find(1, 0, 2, 3, 1), -1, 'other weights: forgotten');
});

test('labels with kept end sums are those of the plain path, on words seen in many roles', { timeout: 120_000 }, () => {
  const model = shippedSyntaxModel();
  const news = [
    'The army said rebels attacked the town , and the rebels said the army attacked first .',
    'Police arrested the leader of the protest , who said police had beaten protesters .',
    'Protesters marched on the ministry as the ministry said the march was illegal .',
    'The talks that the envoy led ended , the envoy said , but talks would resume .',
  ].map((s) => s.split(' '));
  for (let round = 0; round < 2; round++) {
    for (const words of news) {
      const { tags, state } = model.analyzeWords(words);
      assert.deepEqual(Array.from(tags.slice(0, words.length)), Array.from(plainTags(model, words).slice(0, words.length)));
      assert.deepEqual(words.map((_, i) => `${state.heads[i]}/${state.labels[i]}`), plainParse(model, words, tags), words.join(' '));
    }
  }
});
