import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Targets read off the dependency tree beyond the direct object (src/extract/tree-roles, docs/tree-roles.md):
// the pattern's own preposition, whom a request asks, the purpose of a means, the act a toll reports on.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [construction class, sentence, event type, expected target text (null: no target)]
const CASES: Array<[string, string, string, string | null]> = [
  // "take control of": the place after the pattern's "of" is what is taken, not where
  ['pattern preposition: control of a place', 'Rebel fighters took control of Kidal on Sunday.', 'ASSAULT', 'Kidal'],
  ['pattern preposition: control of a place', 'The militia seized control of the airport after heavy fighting.', 'ASSAULT', 'the airport'],
  ['pattern preposition: control of a place', 'Jihadists have taken control of the town and nearby villages.', 'ASSAULT', 'the town and nearby villages'],
  // whom a request asks: the object of "urge X to", the subject of "demand that X", the pattern's "on"/"to"
  ['request: object control', 'The minister urged the rebels to lay down their arms.', 'REQUEST', 'the rebels'],
  ['request: object control', 'Brazil pressed the junta to free the detained journalists.', 'REQUEST', 'junta'],
  ['request: object control', 'The envoy asked the militia leaders to open the road.', 'REQUEST', 'the militia leaders'],
  ['request: subject of the asked clause', 'Egypt demanded that the Israeli side halt the demolitions.', 'REQUEST', 'the Israeli side'],
  ['request: subject of the asked clause', 'The union demanded that the ministry pay the teachers.', 'REQUEST', 'the ministry'],
  ['request: subject of the asked clause', 'Lawmakers demanded that the cabinet resign immediately.', 'REQUEST', 'the cabinet'],
  ['request: the pattern\'s preposition', 'The president called on the gunmen to release the hostages.', 'REQUEST', 'the gunmen'],
  ['request: the pattern\'s preposition', 'Chad appealed to the African Union for more troops.', 'REQUEST', 'African Union'],
  ['request: the pattern\'s preposition', 'The activists called on the police to stop the beatings.', 'REQUEST', 'police'],
  ['request: "for X to"', 'The opposition renewed its calls for the president to step down.', 'REQUEST', 'the president'],
  ['request: "for X to"', 'Protesters issued calls for the governor to resign.', 'REQUEST', 'the governor'],
  ['request: "for X to"', 'The opposition leader repeated his calls for the prime minister to resign.', 'REQUEST', 'the prime minister'],
  ['request: the doer of the act asked for', 'Parliament called for the withdrawal of all foreign troops.', 'REQUEST', 'foreign troops'],
  ['request: the doer of the act asked for', 'The senate called for a swift withdrawal of the foreign forces.', 'REQUEST', 'the foreign forces'],
  ['request: the doer of the act asked for', 'Kenya called for the immediate release of the detained aid workers.', 'REQUEST', null],
  // what is asked for is no addressee: "called for sanctions against X" asks nobody named
  ['request: content is no target', 'The senators called for more sanctions against the mining companies.', 'REQUEST', null],
  ['request: content is no target', 'The party called for new measures against the traffickers.', 'REQUEST', null],
  ['request: content is no target', 'The United Nations called for a ceasefire between the army and the rebels.', 'REQUEST', null],
  ['request: content is no target', 'The president renewed calls for sanctions against the militia leaders.', 'REQUEST', null],
  // a protest's purpose names whom it asks
  ['protest: whom its purpose asks', 'Hundreds of opposition supporters took to the streets on Monday to demand the government release the prisoners.', 'PROTEST', 'the government'],
  ['protest: whom its purpose asks', 'Farmers marched on the capital to urge the ministry to cut fuel prices.', 'PROTEST', 'the ministry'],
  ['protest: whom its purpose asks', 'Thousands of protesters rallied in the square to urge the mayor to resign.', 'PROTEST', 'the mayor'],
  // a means with no landing of its own lands where its purpose clause does
  ['assault: the purpose of the act', 'The rebels started an offensive in May to seize control of the provincial capital.', 'ASSAULT', 'the provincial capital'],
  ['assault: the purpose of the act', 'The militia began a campaign last year to take control of the oil fields.', 'ASSAULT', 'the oil fields'],
  ['assault: the purpose of the act', 'The army launched a push on Friday to retake control of the highway.', 'ASSAULT', 'the highway'],
  // the toll verb of a named act, which a greedy parse hangs under the act or its target with no subject of its own
  ['toll of a named act: the act it hangs under', 'Meanwhile, officials in Kandahar confirmed a late-night Taliban raid against a border post in the district killed seven Afghan soldiers and wounded four others.', 'ASSAULT', 'a border post'],
  ['toll of a named act: the act it hangs under', 'Officials in Gao confirmed an overnight jihadist raid against a military camp in the region killed ten Malian soldiers and wounded two others.', 'ASSAULT', 'a military camp'],
  ['toll of a named act: the act it hangs under', 'Officials in Ghazni confirmed a Taliban raid against a district compound in the province killed four policemen and wounded three others.', 'ASSAULT', 'a district compound'],
];

for (const [name, sentence, type, expected] of CASES) {
  test(`tree target — ${name}: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type} in ${JSON.stringify(code(sentence).map((e) => e.type))}`);
    // the phrase may start at its determiner or at its name ("the ministry" or "ministry"): both name it
    const bare = (t: string | null) => t && t.replace(/^the /i, '');
    const targets = events.map((e) => bare(e.target?.text ?? null));
    assert.ok(targets.includes(bare(expected)), `${type} targets ${JSON.stringify(targets)}, expected ${JSON.stringify(expected)}; rules ${events[0].rules.join(' ')}`);
  });
}
