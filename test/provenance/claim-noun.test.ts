import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// A noun of saying with its "that" clause (data/lexicon/claim-nouns.tsv, src/provenance/claim-noun.ts): what the
// clause tells is the noun's owner's word, and a pronoun in it means the owner; a denial of the claim is the denier's
// (provenance:denied-claims), and the denied act is kept. Sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const source = (e: Event) => (e.provenance.source === 'outlet' ? 'outlet' : e.provenance.source.text);
const brief = (e: Event) => `${e.type} ${e.actor?.code ?? e.actor?.text ?? null} ${e.provenance.certainty} by ${source(e)}`;
const of = (text: string, type: string) => code(text).filter((e) => e.type === type).map(brief);

const CASES: Array<[string, string, string, string]> = [
  // the owner a possessor: its word, and "it" or "they" in the clause is the owner
  ['possessor', 'Kyiv did not comment on Russia\'s claim that it had captured the village.', 'ASSAULT', 'ASSAULT RUS claimed by Russia'],
  ['possessor', 'Russia\'s claim that it had captured the village could not be verified.', 'ASSAULT', 'ASSAULT RUS claimed by Russia'],
  ['possessor', 'Washington welcomed Iran\'s announcement that it had released two American prisoners.', 'RETREAT', 'RETREAT IRN claimed by Iran'],
  ['possessor', 'The Pentagon confirmed Iran\'s claim that its navy had seized a tanker in the Gulf.', 'COERCE', 'COERCE IRNMIL claimed by Iran'],
  ['possessor, no code', 'There was no confirmation of the rebels\' claim that they had killed 40 soldiers.', 'ASSAULT', 'ASSAULT they claimed by the rebels'],
  ['possessor, no code', 'The minister\'s admission that troops had fired on protesters angered the opposition.', 'ASSAULT', 'ASSAULT troops claimed by The minister'],
  // no owner: a claim or an allegation is alleged with nobody named; an announcement is the outlet's report
  ['no owner', 'The claim that Russian troops had withdrawn from the town proved false.', 'RETREAT', 'RETREAT RUSMIL alleged by outlet'],
  ['no owner', 'Human rights groups investigated allegations that police had beaten detainees.', 'ASSAULT', 'ASSAULT police alleged by outlet'],
  ['no owner', 'Officials welcomed the announcement that the rebels had freed 20 hostages.', 'RETREAT', 'RETREAT the rebels asserted by outlet'],
  // a denial of the claim: denied by the denier, the act kept (it was dropped as the content of a rejection)
  ['denied', 'Moscow rejected Kyiv\'s claim that its forces had shelled the plant.', 'ASSAULT', 'ASSAULT UKRMIL denied by Moscow'],
  ['denied', 'The army dismissed the rebels\' claim that they had shot down a helicopter.', 'ASSAULT', 'ASSAULT they denied by army'],
  ['denied', 'Israel disputed the Hamas claim that its fighters had destroyed three tanks.', 'ASSAULT', 'ASSAULT hamas denied by Israel'],
  ['denied', 'Russia denied the accusation that its jets had bombed a hospital.', 'ASSAULT', 'ASSAULT RUSMIL denied by Russia'],
];

for (const [name, text, type, expected] of CASES) {
  test(`claim noun — ${name}: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(of(text, type), [expected]);
  });
}

// "that" opening a relative clause is no claim's content: the statement's own verb is the issuer's act
test('claim noun — a relative "that" is no content clause', { timeout: 60_000 }, () => {
  assert.deepEqual(of('The ministry issued a statement that condemned the attack on the embassy.', 'ACCUSE'), ['ACCUSE ministry asserted by outlet']);
});
