import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "the southern Lebanese town of Nabatieh": a people's word before a place noun ("Lebanese town", "Afghan town") is no
// name of a town (src/resolve/places.ts, before namedPlaces); the name after "of" is. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const T = { timeout: 60_000 };

const CASES: Array<[string, string, RegExp]> = [
  ['Israeli airstrikes hit the southern Lebanese town of Nabatieh on Tuesday, killing five people.', 'airstrikes', /^Nabatieh/],
  ['Militants attacked the Afghan town of Ghazni on Monday.', 'attacked', /^Ghazni/],
  ['Gunmen attacked the Nigerian village of Dumbari on Monday.', 'attacked', /^Dumbari$/],
  // the same noun after a name that is no people's word still names a place
  ['Gunmen attacked Dumbari village on Monday, killing ten.', 'attacked', /^Dumbari$/],
];
for (const [text, trigger, place] of CASES) {
  test(`${text}`, T, () => {
    const act = code(text).find((e) => e.trigger.text.startsWith(trigger));
    assert.ok(act, `an event on "${trigger}"`);
    assert.match(act.location?.name ?? '', place);
  });
}
