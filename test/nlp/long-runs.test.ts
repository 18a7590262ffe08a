import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyze } from '../../src/nlp/index.ts';
import { breakLongRuns, MAX_RUN } from '../../src/nlp/long-runs.ts';

// Long runs of non-space characters (a pasted base64 image, a minified script, a row of dashes) made
// wink-nlp's tokenizer quadratic: 200 kB of them froze coding for half a minute.
const RUNS: readonly [string, string][] = [
  ['letters', 'a'.repeat(50_000)],
  ['slashes', 'x/'.repeat(50_000)],
  ['dotted', 'a.'.repeat(50_000)],
  ['mixed punctuation', 'A-b,'.repeat(25_000)],
];

test('breakLongRuns keeps the length and leaves no run over the cap', () => {
  for (const [name, run] of RUNS) {
    const text = `Before. ${run} after.`;
    const cut = breakLongRuns(text);
    assert.equal(cut.length, text.length, name);
    assert.ok(cut.split(/\s/).every((w) => w.length <= MAX_RUN), name);
  }
  const ordinary = 'Rebels attacked https://example.org/a/b?c=d in Goma.';
  assert.equal(breakLongRuns(ordinary), ordinary);
});

test('words after a 100 kB run keep their offsets, in time linear in the run', { timeout: 120_000 }, () => {
  for (const [name, run] of RUNS) {
    const text = `Police detained protesters in Kyiv. ${run} The army shelled Donetsk on Monday.`;
    const started = performance.now();
    const { tokens } = analyze(text);
    const seconds = (performance.now() - started) / 1000;
    for (const word of ['shelled', 'Donetsk', 'Monday']) {
      const token = tokens.find((t) => t.text === word);
      assert.ok(token, `${name}: ${word} is a token`);
      assert.equal(text.slice(token.start, token.end), word, `${name}: ${word} offsets`);
    }
    // quadratic took minutes on 100 kB; linear is well under a second, so a loaded machine still passes
    assert.ok(seconds < 30, `${name}: ${seconds.toFixed(1)} s`);
  }
});
