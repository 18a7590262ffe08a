import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { testRepairCases, type RepairCase } from '../extract/repair-cases.ts';

// A finite verb after "and" or "but" (a tensed auxiliary of its own, or a past form) is the subject's second act, never
// the conjunct of the "to"-infinitive before it, which coordinates only with infinitives:
//  - the tree: tree-repair:finite-conjunct-of-infinitive hangs it on the verb that governs the infinitive, so the
//    promise or threat does not hold it ("has vowed to expand ... and has rejected offers" had no REJECT);
//  - the word window: no modality cue before the "and" governs it (src/extract/modality.ts `finiteConjunctStart`;
//    "promised to hold elections and released 40 prisoners" made the release a planned one).
// Sentences written for this file.
const CASES: RepairCase[] = [
  ['"has vowed to expand ... and has rejected"',
    'Kim/PROPN/2/nsubj has/AUX/2/aux vowed/VERB/-1/root to/PART/4/mark expand/VERB/2/xcomp arsenal/NOUN/4/obj and/CCONJ/8/cc has/AUX/8/aux rejected/VERB/4/conj offers/NOUN/8/obj',
    'tree-repair:finite-conjunct-of-infinitive', ['rejected>2:conj']],
  ['a second infinitive stays', 'Rebels/NOUN/1/nsubj plan/VERB/-1/root to/PART/3/mark attack/VERB/1/xcomp city/NOUN/3/obj and/CCONJ/7/cc to/PART/7/mark seize/VERB/3/conj airport/NOUN/7/obj', null, []],
];
testRepairCases(CASES);

const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.trigger.text} ${e.provenance.certainty}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const EVENTS: Array<[string, string[]]> = [
  ['North Korean leader Kim Jong Un has vowed to expand his nuclear arsenal and has rejected offers of dialogue from Washington.', ['THREATEN vowed to asserted', 'REJECT rejected offers asserted']],
  ['The junta promised to hold elections and released 40 political prisoners.', ['AGREE promised to hold elections asserted', 'RETREAT released 40 political prisoners asserted']],
  ['The army chief vowed to crush the insurgency and has ordered more troops to the north.', ['THREATEN vowed to crush asserted', 'MOBILIZE ordered more troops to asserted']],
  ['The government pledged to protect protesters but arrested dozens of activists overnight.', ['AGREE pledged to protect asserted', 'COERCE arrested asserted']],
  // an infinitive's conjunct keeps the plan
  ['The rebels plan to attack the capital and seize the airport.', ['ASSAULT attack planned', 'ASSAULT seize the airport planned']],
  // and a passive chain keeps its modal
  ['The army could be deployed and forced to fire on protesters.', ['MOBILIZE deployed hypothetical', 'COERCE forced to hypothetical', 'ASSAULT fire on protesters hypothetical']],
];
for (const [text, expected] of EVENTS) {
  test(`a finite conjunct is the subject's own act: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
