import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Who did not say something is no source (src/core/hedged-act.ts accusedActModality, src/provenance/frames.ts):
//  - an accusation negated or refrained from accuses no one, and the act it names is nobody's allegation;
//  - "No group has claimed the bombing, which killed 12": a speaker who is no one says nothing, and the act is the
//    outlet's report. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const source = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);
const brief = (e: Event) => `${e.type} ${e.actor?.code ?? e.actor?.text ?? null} ${e.provenance.certainty} by ${source(e)}`;

const CASES: Array<[string, string, string[]]> = [
  ['accusation refrained from', 'The president stopped short of accusing Moscow of the attack.', []],
  ['accusation refrained from', 'The government refrained from accusing Iran of carrying out the strike.', []],
  ['accusation refrained from', 'The army did not accuse the rebels of attacking the convoy.', []],
  ['accusation made (unchanged)', 'The president accused Moscow of the attack.', ['ACCUSE The president asserted by outlet', 'ASSAULT RUS alleged by The president']],
  ['accusation made (unchanged)', 'The minister blamed the rebels for the bombing of the bridge.', ['ACCUSE The minister asserted by outlet', 'ASSAULT the rebels alleged by The minister']],
  ['nobody claims', 'No group has claimed responsibility for the bombing, which killed 12 people.', ['ASSAULT null asserted by outlet']],
  ['nobody claims', 'None of the militant groups has claimed the blast, which killed 20 people at a market.', ['ASSAULT null asserted by outlet']],
  ['nobody claims', 'No one has claimed the attack, in which gunmen killed four police officers.', ['ASSAULT gunmen asserted by outlet']],
  ['somebody claims (unchanged)', 'The Islamic State group claimed the bombing, which killed 12 people.', ['ASSAULT islamic-state claimed by Islamic State group']],
];

for (const [name, text, expected] of CASES) {
  test(`unsaid — ${name}: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text).map(brief), expected);
  });
}
