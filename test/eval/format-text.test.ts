import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatText, scoreDocuments } from '../../src/eval/index.ts';
import { goldDoc, makeEvent, ref } from './make-event.ts';

const TEXT = 'Rebels attacked a base in Kabul. The government condemned them. Police arrested protesters.';

test('formatText: table, misses, false positives and field mismatches', () => {
  const doc = goldDoc('doc-7', TEXT, [
    { type: 'ASSAULT', evidence: 'Rebels attacked a base in Kabul', actor: 'Rebels', date: '2020-03-11' },
    { type: 'ACCUSE', evidence: 'The government condemned them' },
  ]);
  const events = [
    makeEvent(TEXT, { type: 'ASSAULT', evidence: 'Rebels attacked a base in Kabul', actor: ref('Police'), date: '2020-03-12' }),
    makeEvent(TEXT, { type: 'COERCE', evidence: 'Police arrested protesters', trigger: 'arrested' }),
  ];
  const text = formatText(scoreDocuments([doc], () => events, () => null));
  const lines = text.split('\n');
  assert.ok(lines.some((l) => /^events\s+0\.5000\s+0\.5000\s+0\.5000\s+1\s+1\s+1$/.test(l)), text);
  assert.ok(lines.some((l) => /^actor\s+0\.0000\s+0\.0000\s+0\.0000\s+0\s+2\s+2$/.test(l)), text);
  assert.ok(lines.includes('doc doc-7: tp 1, fp 1, fn 1'), text);
  assert.ok(lines.some((l) => /ACCUSE\s+"The government condemned them"/.test(l)), text);
  assert.ok(lines.some((l) => /COERCE\s+trigger "arrested" in "Police arrested protesters"/.test(l)), text);
  assert.ok(lines.some((l) => l.includes('date: gold 2020-03-11 | extracted 2020-03-12 (day)')), text);
  assert.ok(lines.some((l) => l.includes('actor: gold Rebels | extracted Police [Police]')), text);
  assert.equal(lines.filter((l) => l.includes('field mismatches')).length, 1);
});
