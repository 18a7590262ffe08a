import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/nlp/index.ts';
import { parseSentences } from '../../src/nlp/syntax/index.ts';
import type { SentenceTree } from '../../src/nlp/syntax/index.ts';
import type { Token } from '../../src/nlp/types.ts';
import { TREE_REPAIRS, repairedTree } from '../../src/extract/tree-repair/index.ts';
import { EditableTree } from '../../src/extract/tree-repair/editable-tree.ts';
import { relationsNeeded } from '../../src/extract/tree-repair/repair-needs.ts';
import { NO_REPAIR_WORDS } from '../../src/extract/tree-repair/repair-words.ts';

// Exactness of the repairs' relation tests (src/extract/tree-repair/repair-needs.ts): a repair skipped because the
// tree has none of a relation it needs would have moved nothing, so the repaired trees are those of every repair run
// in order on every tree, on real parses (UD EWT's dev sentences, read as running text, and wire sentences of the
// repairs' own classes).

function unskippedRepairs(tree: SentenceTree, tokens: readonly Token[]) {
  const editable = new EditableTree(tree);
  const repairs = new Map<number, string>();
  for (const repair of TREE_REPAIRS) {
    const before = editable.moved.size;
    const id = repair(editable, tokens, NO_REPAIR_WORDS);
    if (id === null || editable.moved.size === before) continue;
    let k = 0;
    for (const node of editable.moved) if (k++ >= before) repairs.set(node, id);
  }
  return { ...editable.tree(), repairs };
}

/** Trees compared; trees on which some repair was skipped; trees any repair changed. */
function compare(text: string): { trees: number; skipped: number; repaired: number } {
  const doc = analyze(text);
  const trees = parseSentences(doc, doc.sentences);
  let skipped = 0, repaired = 0;
  for (const tree of trees) {
    const gated = repairedTree(tree, doc.tokens);
    const plain = unskippedRepairs(tree, doc.tokens);
    assert.deepEqual([...gated.heads], [...plain.heads]);
    assert.deepEqual([...gated.labels], [...plain.labels]);
    assert.deepEqual([...gated.repairs], [...plain.repairs]);
    const present = new Set(tree.labels.flatMap((l) => [l, l.split(':')[0]]));
    if (TREE_REPAIRS.some((r) => relationsNeeded(r).some((n) => !present.has(n)))) skipped++;
    if (plain.repairs.size > 0) repaired++;
  }
  return { trees: trees.length, skipped, repaired };
}

// the repairs' own classes, in sentences written for this test
const WIRE = [
  'The militia, which said it acted alone, and the army clashed near the border on Monday.',
  'Officials said the ceasefire, agreed in Doha (a deal brokered by Qatar) and signed on Sunday, was holding.',
  'Rebels moved close to the capital on Friday, residents said.',
  'Police rounded up dozens of protesters and took away their banners.',
  'Troops came under fire near the airport, a spokesman said, and returned fire.',
  'The minister, whom aides described as furious, denied reports that the talks had failed.',
  'Among those detained were two journalists working for a local radio station.',
  'Protesters gathered outside parliament, blocking roads and chanting slogans against the government.',
  'With fighting raging in the north, thousands of families fled south.',
  'The president told reporters that the company he said was a front for the militia would be sanctioned.',
  'Dozens were killed when gunmen stormed a village in the region, burning homes and looting shops.',
  'The two sides agreed to resume talks and signed a memorandum on prisoner exchanges.',
];

test('tree repairs skipped for a missing relation: the same trees as every repair run, on wire sentences', { timeout: 60_000 }, () => {
  const { trees, repaired } = compare(WIRE.join('\n\n'));
  assert.equal(trees, WIRE.length);
  assert.ok(repaired > 0, 'some repair applies');
});

test('tree repairs skipped for a missing relation: the same trees as every repair run, on UD EWT dev read as text', { timeout: 180_000 }, () => {
  const conllu = readFileSync(new URL('../../../shared/ud-ewt/en_ewt-ud-dev.conllu', import.meta.url), 'utf8');
  const texts = conllu.split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9).trim()).filter(Boolean);
  let total = { trees: 0, skipped: 0, repaired: 0 };
  for (let i = 0; i < texts.length; i += 25) {
    const part = compare(texts.slice(i, i + 25).join('\n\n'));
    total = { trees: total.trees + part.trees, skipped: total.skipped + part.skipped, repaired: total.repaired + part.repaired };
  }
  assert.ok(total.trees > 1500, `${total.trees} trees`);
  assert.ok(total.skipped > total.trees / 2, `repairs skipped on ${total.skipped} of ${total.trees} trees`);
  assert.ok(total.repaired > 100, `${total.repaired} trees repaired`);
});
