import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';
import { participantsOf } from '../../src/core/participants.ts';
import { TreeView, type DependencyTree } from '../../src/extract/tree-roles/index.ts';
import { subjectNode } from '../../src/extract/tree-roles/subject-node.ts';
import type { Token } from '../../src/nlp/types.ts';

// Who acts, read off the dependency tree (src/extract/tree-roles/tree-actors.ts): the subject through
// control and relative clauses, the `by` agent of a passive, appositions, coordination, event-noun owners.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });
const who = (a: Event['actor']) => [a?.code, a?.name, a?.text].filter(Boolean).join(' ').toLowerCase();

// [construction class, sentence, event type, expected actors (code or name fragment; '-' for none), expected target or null]
// Coordinated subjects are actors of one event (its `actors` list), not one event each (participants.ts).
const CASES: Array<[string, string, string, string[], string | null]> = [
  ['subject far from its verb', 'Taliban gunmen, who had hidden in the hills for days, ambushed a police convoy on Sunday.', 'ASSAULT', ['taliban'], 'convoy'],
  ['subject far from its verb', 'The Iraqi army, after weeks of preparation and heavy bombardment, recaptured the town from Islamic State on Friday.', 'ASSAULT', ['IRQMIL'], null],
  ['subject far from its verb', 'Boko Haram, the jihadist group, attacked a village in Borno state on Friday.', 'ASSAULT', ['boko-haram'], 'village'],
  ['passive with a by agent', 'An army convoy was ambushed by Taliban fighters near the border on Monday.', 'ASSAULT', ['taliban'], 'convoy'],
  ['passive with a by agent', 'Two journalists were arrested by Egyptian police in Cairo on Tuesday.', 'COERCE', ['EGYCOP'], 'journalists'],
  ['passive with a by agent', 'A police station was attacked by al-Shabab militants on Sunday.', 'ASSAULT', ['al-shabaab'], 'station'],
  ['passive without agent: its subject is the target', 'Three soldiers were killed in Kandahar on Monday.', 'ASSAULT', ['-'], 'soldiers'],
  ['passive without agent: its subject is the target', 'Two aid workers were kidnapped in northern Mali on Friday.', 'ASSAULT', ['-'], 'aid workers'],
  ['passive without agent: its subject is the target', 'A government building was shelled in Donetsk on Sunday.', 'ASSAULT', ['-'], 'building'],
  ['apposition names the same participant', 'Al-Shabab, a Somali militant group, attacked an army base on Monday.', 'ASSAULT', ['al-shabaab'], null],
  ['apposition names the same participant', 'Hamas, the militant group that rules Gaza, fired rockets at Israel on Tuesday.', 'ASSAULT', ['hamas'], 'ISR'],
  ['apposition names the same participant', 'Boko Haram, the jihadist group, attacked a village in Borno state on Friday.', 'ASSAULT', ['boko-haram'], null],
  ['relative clause takes its head noun as subject', 'Police arrested the gunmen who attacked the embassy in Kabul on Monday.', 'ASSAULT', ['gunmen'], 'embassy'],
  ['relative clause takes its head noun as subject', 'The soldiers who stormed the village on Monday killed five civilians, residents said.', 'ASSAULT', ['soldiers'], null],
  ['relative clause takes its head noun as subject', 'Police arrested the gunmen who attacked the embassy in Kabul on Monday.', 'COERCE', ['police'], 'gunmen'],
  ['coordinated subjects are two actors of one event', 'Russia and Belarus launched joint military exercises on Monday.', 'COOPERATE', ['RUS', 'BLR'], null],
  ['coordinated subjects are two actors of one event', 'Iran and Syria condemned the Israeli airstrike on Tuesday.', 'ACCUSE', ['IRN', 'SYR'], null],
  ['coordinated subjects are two actors of one event', 'Egypt and Qatar mediated talks between Israel and Hamas on Sunday.', 'CONSULT', ['EGY', 'QAT'], null],
  ['event noun with a possessor or an owner modifier', 'Russian shelling killed three civilians in Kherson on Monday.', 'ASSAULT', ['RUS'], null],
  ['event noun with a possessor or an owner modifier', "Israel's airstrikes killed 12 people in Gaza on Sunday.", 'ASSAULT', ['ISR'], null],
  ['event noun with a possessor or an owner modifier', 'Turkish drone strikes hit Kurdish positions in northern Iraq on Friday.', 'ASSAULT', ['TUR'], null],
  ['control: the governing verb has the subject', 'The Syrian army claimed to have recaptured the town on Sunday.', 'ASSAULT', ['SYRMIL'], 'town'],
  ['control: the governing verb has the subject', 'Ukrainian forces tried to retake the village on Monday.', 'ASSAULT', ['UKRMIL'], 'village'],
  ['control: the governing verb has the subject', 'Nigerian troops stormed a militant camp and killed 20 fighters on Tuesday.', 'ASSAULT', ['NGAMIL'], null],
];

