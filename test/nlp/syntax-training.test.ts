import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseConllu } from '../../src/nlp/syntax/conllu.ts';
import { evaluate } from '../../src/nlp/syntax/evaluate.ts';
import { decodeModel, encodeModel } from '../../src/nlp/syntax/model-codec.ts';
import { trainSyntaxModel } from '../../src/nlp/syntax/train.ts';

// Training is deterministic (seeded shuffles and exploration): a small slice of EWT train, a couple of
// epochs, must land on the scores it landed on when this test was written (a tolerance absorbs float
// summation order), and survive the model file round trip. How long training takes is not asserted here
// (a busy machine would fail it): `npm run train:parser` logs the time of each step.
const treebank = new URL('../../../shared/ud-ewt/', import.meta.url);
const train = parseConllu(readFileSync(new URL('en_ewt-ud-train.conllu', treebank), 'utf8'), 'train').slice(0, 500);
const dev = parseConllu(readFileSync(new URL('en_ewt-ud-dev.conllu', treebank), 'utf8'), 'dev').slice(0, 300);
const header = { treebank: 'UD English EWT', commit: '15d613d', licence: 'CC BY-SA 4.0', trainingDataSha256: '-', trainingCodeSha256: '-', trainedAt: '-' };

test('500 training sentences, 2 epochs: known dev scores', { timeout: 170_000 }, () => {
  const model = trainSyntaxModel(train, {
    taggerEpochs: 2, taggerBits: 16, taggerTwoPass: 1, parserEpochs: 2, parserBits: 17, labelBits: 14, jackknife: 0, exploreFrom: 1, explore: 0.9, seed: 11,
  }, header);
  const scores = evaluate(model, dev);
  assert.ok(Math.abs(scores.upos - EXPECTED.upos) <= 0.5, `UPOS ${scores.upos}, expected ${EXPECTED.upos}`);
  assert.ok(Math.abs(scores.uas - EXPECTED.uas) <= 1, `UAS ${scores.uas}, expected ${EXPECTED.uas}`);
  assert.ok(Math.abs(scores.las - EXPECTED.las) <= 1, `LAS ${scores.las}, expected ${EXPECTED.las}`);
  const reloaded = evaluate(decodeModel(encodeModel(model), 'round trip'), dev);
  assert.ok(Math.abs(reloaded.las - scores.las) <= 0.3, `LAS after 16-bit round trip ${reloaded.las}, before ${scores.las}`);
});

// The case-marker templates (`markerTemplates: 1`, PARSER_MARKER_TEMPLATES) are part of the file's feature
// signature: a model trained with them reloads with them, and the same slice lands on its own known scores.
test('500 training sentences with the case-marker templates: known dev scores, and they survive the round trip', { timeout: 170_000 }, () => {
  const model = trainSyntaxModel(train, {
    taggerEpochs: 2, taggerBits: 16, taggerTwoPass: 1, parserEpochs: 2, parserBits: 17, labelBits: 14, jackknife: 0, exploreFrom: 1, explore: 0.9, seed: 11,
    markerTemplates: 1,
  }, header);
  const scores = evaluate(model, dev);
  assert.ok(Math.abs(scores.uas - EXPECTED_MARKERS.uas) <= 1, `UAS ${scores.uas}, expected ${EXPECTED_MARKERS.uas}`);
  assert.ok(Math.abs(scores.las - EXPECTED_MARKERS.las) <= 1, `LAS ${scores.las}, expected ${EXPECTED_MARKERS.las}`);
  const bytes = encodeModel(model);
  const reloaded = decodeModel(bytes, 'round trip');
  assert.equal(reloaded.header.options.markerTemplates, 1);
  assert.ok(Math.abs(evaluate(reloaded, dev).las - scores.las) <= 0.3, 'LAS after the round trip');
});

test('a malformed treebank line names the file and line', () => {
  assert.throws(() => parseConllu('# x\n1\tA\ta\tDET\n', 'bad.conllu'), /bad\.conllu:2: expected 10 tab-separated columns/);
  assert.throws(() => decodeModel(new Uint8Array([1, 2, 3]), 'junk.bin'), /junk\.bin: not a syntax model/);
});

const EXPECTED = { upos: 89.68, uas: 69.85, las: 62.19 };
const EXPECTED_MARKERS = { uas: 69.99, las: 62.49 };
