import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// An -ing act word that is its clause's subject ("after fighting erupted") is a noun there: it takes no doer from the
// word window, which reached back across the clause (src/extract/tree-roles/word-window.ts `actAsSubject`, with the
// repair tree-repair/gerund-clause-subject.ts). "Thailand said it had reopened ... after fighting erupted" made
// Thailand the fighter. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['Thailand said it had reopened a border crossing with Myanmar that was closed after fighting erupted near the town of Myawaddy in April.', ['RETREAT it']],
  ['The army said it had reopened the road, which was closed after fighting broke out last month.', ['RETREAT it']],
  ['Kenya said it had reopened its embassy, which was shut when fighting spread to the capital.', ['SUPPORT it']],
  // a doer the clause names stays
  ['The army said it had reopened the road after rebels shelled the town.', ['RETREAT it', 'ASSAULT rebels']],
];
for (const [text, expected] of CASES) {
  test(`an -ing subject has no window doer: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
