import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { parserTodo } from './parser-known-failures.ts';

// Acts whose participants or statement the sentence gives through its frame rather than its words: each class on
// sentences written for this file, with the sentences that must stay without an event.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.name ?? null} -> ${e.target?.name ?? null} ${e.provenance.certainty}`;

// [class, text, expected "TYPE actor -> target certainty" of every event, a rule the class leaves on one of its events]
const CASES: Array<[string, string, string[], string | null]> = [
  // a colon after a verbal act's verb opens what it says: its object (src/extract/colon-content.ts)
  ['colon content', 'Iran warned: any attack on its ships will be answered with force.', ['THREATEN Iran -> null asserted'], 'roles:colon-content'],
  ['colon content', 'The Russian defense ministry cautioned: further strikes on its bases will not go unanswered.', ['THREATEN Russian defense ministry -> null asserted'], null],
  ['colon content, "we" in a quote is its speaker', '"We will not allow this. We firmly warn: any provocation at the border will be answered by the army," said Defense Minister Viktor Zolin.', ['THREATEN Viktor Zolin -> null asserted'], 'certainty:own-speech-act'],
  // no political participant, or no statement after the colon: nothing
  ['colon content: nobody political', 'Economists warned: the economy will shrink next year.', [], null],
  ['colon content: a bare list marker', 'The ministry warned: no.', [], null],
  // "be underway", "be ongoing" state that the act is happening (data/lexicon/occurrence-verbs.tsv)
  ['occurrence after a copula', 'Police said a crackdown on the protesters was underway in the capital.', ['ASSAULT null -> null claimed'], 'actor:stated-occurrence'],
  ['occurrence after a copula', 'Witnesses said heavy fighting was ongoing near the airport.', ['ASSAULT null -> null claimed'], 'actor:stated-occurrence'],
  ['occurrence after a copula', 'Clashes were ongoing on Monday in the border town.', ['ASSAULT null -> null asserted'], 'actor:stated-occurrence'],
  ['occurrence after a copula: possible', 'A counterattack may be underway.', [], null],
  ['occurrence after a copula: negated', 'No crackdown is underway.', [], null],
  ['occurrence after a copula: not an act of force', 'Preparations for the summit are underway.', [], null],
  // talks as the purpose of a stay are the stayer's, with the host (src/extract/stay-purpose.ts)
  ['talks during a stay', 'A Houthi delegation was in Riyadh for talks on Tuesday.', ['CONSULT Houthis -> Riyadh asserted'], 'roles:stay-for-talks'],
  ['talks during a stay', 'Taliban negotiators remained in Doha for further negotiations.', ['CONSULT Taliban -> Doha asserted'], 'roles:stay-for-talks'],
  ['talks during a stay, an aside before the verb', 'Officials said a delegation from the Houthis, who are backed by Iran, was in Oman for talks.', ['CONSULT Houthis -> Oman claimed'], 'place:stay-host'],
  ['talks during a stay: nobody political', 'The tourists were in Paris for talks.', [], null],
  ['a stay for something else', 'The Iranian foreign minister was in Moscow for the funeral.', [], null],
];

for (const [name, text, expected, rule] of CASES) {
  test(`recall in context: ${name} — "${text}"`, parserTodo(text), () => {
    const events = code(text);
    assert.deepEqual(events.map(brief), expected);
    if (rule) assert.ok(events.some((e) => e.rules.includes(rule)), `${rule} recorded`);
  });
}

// non-political controls: the same constructions among sport and business words make no event
const CONTROLS = [
  'The coach warned: the next match will be much harder.',
  'The striker said an attack on the title was underway, saying the team was ready.',
  'Analysts warned: prices will keep rising, saying the market was overheated.',
];
for (const text of CONTROLS) {
  test(`recall in context: control — "${text}"`, () => assert.deepEqual(code(text).map(brief), []));
}
