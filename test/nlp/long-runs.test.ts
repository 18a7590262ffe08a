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

// What made it slow was the tokenizer seeing one long run (quadratic in the run's length); cut runs cost at
// most MAX_RUN² each, so the work grows linearly with the text. The test checks the work, not the clock
// (a busy machine cannot fail it): no token the tokenizer made is longer than the cap, and the words
// after the run keep their offsets in the original text.
test('words after a 100 kB run keep their offsets, and the tokenizer never sees a run over the cap', { timeout: 120_000 }, () => {
  for (const [name, run] of RUNS) {
    const text = `Police detained protesters in Kyiv. ${run} The army shelled Donetsk on Monday.`;
    const { tokens } = analyze(text);
    for (const word of ['shelled', 'Donetsk', 'Monday']) {
      const token = tokens.find((t) => t.text === word);
      assert.ok(token, `${name}: ${word} is a token`);
      assert.equal(text.slice(token.start, token.end), word, `${name}: ${word} offsets`);
    }
    const longest = tokens.reduce((most, t) => Math.max(most, t.end - t.start), 0);
    assert.ok(longest <= MAX_RUN, `${name}: a token of ${longest} characters`);
  }
});
