import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import { parserTodo } from './parser-known-failures.ts';

// Where an act lands, read off the tree (src/extract/tree-roles): "fired into X", whom a thing or place is taken
// from, whom a deployment is against, and a phrasal verb's particle kept out of its object.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [construction class, sentence, event type, expected target text (null: no target)]
const CASES: Array<[string, string, string, string | null]> = [
  // "into" names what a shot lands on
  ['fired into', 'Gunmen fired into the crowd.', 'ASSAULT', 'the crowd'],
  ['fired into', 'Soldiers fired into a crowd of protesters in the capital.', 'ASSAULT', 'a crowd of protesters'],
  ['fired into', 'Police fired live rounds into the crowd.', 'ASSAULT', 'the crowd'],
  // a shot aimed nowhere lands on no one; the purpose may still name whom
  ['aimed nowhere', 'Troops fired into the air after the blast.', 'ASSAULT', null],
  ['aimed nowhere', 'Troops fired into different directions after the explosion.', 'ASSAULT', null],
  ['aimed nowhere', 'Soldiers fired into the air to disperse the protesters.', 'ASSAULT', 'protesters'],
  // what is taken is a thing or a place; whom it is taken from is the target
  ['taken from', 'Government forces recaptured Kunduz from the Taliban.', 'ASSAULT', 'Taliban'],
  ['taken from', 'Chadian troops have retaken a village in northeastern Nigeria from the militants.', 'ASSAULT', 'the militants'],
  ['taken from', 'Rebels seized the airport from government forces on Sunday.', 'ASSAULT', 'government forces'],
  ['taken from', 'Militants seized two trucks from the army on Friday.', 'COERCE', 'army'],
  // the force moved is the actor's own: whom the move is against is its purpose's target
  ['mobilized against', 'Kenya sent troops to fight al-Shabab militants.', 'MOBILIZE', 'al-Shabab militants'],
  ['mobilized against', 'The government deployed soldiers to confront the rebels in the north.', 'MOBILIZE', 'rebels'],
  ['mobilized against', 'Chad and Cameroon recently deployed forces to combat Boko Haram.', 'MOBILIZE', 'Boko Haram'],
  ['moved force is no target', 'The army deployed more troops in the area.', 'MOBILIZE', null],
  ['moved force is no target', 'The navy deployed two warships to the gulf.', 'MOBILIZE', null],
  ['moved force is no target', 'Russia sent more soldiers to the border region.', 'MOBILIZE', null],
  // "take back", "win back": the particle, misread as the object's first word, is the verb's
  ['phrasal particle', 'The army launched an offensive last month to take back areas of the north seized by rebels.', 'ASSAULT', 'areas of the north'],
  ['phrasal particle', 'Troops launched an operation in May to win back areas of the east held by the militia.', 'ASSAULT', 'areas of the east'],
  ['phrasal particle', 'The area was a rebel stronghold until the army launched an offensive this year to take back areas of the west seized by militants.', 'ASSAULT', 'areas of the west'],
  // a penalty's on/against oblique names whom it is against, where the window found no one
  ['penalty landing', 'Washington threatened tough sanctions against the country\'s oil sector.', 'THREATEN', 'the country\'s oil sector'],
  ['penalty landing', 'The United States threatened sanctions against the oil sector.', 'THREATEN', 'the oil sector'],
  ['penalty landing', 'Britain threatened sanctions against the mining industry.', 'THREATEN', 'the mining industry'],
  // the actor's own pact, described by a clause with the actor again as subject: whom it was made with is the target
  ['agreement partner', 'Ethiopia finally accepted the peace deal it signed with Eritrea in 2000.', 'AGREE', 'Eritrea'],
  ['agreement partner', 'Kenya ratified the treaty it had signed with Uganda.', 'SUPPORT', 'Uganda'],
  ['agreement partner', 'The junta accepted the truce it negotiated with the rebels in May.', 'AGREE', 'rebels'],
  ['agreement partner', 'Colombia endorsed the peace accord it signed with the FARC rebels.', 'SUPPORT', 'FARC rebels'],
  // an act noun marked "under" lands on the subject of the verb it hangs on
  ['under attack', 'Government positions came under heavy shelling from rebel artillery.', 'ASSAULT', 'Government positions'],
  ['under attack', 'The base came under rocket fire from Iran-backed militias.', 'ASSAULT', 'The base'],
  ['under attack', 'A UN convoy came under attack from gunmen near Goma.', 'ASSAULT', 'A UN convoy'],
];

for (const [name, sentence, type, expected] of CASES) {
  test(`landing target — ${name}: ${sentence}`, { timeout: 60_000, ...parserTodo(sentence) }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type} in ${JSON.stringify(code(sentence).map((e) => e.type))}`);
    const bare = (t: string | null) => t && t.replace(/^the /i, '');
    const targets = events.map((e) => bare(e.target?.text ?? null));
    assert.ok(targets.includes(bare(expected)), `${type} targets ${JSON.stringify(targets)}, expected ${JSON.stringify(expected)}; rules ${events[0].rules.join(' ')}`);
  });
}
