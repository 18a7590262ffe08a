import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { TraceDrop } from '../../src/core/trace.ts';

// The coder's trace names the stage and reason of every trigger or event it drops (for `eval --explain`),
// and changes nothing about what it codes.
const kb = loadKnowledge();
const plain = createCoder(kb);
let drops: TraceDrop[] = [];
const traced = createCoder(kb, { trace: (d) => drops.push(d) });
const code = (text: string) => {
  drops = [];
  return traced.code({ id: 't', text, published: '2024-03-12', title: null });
};

const ROWS: ReadonlyArray<readonly [text: string, reason: RegExp, trigger: RegExp, stage: TraceDrop['stage']]> = [
  ['Iraqi forces did not attack the base on Monday.', /^certainty:negated:not$/, /^attack/, 'certainty'],
  ['Police did not arrest the protesters in Lagos.', /^certainty:negated:not$/, /^arrest/, 'certainty'],
  ['The rebels never attacked the town, a spokesman said.', /^certainty:negated:never$/, /^attacked/, 'certainty'],
  ['Fighters of the Popular Mobilization Units arrived in Baghdad.', /^trigger:inside-name$/, /^Mobilization$/, 'trigger'],
  ['Stocks attacked the record high as traders rallied.', /^candidate:no-roles$/, /^attacked$/, 'candidate'],
  ['A US drone strike killed a militia commander in Baghdad on Friday.', /^refiner:dedupe$/, /^drone strike$/, 'refiner'],
];

for (const [text, reason, trigger, stage] of ROWS) {
  test(`trace: ${text}`, () => {
    const events = code(text);
    const hit = drops.find((d) => reason.test(d.reason) && trigger.test(d.trigger.text));
    assert.ok(hit, `no drop ${reason} of ${trigger}; got ${JSON.stringify(drops.map((d) => [d.reason, d.trigger.text]))}`);
    assert.equal(hit.stage, stage);
    assert.equal(text.slice(hit.trigger.span[0], hit.trigger.span[1]), hit.trigger.text);
    assert.deepEqual(hit.sentence, [0, text.length]);
    assert.ok(hit.pattern === null || hit.pattern.length > 0);
    assert.deepEqual(events, plain.code({ id: 't', text, published: '2024-03-12', title: null }), 'tracing changed the events');
  });
}

test('trace: a dropped trigger carries the type it would have coded and its pattern id', () => {
  code('Iraqi forces did not attack the base on Monday.');
  assert.equal(drops[0].type, 'ASSAULT');
  assert.match(drops[0].pattern ?? '', /^data\/patterns\/verbs\.tsv:\d+ /);
});

test('trace: an event coded in full reports no drop', () => {
  const events = code('Iran threatened to attack US bases in Iraq.');
  assert.equal(events.length, 1);
  assert.deepEqual(drops, []);
});
