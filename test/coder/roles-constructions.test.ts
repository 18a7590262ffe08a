import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Actor and target classes of construction (PLOVER: the actor initiates, the recipient is whom the act is
// directed at). Each row names its class; rows marked "keep" are neighbours the class must not change.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

type Role = 'actor' | 'target';
// [construction class, sentence, event type, role, expected text (null: the role is empty), rule the event carries]
const CASES: Array<[string, string, string, Role, string | null, string | null]> = [
  // a relative clause with a speaker in it: "which X said killed" — X says it, the clause's pronoun did it
  ['reported relative', 'The army said the blast, which police said killed 12 people, was caused by a truck bomb.', 'ASSAULT', 'actor', null, 'roles:reported-relative'],
  ['reported relative', 'India accused Pakistan of starting the clash, which it said killed an Indian soldier.', 'ASSAULT', 'actor', 'Pakistan', 'roles:reported-relative'],
  ['reported relative', 'Officials blamed the rebels, who witnesses said burned two villages, for the unrest.', 'ASSAULT', 'actor', 'the rebels', null],
  ['reported relative', 'Kenya accused al-Shabab of the raid, which it said killed four soldiers.', 'ASSAULT', 'actor', 'al-Shabab', 'roles:reported-relative'],
  ['keep: relative with its own subject', 'The rebels, who stormed the town on Monday, killed 12 people.', 'ASSAULT', 'actor', 'The rebels', null],
  ['keep: denied doing', 'Russia denied attacking the convoy near the border.', 'ASSAULT', 'actor', 'Russia', null],
  // condemning an act that befell someone ("X's arrest", "the killing of X") accuses its doer, not X
  ['condemned undergone act', 'The European Union condemned the opposition leader\'s arrest.', 'ACCUSE', 'target', null, 'roles:tree-condemned-act-undergoer'],
  ['condemned undergone act', 'Germany condemned the arrest of opposition leader Ali Bongo.', 'ACCUSE', 'target', null, 'roles:tree-condemned-act-undergoer'],
  ['condemned undergone act', 'Rights groups condemned the killing of three journalists in Mogadishu.', 'ACCUSE', 'target', null, 'roles:tree-condemned-act-undergoer'],
  ['condemned undergone act', 'Police detained dozens of students in Minsk on Friday. Lithuania condemned the detention of the students.', 'ACCUSE', 'target', 'Police', 'target:condemned-act-doer'],
  ['keep: condemned doer\'s act', 'France condemned Russia\'s invasion of Ukraine.', 'ACCUSE', 'target', 'Russia', null],
  ['keep: condemned a person', 'The president condemned the opposition leader for inciting violence.', 'ACCUSE', 'target', 'the opposition leader', null],
  // a demand for an act that befalls someone ("the release of X") does not ask X
  ['demanded undergone act', 'Militants demanded the release of their jailed commander.', 'REQUEST', 'target', null, 'roles:tree-request-content-no-target'],
  ['demanded undergone act', 'Protesters demanded the release of students who were detained last week.', 'REQUEST', 'target', null, 'roles:tree-request-content-no-target'],
  ['demanded undergone act', 'The union called for the freeing of two detained reporters.', 'REQUEST', 'target', null, 'roles:tree-request-content-no-target'],
  ['keep: asked act\'s doer', 'The UN called for the withdrawal of foreign troops.', 'REQUEST', 'target', 'foreign troops', 'roles:tree-addressee-for-act-of'],
  ['keep: demanded the doer\'s act', 'Protesters demanded the resignation of the prime minister.', 'REQUEST', 'target', 'the prime minister', null],
  ['keep: asked whom', 'Protesters called on the government to release the detained students.', 'REQUEST', 'target', 'government', null],
];

const bare = (t: string | null) => t && t.replace(/^the /i, '');

for (const [name, sentence, type, role, expected, rule] of CASES) {
  test(`role class — ${name}: ${sentence}`, { timeout: 60_000 }, () => {
    const all = code(sentence);
    const events = all.filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type} in ${JSON.stringify(all.map((e) => e.type))}`);
    const fills = events.map((e) => bare(e[role]?.text ?? null));
    const hit = events.find((e) => bare(e[role]?.text ?? null) === bare(expected));
    assert.ok(hit, `${type} ${role}s ${JSON.stringify(fills)}, expected ${JSON.stringify(expected)}; rules ${events[0].rules.join(' ')}`);
    if (rule) assert.ok(hit.rules.includes(rule), `expected rule ${rule} in ${hit.rules.join(' ')}`);
  });
}
