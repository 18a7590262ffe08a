import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ActorRef, Event } from '../../src/schema/event.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { mergeCoreferent } from '../../src/core/coreference.ts';
import { datesTheTelling } from '../../src/provenance/telling-date.ts';
import { makeEvent, spanOf } from '../eval/make-event.ts';

// "X alleged Thursday that ...": the reporting verb is read even when the tagger calls it an adjective
// (provenance:dated-that, src/provenance/dated-that.ts), and the day after it dates the telling
// (src/provenance/telling-date.ts). Sentences written for this file.
const coder = createCoder(loadKnowledge());

const DATED_THAT: ReadonlyArray<readonly [string, string]> = [
  ['The governor, Ahmed Musa, alleged on Friday that soldiers burned homes in Zaria.', 'Ahmed Musa'],
  ['Police alleged Tuesday that protesters attacked a police station in Lahore.', 'Police'],
  ['The minister alleged late Sunday that militants attacked a convoy near Kidal.', 'The minister'],
];
for (const [text, speaker] of DATED_THAT) {
  test(`dated-that: ${text}`, () => {
    const e = coder.code({ id: 't', text, published: '2024-05-10', title: null }).find((x) => x.type === 'ASSAULT');
    assert.ok(e, text);
    assert.equal(e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text, speaker, e.rules.join(','));
    assert.equal(e.provenance.certainty, 'alleged');
    assert.equal(e.provenance.reporting_verb, 'alleged');
    assert.ok(e.rules.includes('provenance:dated-that'), e.rules.join(','));
  });
}

const speaker = (name: string): ActorRef => ({ text: name, name, code: null, span: [0, name.length], basis: 'stated' });
/** An event of `sentence` (in `text`) told by `verb`, dated by the words `day` of that sentence. */
function told(text: string, sentence: string, trigger: string, verb: string | null, day: string, value: string): Event {
  const e = makeEvent(text, { type: 'ASSAULT', evidence: sentence, trigger, actor: speaker('militants'), certainty: 'alleged', source: verb ? speaker('the chief') : 'outlet' });
  const at = text.indexOf(day, e.evidence.span[0]);
  return { ...e, provenance: { ...e.provenance, reporting_verb: verb }, date: { value, precision: 'day', text: day, span: [at, at + day.length], basis: 'stated' } };
}

const TELLING: ReadonlyArray<readonly [string, string, string]> = [
  ['The police chief alleged Friday that militants shelled the post.', 'alleged', 'Friday'],
  ['Officials said on Monday that gunmen stormed the village.', 'said', 'Monday'],
  ['The army claimed late Sunday that rebels attacked the convoy.', 'claimed', 'Sunday'],
];
test('telling-date: the day right after the mention\'s reporting verb dates the telling; a day in the reported clause does not', () => {
  for (const [sentence, verb, day] of TELLING) {
    assert.equal(datesTheTelling(told(sentence, sentence, verb, verb, day, '2024-05-09')), true, sentence);
    const reported = sentence.replace(` ${day}`, '').replace(/\.$/, ` on ${day}.`);
    assert.equal(datesTheTelling(told(reported, reported, verb, verb, day, '2024-05-09')), false, reported);
  }
});

test('telling-date: merged mentions keep the story\'s day over the day a later speaker told it', () => {
  for (const [second, verb, day] of TELLING) {
    const lead = 'Militants attacked the border post near Mandera, officials say.';
    const text = `${lead} ${second}`;
    const a = { ...makeEvent(text, { type: 'ASSAULT', evidence: lead, trigger: 'attacked', actor: speaker('militants'), certainty: 'alleged' }),
      date: { value: '2024-05-07', precision: 'day' as const, text: 'late Tuesday', span: null, basis: 'inferred' as const } };
    const b = told(text, second, second.split(' that ')[1].split(' ')[1], verb, day, '2024-05-09');
    assert.deepEqual(spanOf(text, second), b.evidence.span);
    const [merged, ...rest] = mergeCoreferent([a, b], text);
    assert.equal(rest.length, 0, 'one event');
    assert.equal(merged.date?.value, '2024-05-07', second);
    // a day the second mention states in its own clause still wins
    const stated = second.replace(` ${day}`, '').replace(/\.$/, ` on ${day}.`);
    const text2 = `${lead} ${stated}`;
    const a2 = { ...a, evidence: { sentence: lead, span: spanOf(text2, lead) } };
    const [merged2] = mergeCoreferent([a2, told(text2, stated, stated.split(' that ')[1].split(' ')[1], verb, day, '2024-05-09')], text2);
    assert.equal(merged2.date?.value, '2024-05-09', stated);
  }
});
