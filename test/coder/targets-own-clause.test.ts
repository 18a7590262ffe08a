import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// A target from another clause than the act's (src/extract/tree-roles/own-clause-targets.ts): the speaker of
// another reporting verb, a name under "despite", the addressee of "told X that ... was killed".
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [construction class, sentence, event type, expected target text (null: no target)]
const CASES: Array<[string, string, string, string | null]> = [
  // the subject of a reporting verb that is not the trigger speaks; it is not acted on
  ['speaker of another clause', 'The envoy repeated calls for a truce he says could end the war.', 'REQUEST', null],
  ['speaker of another clause', 'The opposition renewed calls for a ceasefire the army says it cannot accept.', 'REQUEST', null],
  // (the speaker gives way; the amnesty then lands where the release it is part of does: roles:tree-part-of-act)
  ['speaker of another clause', 'Kenya has freed 30 prisoners as part of an amnesty the government says is aimed at peace.', 'CONCEDE', '30 prisoners'],
  // what the act defied is not its target
  ['concessive', 'Teachers protested in Nairobi despite a court ban on the strike.', 'PROTEST', null],
  ['concessive', 'Hundreds of students marched on Monday despite police warnings.', 'PROTEST', null],
  ['concessive', 'Protesters gathered in the square in spite of the army\'s threats.', 'PROTEST', null],
  // a passive act lands on its own subject, not on the reporting verb's addressee
  ['passive: its own subject', 'A police spokesman told VOA that at least one member from the riot unit was killed.', 'ASSAULT', 'at least one member'],
  ['passive: its own subject', 'The governor told VOA that at least two members from the local council were killed.', 'ASSAULT', 'at least two members'],
  ['passive: its own subject', 'A hospital official told Reuters that at least five patients from the camp were killed.', 'ASSAULT', 'at least five patients'],
  // a passive with an actor and no window target lands on its own subject, named by its apposition if it has one
  ['passive: subject with no name', 'A military convoy was ambushed by militants near the border.', 'ASSAULT', 'A military convoy'],
  ['passive: subject with no name', 'The convoy was attacked by rebels near the border.', 'ASSAULT', 'The convoy'],
  ['passive: subject named by its apposition', 'The men, an American journalist and a South African teacher, were shot by their captors and died during the mission.', 'ASSAULT', 'American journalist'],
];

for (const [name, sentence, type, expected] of CASES) {
  test(`own-clause target — ${name}: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type} in ${JSON.stringify(code(sentence).map((e) => e.type))}`);
    const targets = events.map((e) => e.target?.text ?? null);
    assert.ok(targets.includes(expected), `${type} targets ${JSON.stringify(targets)}, expected ${JSON.stringify(expected)}; rules ${events[0].rules.join(' ')}`);
  });
}
