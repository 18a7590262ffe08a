import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Talks, meetings and summits "between A and B" that a verb of happening states ("took place", "resumed", "were
// held") are the two sides' CONSULT, as clashes that "broke out" are a fight (src/core/between-parties.ts); the sides
// are read off the between-phrase's words when the parse splits them ("between Russian and Ukrainian officials",
// a shared role) or hangs the second off "and". A noun only named ("welcomed the agreement between ...") stays no
// event of its own. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['The summit between Biden and Xi took place in San Francisco.', ['CONSULT Biden > Xi']],
  ['A meeting between Russian and Ukrainian officials took place in Istanbul on Monday.', ['CONSULT Russian > Ukrainian officials']],
  ['Talks between the government and the rebels resumed on Monday.', ['CONSULT government > the rebels']],
  ['Negotiations between Serbia and Kosovo resumed in Brussels on Tuesday.', ['CONSULT Serbia > Kosovo']],
  // named only, or with an actor of its own
  ['Kenya welcomed the agreement between Sudan and South Sudan.', ['SUPPORT Kenya > Sudan']],
  ['Qatar mediated talks between Israel and Hamas.', ['CONSULT Qatar > Israel']],
];
for (const [text, expected] of CASES) {
  test(`talks between two sides: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
