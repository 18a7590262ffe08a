import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A reporting verb right after "and" with no subject of its own shares the subject of the verb it is joined to
// (src/provenance/conjoined-speaker.ts): "Russia accused Ukraine of shelling a village and said its forces had
// destroyed two tanks" is Russia's claim. Before, the window's nearest phrase (the accused, Ukraine) was the source.
// Sentences written for this file: [text, trigger of the reported event, its source].
const coder = createCoder(loadKnowledge());
const sourceOf = (text: string, trigger: string) => {
  const e = coder.code({ id: 'x', text, published: '2024-05-13', title: null }).find((x) => x.trigger.text.startsWith(trigger));
  const s = e?.provenance.source;
  return s === undefined ? undefined : typeof s === 'string' ? s : s.text;
};

const CASES: Array<[string, string, string]> = [
  ['Russia accused Ukraine of shelling a border village and said its forces had destroyed two Ukrainian tanks.', 'destroyed', 'Russia'],
  ["Sudan's army accused the RSF of looting the city and said troops had recaptured the airport.", 'recaptured', "Sudan's army"],
  ['Maduro accused the opposition of plotting a coup and said he had ordered the armed forces to guarantee order.', 'ordered', 'Maduro'],
  // the joined verb's subject stays the speaker where the window already found it
  ['The president thanked the army for its courage and said troops had recaptured the town.', 'recaptured', 'The president'],
  ['The Israeli prime minister met the U.S. envoy and said Israel would continue the offensive in Rafah.', 'continue', 'Israeli prime minister'],
];
for (const [text, trigger, source] of CASES) {
  test(`a conjoined reporting verb shares its conjunct's subject: ${text}`, { timeout: 60_000 }, () => {
    assert.equal(sourceOf(text, trigger), source);
  });
}
