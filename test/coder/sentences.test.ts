import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { resolveNameWith } from '../../src/cli/resolve-name.ts';
import { compareEvents, knownFailures, loadCases, writeKnownFailures } from './corpus.ts';

// Table-driven: every line of test/corpus/sentences/*.jsonl is a sentence with its exact expected events,
// every line of test/corpus/negative/*.jsonl must give none. Rows listed in known-failures.txt run as todo.
const kb = loadKnowledge();
const coder = createCoder(kb);
const resolve = resolveNameWith(kb);
const known = knownFailures();
const failing: string[] = [];
const update = process.env.UPDATE_KNOWN_FAILURES === '1';

const cases = [...loadCases('sentences'), ...loadCases('negative').map((c) => ({ ...c, events: [] }))];
for (const c of cases) {
  const events = coder.code({ id: c.id, text: c.text, published: c.published, title: null });
  const problems = compareEvents(c.events, events, resolve);
  if (problems.length) failing.push(c.id);
  test(`${c.file} ${c.id}: ${c.text.slice(0, 70)}`, { todo: !update && known.has(c.id) ? 'known failure' : undefined }, () => {
    assert.deepEqual(problems, []);
  });
}

test('corpus covers all 16 PLOVER types', () => {
  const types = new Set(cases.flatMap((c) => c.events.map((e) => e.type)));
  assert.equal(types.size, 16, [...types].join(' '));
});

test('known failures list has no rows that now pass (shrink it)', { todo: update ? 'updating' : undefined }, () => {
  if (update) writeKnownFailures(failing);
  const fixed = [...known].filter((id) => !failing.includes(id));
  assert.deepEqual(fixed, []);
});