for (const [name, sentence, type, actors, target] of CASES) {
  test(`tree actor — ${name}: ${sentence}`, { timeout: 60_000 }, () => {
    const events = code(sentence).filter((e) => e.type === type);
    const got = events.map((e) => `${e.actor?.text ?? '-'}>${e.target?.text ?? '-'} [${e.rules.join(',')}]`);
    for (const actor of actors) {
      const found = events.filter((e) => (actor === '-' ? e.actor === null : participantsOf(e, 'actor').some((a) => who(a).includes(actor.toLowerCase()))));
      assert.ok(found.length > 0, `no ${type} by ${actor} in ${JSON.stringify(got)}`);
      if (target) assert.ok(found.some((e) => who(e.target).includes(target.toLowerCase())), `no target ${target} in ${JSON.stringify(got)}`);
    }
    if (actors.length > 1) assert.equal(events.length, 1, `one event for coordinated actors: ${JSON.stringify(got)}`);
  });
}

// The climb itself, on hand-built trees (so a retrained parser cannot change what is tested).
function view(words: string[], heads: number[], labels: string[]): TreeView {
  const tokens = words.map((w, i) => ({ index: i, text: w, lower: w.toLowerCase(), lemma: w.toLowerCase(), pos: 'X', start: i, end: i + 1, sentence: 0 })) as Token[];
  const tree: DependencyTree = { offset: 0, heads: Int32Array.from(heads), labels, upos: words.map(() => 'VERB') };
  return new TreeView(tree, tokens);
}

test('subjectNode climbs xcomp, conj and advcl to the verb that has the subject; an object controls', () => {
  // the army claimed to have recaptured the town
  const xcomp = view(['army', 'claimed', 'to', 'have', 'recaptured', 'town'], [1, -1, 4, 4, 1, 4], ['nsubj', 'root', 'mark', 'aux', 'xcomp', 'obj']);
  assert.equal(subjectNode(xcomp, 4)?.node, 0);
  // troops stormed the camp and killed fighters
  const conj = view(['troops', 'stormed', 'camp', 'and', 'killed', 'fighters'], [1, -1, 1, 4, 1, 4], ['nsubj', 'root', 'obj', 'cc', 'conj', 'obj']);
  assert.equal(subjectNode(conj, 4)?.node, 0);
  // militants attacked a village , killing people
  const advcl = view(['militants', 'attacked', 'village', ',', 'killing', 'people'], [1, -1, 1, 4, 1, 4], ['nsubj', 'root', 'obj', 'punct', 'advcl', 'obj']);
  assert.equal(subjectNode(advcl, 4)?.node, 0);
  // the commander ordered the troops to withdraw
  const control = view(['commander', 'ordered', 'troops', 'to', 'withdraw'], [1, -1, 1, 4, 1], ['nsubj', 'root', 'obj', 'mark', 'xcomp']);
  assert.equal(subjectNode(control, 4)?.node, 2);
});

test('subjectNode reads relative clauses as their head noun, and never climbs into a reporting verb', () => {
  // the group , which stormed the town
  const relcl = view(['group', ',', 'which', 'stormed', 'town'], [-1, 3, 3, 0, 3], ['root', 'punct', 'nsubj', 'acl:relcl', 'obj']);
  assert.equal(subjectNode(relcl, 3)?.node, 0);
  // the gunmen who attacked the embassy (no relative pronoun as subject: acl:relcl alone)
  const bare = view(['gunmen', 'attacked', 'embassy'], [-1, 0, 1], ['root', 'acl:relcl', 'obj']);
  assert.equal(subjectNode(bare, 1)?.node, 0);
  // the paper reported , and troops stormed ... read as conj of "reported": no actor from the speaker
  const reported = view(['paper', 'reported', 'stormed', 'town'], [1, -1, 1, 2], ['nsubj', 'root', 'conj', 'obj']);
  assert.equal(subjectNode(reported, 2, false, (v) => v === 1), null);
  // a passive's subject is its own: "the convoy was ambushed"
  const passive = view(['convoy', 'was', 'ambushed'], [2, 2, -1], ['nsubj:pass', 'aux:pass', 'root']);
  assert.equal(subjectNode(passive, 2, true)?.node, 0);
  assert.equal(subjectNode(passive, 2), null);
});
