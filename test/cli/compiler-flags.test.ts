import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { CODER_METHOD, tuneCompilerForCoder } from '../../src/cli/compiler-flags.ts';

// V8's --turbo-filter names the function it keeps unoptimised: if the coder's method were renamed, the
// filter would silently match nothing and the helper threads would recompile it again (src/cli/compiler-flags.ts).
test('the compiler filter names the coder method', { timeout: 120_000 }, () => {
  const coder = createCoder(loadKnowledge());
  assert.equal(coder.code.name, CODER_METHOD);
  assert.equal(typeof coder[CODER_METHOD as keyof typeof coder], 'function');
});

test('tuning the compiler changes no output', { timeout: 120_000 }, () => {
  const coder = createCoder(loadKnowledge());
  const article = { id: 'f', text: 'Rebels attacked an army post in the north of Mali on Monday, officials said.', published: '2025-02-10', title: null };
  const before = JSON.stringify(coder.code(article));
  tuneCompilerForCoder();
  assert.equal(JSON.stringify(coder.code(article)), before);
  assert.notEqual(before, '[]');
});
