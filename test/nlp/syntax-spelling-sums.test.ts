import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CAPACITY } from '../../src/nlp/syntax/form-cache.ts';
import { shippedSyntaxModel } from '../../src/nlp/syntax/index.ts';
import type { SyntaxModel } from '../../src/nlp/syntax/syntax-model.ts';
import { TokenTable } from '../../src/nlp/syntax/token-table.ts';
import { plainTags as plainTagsOf } from './plain-path.ts';

// The run-time tagger keeps row sums per spelling, by the spelling's row in the shared form cache
// (spelling-sums.ts). When that cache starts over (CAPACITY spellings), rows are given to other spellings,
// even in the middle of a batch: the sums kept for a row must then not serve the row's new spelling.

/** Tags by the plain path (test/nlp/plain-path.ts), as the run-time tagger prints them. */
const plainTags = (model: SyntaxModel, words: readonly string[]) => Array.from(plainTagsOf(model, words).subarray(0, words.length)).join(' ');

const news = [
  'Rebels shelled the northern town overnight , officials said on Tuesday .',
  'The minister flew to Nairobi for talks with regional leaders .',
  'Protesters marched through Lagos demanding the release of detained journalists .',
].map((s) => s.split(' '));

test('a batch across the form cache starting over is tagged as the plain path tags it', { timeout: 120_000 }, () => {
  const model = shippedSyntaxModel();
  for (const words of news) model.analyzeWords(words); // their spellings' sums are kept
  const generation = new TokenTable(model.tagger.clusters).formCache.generation;
  // more new spellings than the cache holds, capitalised and lowercase, in sentences of 100 words
  const filler: string[][] = [];
  for (let s = 0; s * 100 < CAPACITY + 5000; s++) filler.push(Array.from({ length: 100 }, (_, i) => `${i % 3 === 0 ? 'Zq' : 'zq'}${s}x${i}${i % 5 === 0 ? 'ing' : ''}`));
  const batch = [...news, ...filler, ...news];
  const got: string[] = [];
  model.analyzeMany(batch, (k, tags) => { got[k] = Array.from(tags.subarray(0, batch[k].length)).join(' '); });
  assert.ok(new TokenTable(model.tagger.clusters).formCache.generation > generation, 'the form cache started over');
  batch.forEach((words, k) => assert.equal(got[k], plainTags(model, words), words.slice(0, 8).join(' ')));
  // and after it, one sentence at a time (the rows of the news words now hold other spellings)
  for (const words of news) assert.equal(Array.from(model.analyzeWords(words).tags.subarray(0, words.length)).join(' '), plainTags(model, words));
});
