import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TraceDrop } from '../../src/core/trace.ts';
import { explainDocument, formatExplain, scoreDocuments, type MissCause } from '../../src/eval/index.ts';
import { goldDoc, makeEvent, spanOf } from './make-event.ts';

// `eval --explain`: each miss gets the furthest stage a trigger of the right type reached.
const TEXT = 'Rebels attacked a base. Police arrested protesters. The minister met envoys. Troops shelled the town. Crowds marched.';
const GOLD = goldDoc('d', TEXT, [
  { type: 'ASSAULT', evidence: 'Rebels attacked a base' },
  { type: 'COERCE', evidence: 'Police arrested protesters' },
  { type: 'CONSULT', evidence: 'The minister met envoys' },
  { type: 'ASSAULT', evidence: 'Troops shelled the town' },
  { type: 'PROTEST', evidence: 'Crowds marched' },
]);

const drop = (sentence: string, trigger: string, type: TraceDrop['type'], reason: string, stage: TraceDrop['stage'] = 'candidate'): TraceDrop =>
  ({ stage, reason, sentence: spanOf(TEXT, sentence), trigger: { text: trigger, span: spanOf(TEXT, trigger) }, pattern: `verbs.tsv:1 ${trigger}`, type });

function explain(events: ReturnType<typeof makeEvent>[], drops: TraceDrop[]) {
  const report = scoreDocuments([GOLD], () => events, () => null);
  return explainDocument('d', GOLD.events, events, report.docs[0], drops);
}

test('explain: each miss is put at the furthest stage its type reached', () => {
  const attack = makeEvent(TEXT, { type: 'ASSAULT', evidence: 'Rebels attacked a base', trigger: 'attacked' });
  const repeat = makeEvent(TEXT, { type: 'ASSAULT', evidence: 'Rebels attacked a base', trigger: 'Rebels' });
  const wrong = makeEvent(TEXT, { type: 'SANCTION', evidence: 'Police arrested protesters', trigger: 'arrested' });
  const d = explain([attack, repeat, wrong], [
    drop('The minister met envoys', 'met', 'CONSULT', 'candidate:no-political-participant'),
    drop('Troops shelled the town', 'shelled', 'PROTEST', 'certainty:negated:not', 'certainty'),
  ]);
  const causes = Object.fromEntries(d.misses.map((m) => [m.gold.evidence, m.cause])) as Record<string, MissCause>;
  assert.deepEqual(causes, {
    'Police arrested protesters': 'wrong-type',
    'The minister met envoys': 'dropped',
    'Troops shelled the town': 'other-type-dropped',
    'Crowds marched': 'no-trigger',
  });
  const met = d.misses.find((m) => m.cause === 'dropped');
  assert.deepEqual(met?.reasons, ['candidate:no-political-participant']);
  assert.match(met?.lines[0] ?? '', /trigger "met" .* dropped at candidate by candidate:no-political-participant/);
  assert.match(d.misses[0].lines[0], /event produced as SANCTION.*gold wants COERCE/);
  // the second ASSAULT in the matched sentence is a false event that repeats a matched gold event
  assert.equal(d.falses.length, 2);
  assert.equal(d.falses.find((f) => f.event === repeat)?.repeats.length, 1);
  assert.deepEqual(d.falses.find((f) => f.event === wrong)?.otherTypes.map((g) => g.type), ['COERCE']);
});

test('explain: a right-type event paired with another gold event says so', () => {
  const text = 'Rebels attacked a base and a convoy.';
  const gold = goldDoc('d', text, [
    { type: 'ASSAULT', evidence: 'Rebels attacked a base' },
    { type: 'ASSAULT', evidence: 'Rebels attacked a base and a convoy' },
  ]);
  const e = makeEvent(text, { type: 'ASSAULT', evidence: 'Rebels attacked a base and a convoy', trigger: 'attacked' });
  const report = scoreDocuments([gold], () => [e], () => null);
  const d = explainDocument('d', gold.events, [e], report.docs[0], []);
  assert.equal(d.misses.length, 1);
  assert.equal(d.misses[0].cause, 'paired-elsewhere');
  assert.match(d.misses[0].lines[0], /paired with another gold event/);
});

test('formatExplain: misses, false events with their rules, and a summary by cause', () => {
  const wrong = makeEvent(TEXT, { type: 'SANCTION', evidence: 'Police arrested protesters', trigger: 'arrested' });
  const out = formatExplain([explain([wrong], [drop('The minister met envoys', 'met', 'CONSULT', 'candidate:no-roles')])]);
  assert.match(out, /^doc d$/m);
  assert.match(out, /MISSED CONSULT .*"The minister met envoys"/);
  assert.match(out, /FALSE {2}SANCTION .*the gold codes this sentence as COERCE/);
  assert.match(out, /rules: test/);
  assert.match(out, /missed gold events: 5/);
  assert.match(out, /^ {5}1 {2}candidate:no-roles$/m);
  assert.match(out, /^ {5}3 {2}no trigger in the evidence sentence$/m);
});
