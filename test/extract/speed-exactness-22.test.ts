import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/nlp/index.ts';
import { parseSentences } from '../../src/nlp/syntax/index.ts';
import { repairedTreeWithLists } from '../../src/extract/tree-repair/index.ts';
import { TreeView } from '../../src/extract/tree-roles/tree-view.ts';

// Exactness of session 22's speed changes to TreeView (src/extract/tree-roles/tree-view.ts): a view built on the child
// lists and base relations the repairs' EditableTree left answers every question as one that builds its own from the
// repaired tree; `childrenWith` (up to four relations, no list per call) and `childrenWithAny` (a list) give what a
// filter of the children by full or base relation gives. On real parses: wire sentences written for this test and
// UD EWT's dev sentences read as running text.

const QUESTIONS: ReadonlyArray<readonly string[]> = [
  ['nsubj'], ['obl'], ['obl:agent'], ['conj'], ['case', 'mark'], ['nsubj', 'nsubj:pass'], ['obj', 'iobj', 'ccomp'],
  ['nsubj', 'csubj', 'expl', 'cop'], ['compound', 'amod', 'nmod:poss', 'flat'], ['acl'], ['advcl', 'xcomp'],
];

function byFilter(view: TreeView, i: number, wanted: readonly string[]): number[] {
  return view.children(i).filter((c) => wanted.includes(view.label(c)) || wanted.includes(view.label(c).split(':')[0]));
}

/** Trees compared, and how many a repair changed. */
function compare(text: string): { trees: number; repaired: number } {
  const doc = analyze(text);
  const trees = parseSentences(doc, doc.sentences);
  let repaired = 0;
  for (const parsed of trees) {
    const { tree, lists } = repairedTreeWithLists(parsed, doc.tokens);
    if (tree.repairs.size > 0) repaired++;
    const shared = new TreeView(tree, doc.tokens, lists);
    const own = new TreeView(tree, doc.tokens);
    for (let i = tree.offset - 1; i <= tree.offset + tree.heads.length; i++) {
      assert.deepEqual(shared.children(i), own.children(i));
      assert.equal(shared.base(i), own.base(i));
      assert.deepEqual(shared.span(i), own.span(i));
      assert.equal(shared.marker(i), own.marker(i));
      for (const wanted of QUESTIONS) {
        const expected = byFilter(own, i, wanted);
        assert.deepEqual(shared.childrenWithAny(i, wanted), expected);
        assert.deepEqual(own.childrenWithAny(i, wanted), expected);
        if (wanted.length <= 4) assert.deepEqual(shared.childrenWith(i, wanted[0], wanted[1], wanted[2], wanted[3]), expected);
      }
    }
  }
  return { trees: trees.length, repaired };
}

const WIRE = [
  'The rebels, who had held the town since March, withdrew on Tuesday after heavy shelling, a local official said.',
  'Police detained the opposition leader and two of his aides at a checkpoint outside the capital.',
  'Talks between the two governments were postponed because the foreign minister fell ill, state media reported.',
  'Thousands of workers marched through the port city, demanding higher wages and an end to night shifts.',
  'The court sentenced the former mayor to six years in prison for taking bribes from a construction firm.',
  'Drones struck a fuel depot near the border overnight, setting off fires that burned until morning.',
];

test('TreeView on the repairs\' own lists answers as one built from the tree, on wire sentences', { timeout: 60_000 }, () => {
  const { trees } = compare(WIRE.join('\n\n'));
  assert.equal(trees, WIRE.length);
});

test('TreeView on the repairs\' own lists answers as one built from the tree, on UD EWT dev read as text', { timeout: 180_000 }, () => {
  const conllu = readFileSync(new URL('../../../shared/ud-ewt/en_ewt-ud-dev.conllu', import.meta.url), 'utf8');
  const texts = conllu.split('\n').filter((l) => l.startsWith('# text = ')).map((l) => l.slice(9).trim()).filter(Boolean);
  let total = { trees: 0, repaired: 0 };
  for (let i = 0; i < texts.length; i += 25) {
    const part = compare(texts.slice(i, i + 25).join('\n\n'));
    total = { trees: total.trees + part.trees, repaired: total.repaired + part.repaired };
  }
  assert.ok(total.trees > 1500, `${total.trees} trees`);
  assert.ok(total.repaired > 100, `${total.repaired} trees repaired`);
});
