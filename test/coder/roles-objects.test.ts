import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// Object classes of the role readers (src/extract/roles.ts findObject, tree-roles/node-phrase.ts,
// tree-roles/named-object.ts); sentences written for this file.
const coder = createCoder(loadKnowledge());
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-10', title: null });

// [construction class, sentence, event type, expected target text (null: none)]
const CASES: Array<[string, string, string, string | null]> = [
  // past "and", a name followed by its own verb is the next clause's subject, never the object
  ['next clause subject', 'The senator launched a blistering attack on chipmaker Nvidia and Beijing responded with new export curbs.', 'ACCUSE', 'chipmaker Nvidia'],
  ['next clause subject', 'The minister criticized the streaming service Netflix and Turkey banned the show.', 'ACCUSE', 'Netflix'],
  ['next clause subject', 'The court condemned the miner Vale and Brazil froze its assets.', 'ACCUSE', null],
  // (negative) coordinated objects stay objects
  ['next clause subject', 'Israel accused Hamas and Islamic Jihad of firing rockets.', 'ACCUSE', 'Hamas'],
  // a conjunct the tree hangs on a thing but that opens the next clause is not the thing's
  ['conjunct opening a clause', 'Protesters attacked the local branch of a bank and police fired tear gas.', 'ASSAULT', 'the local branch of a bank'],
  ['conjunct opening a clause', 'Rioters attacked the main office of a bank and police fired tear gas.', 'ASSAULT', 'the main office of a bank'],
  ['conjunct opening a clause', 'Farmers blocked the main entrance of the port and police fired water cannon.', 'PROTEST', null],
  // (negative) the reading stands where nothing after "and" opens a clause on the object
  ['conjunct opening a clause', 'Gunmen attacked the home of a judge and soldiers fired back.', 'ASSAULT', 'judge'],
  // an accusation lands on a firm or a name no gazetteer knows, when its words end in a capitalised name
  ['named object', 'The senator criticized chipmaker Nvidia.', 'ACCUSE', 'chipmaker Nvidia'],
  ['named object', 'China accused the chipmaker Micron of security lapses.', 'ACCUSE', 'chipmaker Micron'],
  ['named object', 'The Kremlin accused the West of meddling.', 'ACCUSE', 'the West'],
  // (negative) a common noun names no one
  ['named object', 'The opposition criticized the decision on Monday.', 'ACCUSE', null],
  ['named object', 'Russia rejected the proposal outright.', 'REJECT', null],
];

for (const [name, sentence, type, expected] of CASES) {
  test(`object class — ${name}: ${sentence}`, { timeout: 60_000 }, () => {
    const all = code(sentence);
    const events = all.filter((e) => e.type === type);
    assert.ok(events.length > 0, `no ${type} in ${JSON.stringify(all.map((e) => e.type))}`);
    const targets = events.map((e) => e.target?.text ?? null);
    assert.ok(targets.includes(expected), `${type} targets ${JSON.stringify(targets)}, expected ${JSON.stringify(expected)}; rules ${events[0].rules.join(' ')}`);
  });
}

// a fight between two sides, stated to happen: the first side acts, the second is the target (PLOVER's dyad)
// [sentence, expected actor, expected target]
const BETWEEN: Array<[string, string | null, string | null]> = [
  ['Clashes between Sudanese army troops and the Rapid Support Forces erupted in Khartoum on Saturday.', 'Sudanese army troops', 'Rapid Support Forces'],
  ['Heavy clashes broke out between Houthi rebels and government forces near Marib.', 'Houthi rebels', 'government forces'],
  ['Clashes between Israeli troops and Palestinian gunmen broke out in Jenin.', 'Israeli troops', 'Palestinian gunmen'],
  // (negative) a fight only named, not stated, gets no sides from "between"
  ['Clashes between Israeli troops and Palestinian gunmen could break out in Jenin, officials warned.', null, null],
];
for (const [sentence, actor, target] of BETWEEN) {
  test(`object class — fight between two sides: ${sentence}`, { timeout: 60_000 }, () => {
    const fights = code(sentence).filter((e) => e.type === 'ASSAULT' && e.rules.includes('roles:tree-between-parties'));
    if (actor === null) return assert.deepEqual(fights.map((e) => e.actor?.text), []);
    assert.ok(fights.some((e) => e.actor?.text === actor && e.target?.text === target), JSON.stringify(fights.map((e) => [e.actor?.text, e.target?.text])));
  });
}

// a move of forces against, toward or closer to a side is directed at that side (its owner for a thing);
// "to" a place alone is only where [sentence, expected target]
const MOVED: Array<[string, string | null]> = [
  ['Turkey deployed troops against Kurdish militants in northern Iraq.', 'militants'],
  ['Army units were moving closer to Houthi positions near the port.', 'Houthi positions'],
  ['Nigeria deployed troops towards Boko Haram strongholds in Borno.', 'Boko Haram'],
  ['India deployed troops to Kashmir on Monday.', null],
];
for (const [sentence, target] of MOVED) {
  test(`object class — move of forces toward a side: ${sentence}`, { timeout: 60_000 }, () => {
    const moves = code(sentence).filter((e) => e.type === 'MOBILIZE');
    assert.ok(moves.length > 0, 'no MOBILIZE');
    assert.ok(moves.some((e) => (e.target?.text ?? null) === target), JSON.stringify(moves.map((e) => e.target?.text)));
  });
}
