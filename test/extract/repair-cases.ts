import { test } from 'node:test';
import assert from 'node:assert/strict';
import { repairedTree } from '../../src/extract/tree-repair/index.ts';
import type { Token } from '../../src/nlp/types.ts';

// Shared by the tree-repair test files: hand-built parses of sentences written for them, so what is tested does not
// move when the parser model is retrained. A token is "word/UPOS/head/label" (head -1: the root; the word tagger's
// POS is the UPOS unless "/POS" follows). A final stop is added when the spec has none.
export function parse(spec: string) {
  const parts = spec.split(' ').map((t) => t.split('/'));
  // a sentence of prose ends with its stop, written or not: with none, it would be read as a headline (headline-shape.ts)
  if (parts[parts.length - 1][1] !== 'PUNCT') parts.push(['.', 'PUNCT', String(parts.findIndex((p) => p[2] === '-1')), 'punct']);
  const tokens = parts.map(([w, upos, , , pos], i) => ({ index: i, text: w, lower: w.toLowerCase(), lemma: w.toLowerCase(), pos: pos ?? upos, start: i, end: i + 1, sentence: 0 })) as Token[];
  const tree = { offset: 0, heads: Int32Array.from(parts.map((p) => Number(p[2]))), labels: parts.map((p) => p[3]), upos: parts.map((p) => p[1]) };
  return { tokens, tree };
}

/** [case, sentence (hand-built parse), the one repair id expected, or each of several that fire in turn (null: the tree stays), arcs after: "child>head:label"] */
export type RepairCase = [string, string, string | readonly string[] | null, string[]];

/** One test per case: the repair that fires, the arcs it leaves, and (with `wholeTree`) one root and no cycle. */
export function testRepairCases(cases: readonly RepairCase[], { wholeTree = true } = {}): void {
  for (const [name, spec, id, arcs] of cases) {
    test(`tree repair — ${name}`, { timeout: 10_000 }, () => {
      const { tokens, tree } = parse(spec);
      const repaired = repairedTree(tree, tokens);
      const ids = new Set(repaired.repairs.values());
      if (id === null) {
        assert.equal(ids.size, 0, [...ids].join(','));
        assert.deepEqual([...repaired.heads], [...tree.heads]);
        return;
      }
      assert.deepEqual([...ids].sort(), (typeof id === 'string' ? [id] : [...id]).sort());
      for (const arc of arcs) {
        const [, word, head, label] = /^(.+?)>(-?\d+):(.+)$/.exec(arc)!;
        const i = tokens.findIndex((t) => t.text === word);
        assert.equal(`${repaired.heads[i]}:${repaired.labels[i]}`, `${head}:${label}`, `${arc} in ${tokens.map((t, k) => `${t.text}>${repaired.heads[k]}:${repaired.labels[k]}`).join(' ')}`);
      }
      if (!wholeTree) return;
      assert.equal([...repaired.heads].filter((h) => h < 0).length, 1);
      for (let i = 0; i < tokens.length; i++) {
        let n = i;
        for (let step = 0; n >= 0 && step <= tokens.length; step++) n = repaired.heads[n];
        assert.equal(n, -1, `cycle from ${tokens[i].text}`);
      }
    });
  }
}
