import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';
import type { Event } from '../../src/schema/event.ts';

// What an act was told in ("in a video", "in a televised statement") holds neither its target nor its sense:
//  - the word window stops at it (src/extract/saying-vehicle.ts, used by roles.ts `findObject`), and a participle
//    past it describes the vehicle wherever the parser hung it (tree-targets.ts `penaltyParticiple`): "claimed the
//    raid in a video shared on social media" landed on the media, "threatened attacks in a video posted on
//    Telegram" on Telegram;
//  - a sense row's object words are read up to the vehicle too (src/core/word-sense.ts `argumentNear`): "claimed
//    the attack in a televised statement" was an "attack on a statement", ACCUSE.
// Sentences written for this file.
const coder = createCoder(loadKnowledge());
const brief = (e: Event) => `${e.type} ${e.actor?.text ?? null} > ${e.target?.text ?? null}`;
const code = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null }).map(brief);

const CASES: Array<[string, string[]]> = [
  ['The Viv Ansanm gang coalition claimed responsibility for the raid in a video shared on social media.', ['ASSAULT Viv Ansanm gang coalition > null']],
  ['The group threatened more attacks in a video posted on Telegram.', ['THREATEN The group > null']],
  ['The militants threatened new strikes in a statement published on their website.', ['THREATEN The militants > null']],
  ['The Houthis claimed responsibility for the attack in a televised statement.', ['ASSAULT Houthis > null']],
  ['Al-Shabaab claimed responsibility for the bombing in a radio broadcast.', ['ASSAULT Al-Shabaab > null']],
  // the object named before the vehicle stays
  ['The group threatened attacks on Israel in a video posted online.', ['THREATEN The group > Israel']],
  ['Hamas accused Israel in a statement of killing civilians.', ['ACCUSE Hamas > Israel', 'ASSAULT Israel > civilians']],
  ['The army attacked the rebels in a dawn raid.', ['ASSAULT army > rebels']],
];
for (const [text, expected] of CASES) {
  test(`a saying vehicle holds no target or sense: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(code(text), expected);
  });
}
