import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// Session 18 recall classes: events the coder missed in wire sentences. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null });
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;
const briefs = (text: string) => code(text).map(brief);

function expectAll(name: string, cases: ReadonlyArray<readonly [string, readonly string[]]>): void {
  for (const [text, expected] of cases) {
    test(`${name}: ${text}`, { timeout: 60_000 }, () => {
      const got = briefs(text);
      for (const e of expected) assert.ok(got.includes(e), `${e} not in ${JSON.stringify(got)}`);
    });
  }
}

function expectNone(name: string, type: string, texts: readonly string[]): void {
  for (const text of texts) {
    test(`${name}: ${text}`, { timeout: 60_000 }, () => {
      const got = briefs(text);
      assert.ok(!got.some((b) => b.startsWith(`${type} `)), `no ${type} expected in ${JSON.stringify(got)}`);
    });
  }
}

// "the Nigerian presidency condemned", "nurses went on strike", "a lawyer was detained": offices and occupations wire
// stories name as actors and targets, coded as Phoenix codes them (data/actors/roles.tsv: presidency GOV, nurses HLH,
// lawyers JUD)
expectAll('offices and occupations as roles', [
  ['The Nigerian presidency condemned the attack.', ['ACCUSE Nigerian presidency > null']],
  ['The Ghanaian presidency rejected the report on Monday.', ['REJECT Ghanaian presidency > null']],
  ['Nurses in Zimbabwe went on strike over pay.', ['PROTEST Nurses > null']],
  ['Health workers in Lagos staged a walkout on Monday.', ['PROTEST Health workers > null']],
  ['A prominent lawyer was detained at Minsk airport on Sunday.', ['COERCE null > prominent lawyer']],
]);
test('a role named in a statement is no event by itself', { timeout: 60_000 }, () => {
  assert.deepEqual(briefs('His lawyer said the charges were politically motivated.'), []);
});

// "rejected the results", "rejected the findings": what a vote or an inquiry produced is object enough for a refusal
// (data/lexicon/speech-objects.tsv, types REJECT), not for talks or a welcome
expectAll('a refusal of what a vote or inquiry produced', [
  ['The opposition rejected the results of the presidential election.', ['REJECT The opposition > null']],
  ['The opposition rejected the outcome of the vote on Sunday.', ['REJECT The opposition > null']],
  ['The government rejected the findings of the U.N. report.', ['REJECT government > U.N.']],
]);
expectNone('results are no object for talks', 'CONSULT', ['The ministry discussed the results of the survey.']);
