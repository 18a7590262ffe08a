import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// The intent noun of an AGREE pattern ("reaffirmed its commitment to", "declared its readiness to") is the act itself,
// never the thing agreed on (src/extract/tree-roles/tree-targets.ts), wherever the parse hangs the to-clause; a partner
// named in the clause still is the target. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const targets = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null }).filter((e) => e.type === 'AGREE').map((e) => e.target?.text ?? null);

const CASES: Array<[string, Array<string | null>]> = [
  ['The United States condemned China\'s actions and reaffirmed its commitment to defend its ally.', [null]],
  ['Japan declared its readiness to host the talks.', [null]],
  ['The president reaffirmed his commitment to the peace deal.', [null]],
  ['The rebels signalled their willingness to negotiate with the government.', ['government']],
];
for (const [text, expected] of CASES) {
  test(`intent noun is no target: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(targets(text), expected);
  });
}
