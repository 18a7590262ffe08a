import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// "condemned the strike" accuses whoever did the act told before with that noun (or its verb: "the shelling" ←
// "shelled"), before the latest act of the type (src/core/condemned-act-doer.ts): another side's answer told in
// between is not the act condemned. Sentences written for this file. (Session 45: the doer stands only where the
// condemnation's own sentence names it, targets-classes-45; none of these does, so no target.)
const coder = createCoder(loadKnowledge());
const accused = (text: string) => coder.code({ id: 'x', text, published: '2024-05-13', title: null })
  .filter((e) => e.type === 'ACCUSE').map((e) => `${e.actor?.text ?? null} > ${e.target?.code ?? null}`);

const CASES: Array<[string, string[]]> = [
  ["An Israeli drone strike killed a Hezbollah commander on Tuesday. Hezbollah later fired rockets at an army base in northern Israel. Lebanon's prime minister condemned the strike.", ["Lebanon's prime minister > null"]],
  ['Russian forces shelled the market in Kherson on Monday. Ukrainian troops later attacked a Russian convoy near Bakhmut. The U.N. condemned the shelling.', ['U.N. > null']],
  ['Kenyan troops bombed an al-Shabab camp on Friday. Al-Shabab fighters later ambushed a Kenyan patrol near the border. Kenya\'s opposition criticized the bombing.', ["Kenya's opposition > null"]],
  // no act told with the noun: the latest act of the type
  ['Russian forces shelled the market in Kherson on Monday. Ukrainian troops later attacked a Russian convoy near Bakhmut. The U.N. condemned the attack.', ['U.N. > null']],
];
for (const [text, expected] of CASES) {
  test(`the condemned act is the one told with its noun: ${text}`, { timeout: 60_000 }, () => {
    assert.deepEqual(accused(text), expected);
  });
}
