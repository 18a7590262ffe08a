import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstWordRetaggedTree, type FirstWordLook } from '../../src/extract/tree-repair/retag-first-word.ts';
import { parse } from './repair-cases.ts';

// A capitalised first word read as the root noun, with the verb after it made a modifier ("Riot police fired tear
// gas"), on hand-built parses of sentences written for this file; the tagger and parser are stood in for (`margin`:
// NOUN's lead over the reading asked for; `again`: the parse with the first word held to it).
function run(plain: string, margins: Readonly<Record<string, number>>, again: string | null) {
  const { tokens, tree } = parse(plain);
  const held: string[] = [];
  const look: FirstWordLook = {
    margin: (_i, tag) => margins[tag] ?? 90_000,
    parse: (words) => {
      held.push(...words.values());
      assert.ok(again, 'no second parse expected');
      return parse(again).tree;
    },
  };
  return { result: firstWordRetaggedTree(tree, tokens, look), held };
}

const KEPT: ReadonlyArray<readonly [string, string, string, Record<string, number>]> = [
  ['a verb read as the modifier of its object',
    'Border/NOUN/-1/root guards/NOUN/0/compound fired/VERB/4/amod warning/NOUN/4/compound shots/NOUN/0/obj',
    'Border/ADJ/1/amod guards/NOUN/2/nsubj fired/VERB/-1/root warning/NOUN/4/compound shots/NOUN/2/obj', { ADJ: 9_000 }],
  ['a verb read as a compound',
    'Opposition/NOUN/-1/root lawmakers/NOUN/0/compound staged/VERB/4/compound a/DET/4/det walkout/NOUN/0/obj',
    'Opposition/PROPN/1/compound lawmakers/NOUN/2/nsubj staged/VERB/-1/root a/DET/4/det walkout/NOUN/2/obj', { PROPN: 20_000, ADJ: 40_000 }],
  ['a verb whose subject stays a compound but takes its object',
    'Riot/NOUN/-1/root police/NOUN/2/compound fired/VERB/4/amod tear/NOUN/4/compound gas/NOUN/0/obj',
    'Riot/PROPN/2/nsubj police/NOUN/2/compound fired/VERB/-1/root tear/NOUN/4/compound gas/NOUN/2/obj', { PROPN: 4_000 }],
];

for (const [name, plain, again, margins] of KEPT) {
  test(`retag first word — ${name}`, { timeout: 10_000 }, () => {
    const { result, held } = run(plain, margins, again);
    assert.ok(result);
    assert.equal(result.id, 'tree-repair:retag-first-word');
    assert.equal(held[0], Object.entries(margins).sort((a, b) => a[1] - b[1])[0][0], 'the closest other reading is held');
    assert.equal(result.tree.heads.findIndex((h) => h < 0), 2, 'the verb is the root');
  });
}

const UNCHANGED: ReadonlyArray<readonly [string, string, Record<string, number>, string | null]> = [
  ['the verb already heads the clause', 'Riot/NOUN/1/compound police/NOUN/2/nsubj fired/VERB/-1/root gas/NOUN/2/obj', { PROPN: 4_000 }, null],
  ['a first word far from another reading', 'Talks/NOUN/-1/root aimed/VERB/2/amod accords/NOUN/0/obj', { PROPN: 70_000, ADJ: 80_000 }, null],
  ['a lowercase first word (no capital to mislead the tagger)', 'police/NOUN/-1/root fired/VERB/2/amod gas/NOUN/0/obj', { PROPN: 4_000 }, null],
  ['a second parse where the verb is still no root',
    'Riot/NOUN/-1/root police/NOUN/0/compound fired/VERB/4/amod tear/NOUN/4/compound gas/NOUN/0/obj', { PROPN: 4_000 },
    'Riot/PROPN/1/compound police/NOUN/-1/root fired/VERB/1/acl tear/NOUN/4/compound gas/NOUN/2/obj'],
];

for (const [name, plain, margins, again] of UNCHANGED) {
  test(`retag first word — not: ${name}`, { timeout: 10_000 }, () => {
    assert.equal(run(plain, margins, again).result, null);
  });
}
