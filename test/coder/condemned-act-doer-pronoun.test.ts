import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createCoder } from '../../src/core/index.ts';

// (session 45: a condemnation accuses only a doer its own sentence names, targets-classes-45; these name none, so no
// target, and never the witness's pronoun.) A condemnation of an act told before accuses its doer (src/core/condemned-act-doer.ts); a witness's "they" that no
// one was found for names no doer, so the doer is the act's named actor before it. Articles written for this file.
const coder = createCoder(loadKnowledge());
const ARTICLES: Array<[string, string | null]> = [
  ['Gunmen attacked a village in central Mali on Sunday, killing 20 people, officials said.\n\n"They came at night and started shooting," a resident told reporters.\n\nThe United Nations condemned the killings.', null],
  ['Rebels shelled a market in the eastern town of Sake on Tuesday, the army said.\n\n"We heard explosions and then they fired at the crowd," said one trader.\n\nThe European Union condemned the attack.', null],
  ['Militants stormed a police post in the north on Friday, officials said.\n\n"They shot at everyone they saw," one officer said.\n\nThe interior minister condemned the attack.', null],
];
for (const [text, doer] of ARTICLES) {
  test(`the condemned act's doer is no unnamed pronoun: ${JSON.stringify(text.slice(0, 40))}`, { timeout: 60_000 }, () => {
    const events = coder.code({ id: 'x', text, published: '2024-05-13', title: null });
    const condemned = events.filter((e) => e.type === 'ACCUSE' && e.trigger.text === 'condemned');
    assert.deepEqual(condemned.map((e) => e.target?.text ?? null), [doer]);
  });
}
