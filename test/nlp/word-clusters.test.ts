import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { parseConllu } from '../../src/nlp/syntax/conllu.ts';
import { decodeModel, encodeModel, featureSignature } from '../../src/nlp/syntax/model-codec.ts';
import { TokenTable } from '../../src/nlp/syntax/token-table.ts';
import { trainSyntaxModel } from '../../src/nlp/syntax/train.ts';
import { NO_CLUSTER, WordClusters } from '../../src/nlp/syntax/word-clusters.ts';

// Word classes from GloVe vectors (data/models/word-clusters.tsv.gz): the tagger and parser read them
// per token, and a model trained with them carries them inside its file.
const TABLE = [
  '# word\tfine\tmid\tcoarse',
  'bombing\t0\t0\t0', 'airstrike\t1\t0\t0', 'shelling\t1\t0\t0',
  'hamas\t2\t1\t1', 'hezbollah\t2\t1\t1', 'taliban\t3\t1\t1',
  'killed\t4\t2\t2', 'wounded\t4\t2\t2', 'n\'t\t5\t3\t2', '0000\t6\t4\t3',
].join('\n');

test('the table reads words to nested classes; unknown words get NO_CLUSTER', () => {
  const clusters = WordClusters.parse(TABLE, 'table.tsv');
  const table = new TokenTable(clusters);
  table.fill(['Hezbollah', 'airstrike', 'killed', '1990', "n't", 'ceasefire']);
  assert.deepEqual([...table.fine.subarray(0, 6)], [2, 1, 4, 6, 5, NO_CLUSTER]);
  assert.deepEqual([...table.mid.subarray(0, 6)], [1, 0, 2, 4, 3, NO_CLUSTER]);
  assert.deepEqual([...table.coarse.subarray(0, 6)], [1, 0, 2, 3, 2, NO_CLUSTER]);
});

test('a malformed line or an empty table names the file', () => {
  assert.throws(() => WordClusters.parse('hamas\t2\tx\t1\n', 'bad.tsv'), /bad\.tsv:1: expected word<TAB>fine<TAB>mid<TAB>coarse/);
  assert.throws(() => WordClusters.parse('# only a comment\n', 'empty.tsv'), /empty\.tsv: no word classes/);
});

test('the compact form kept in a model file gives the same classes back', () => {
  const clusters = WordClusters.parse(TABLE, 'table.tsv');
  const back = WordClusters.fromJSON(clusters.toJSON());
  assert.deepEqual([...back.fineOf].sort(), [...clusters.fineOf].sort());
  assert.deepEqual(back.midOfFine, clusters.midOfFine);
  assert.deepEqual(back.coarseOfFine, clusters.coarseOfFine);
});

test('the shipped class table covers the common words of news', () => {
  const text = gunzipSync(readFileSync(new URL('../../data/models/word-clusters.tsv.gz', import.meta.url))).toString('utf8');
  const clusters = WordClusters.parse(text, 'word-clusters.tsv.gz');
  assert.ok(clusters.fineOf.size >= 50_000, `${clusters.fineOf.size} words`);
  for (const w of ['airstrikes', 'hezbollah', 'ceasefire', 'negotiators', 'militants', 'kyiv']) assert.ok(clusters.fineOf.has(w), w);
  // Words used alike share a fine or at least a mid class.
  const mid = (w: string) => clusters.midOfFine[clusters.fineOf.get(w)!];
  assert.equal(mid('monday'), mid('thursday'));
  assert.equal(mid('killed'), mid('wounded'));
});

test('a model trained with word classes keeps them in its file and parses the same after reloading', { timeout: 170_000 }, () => {
  const treebank = new URL('../../../shared/ud-ewt/', import.meta.url);
  const train = parseConllu(readFileSync(new URL('en_ewt-ud-train.conllu', treebank), 'utf8'), 'train').slice(0, 150);
  const clusters = WordClusters.parse(TABLE, 'table.tsv');
  const header = { treebank: 'UD English EWT', commit: '-', licence: '-', trainingDataSha256: '-', trainingCodeSha256: '-', trainedAt: '-' };
  const model = trainSyntaxModel(train, {
    taggerEpochs: 1, taggerBits: 14, taggerTwoPass: 1, parserEpochs: 1, parserBits: 15, labelBits: 12, jackknife: 0, exploreFrom: 1, explore: 0.9, seed: 11, clusters: 1,
  }, header, undefined, undefined, clusters);
  assert.notEqual(featureSignature(true), featureSignature(false));
  const reloaded = decodeModel(encodeModel(model), 'round trip');
  assert.equal(reloaded.tagger.clusters?.fineOf.get('hezbollah'), 2);
  const words = ['Hezbollah', 'said', 'the', 'airstrike', 'killed', 'two', 'people', '.'];
  const before = model.analyzeWords(words);
  const tags = [...before.tags.subarray(0, words.length)];
  const heads = [...before.state.heads.subarray(0, words.length)];
  const after = reloaded.analyzeWords(words);
  assert.deepEqual([...after.tags.subarray(0, words.length)], tags);
  assert.deepEqual([...after.state.heads.subarray(0, words.length)], heads);
  assert.throws(() => trainSyntaxModel(train.slice(0, 5), { ...model.header.options, clusters: 1 } as never, header), /needs the word classes/);
});
