import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Class: a bare role ("the junta", "students") takes the country of the other participant when that one is a
// domestic authority (police detain their own protesters); a diplomat or an embassy acts abroad and lends no
// country ("the junta expelled the French ambassador": the junta is not French). Sentences written for this file.
const coder = createCoder(loadKnowledge());
const actorCodes = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null }).map((e) => e.actor?.code ?? null);

const NOT_LENT: Array<[string, string]> = [
  ['The junta expelled the French ambassador on Monday.', 'FRA'],
  ['The military government summoned the German envoy over the remarks.', 'DEU'],
  ['Students marched to the British embassy to protest the arrests.', 'GBR'],
];
for (const [text, country] of NOT_LENT) {
  test(`a diplomat lends no country: ${text}`, { timeout: 60_000 }, () => {
    const codes = actorCodes(text);
    assert.ok(codes.length > 0 && codes.every((c) => !c?.startsWith(country)), JSON.stringify(codes));
  });
}

test('a domestic authority still lends its country: protesters against the Kenyan government', { timeout: 60_000 }, () => {
  assert.deepEqual(actorCodes('Protesters marched against the Kenyan government.'), ['KENOPP']);
});
