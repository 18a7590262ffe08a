import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { MoveDifferences, useMoveDifferences, WIDE } from '../../src/nlp/syntax/move-differences.ts';
import { decodeModel, modelFromParts, readModelParts } from '../../src/nlp/syntax/model-codec.ts';
import { MODEL_URL } from '../../src/nlp/syntax/model-file.ts';
import { LinearModel } from '../../src/nlp/syntax/perceptron.ts';

// The coder threads of a pool read one copy of the syntax model's tables (SharedArrayBuffers made by the
// thread that starts them). A model built on shared parts must tag and parse exactly as one decoded alone.

const SENTENCES = [
  'Rebels shelled the town overnight, killing three civilians, the army said.',
  'The minister, who resigned on Friday, was arrested by police in the capital.',
  'Protesters demanding the release of jailed activists marched to the embassy.',
  'Talks between the two sides collapsed after the ceasefire was broken again.',
];
const words = (s: string) => s.match(/\w+|[^\s\w]/g)!;
const analysis = (model: ReturnType<typeof decodeModel>, s: string) => {
  const { tags, state } = model.analyzeWords(words(s));
  const n = words(s).length;
  return { tags: [...tags.subarray(0, n)], heads: [...state.heads.subarray(0, n)], labels: [...state.labels.subarray(0, n)] };
};

test('shared model parts: tables in shared memory, and the same tags, heads and labels as the file decoded alone', { timeout: 120_000 }, () => {
  const bytes = readFileSync(MODEL_URL);
  const parts = readModelParts(bytes, 'shipped', true);
  for (const table of parts.tables) assert.ok(table.buffer instanceof SharedArrayBuffer);
  assert.ok(parts.moveRows?.buffer instanceof SharedArrayBuffer);
  const alone = decodeModel(bytes, 'shipped');
  const shared = modelFromParts(parts);
  for (const s of SENTENCES) assert.deepEqual(analysis(shared, s), analysis(alone, s), s);
  // not shared: plain copies, no move rows made ahead
  const plain = readModelParts(bytes, 'shipped');
  assert.ok(!(plain.tables[0].buffer instanceof SharedArrayBuffer));
  assert.equal(plain.moveRows, undefined);
});

test('move differences made in another thread are used as they are, their wide buckets found again', () => {
  const weights = new Int16Array(8 * 3);
  weights.set([120, -40, 7], 3);
  weights.set([-32768, 32767, 0], 6); // LEFT − SHIFT does not fit 16 bits
  const made = new MoveDifferences(new LinearModel(3, 3, weights));
  const rows = new Int16Array(new SharedArrayBuffer(made.rows.byteLength));
  rows.set(made.rows);
  useMoveDifferences(weights, rows);
  const again = new MoveDifferences(new LinearModel(3, 3, weights));
  assert.equal(again.rows, rows);
  assert.equal(again.rows[4], WIDE);
  assert.deepEqual([...again.wide], [...made.wide]);
  // rows of another size (another table) are not taken
  const other = new Int16Array(16 * 3);
  useMoveDifferences(other, rows);
  assert.notEqual(new MoveDifferences(new LinearModel(4, 3, other)).rows, rows);
});

test('a worker thread given the parts reads the very memory of the thread that made them', { timeout: 60_000 }, async () => {
  const parts = readModelParts(readFileSync(MODEL_URL), 'shipped', true);
  // the worker writes into its copy of the first table's view; the write shows here: one table, not two
  const code = `const { workerData, parentPort } = require('node:worker_threads'); workerData.tables[0][0] = 12345; parentPort.postMessage(workerData.moveRows.length);`;
  const before = parts.tables[0][0];
  const worker = new Worker(code, { eval: true, workerData: parts });
  const rows = await new Promise((resolve, reject) => { worker.once('message', resolve); worker.once('error', reject); });
  await worker.terminate();
  assert.equal(rows, parts.moveRows!.length);
  assert.equal(parts.tables[0][0], 12345);
  parts.tables[0][0] = before;
});
