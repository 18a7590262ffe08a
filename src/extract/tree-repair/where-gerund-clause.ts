import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// the relative adverbs of place and time that open a clause about a setting
const SETTING_ADVERBS = new Set(['where', 'when']);

/**
 * "Farmers in the region, where fighting between militias and federal forces has raged for months, cannot plant",
 * "Health workers in eastern Congo, where fighting between the army and rebels has displaced thousands, say ...": a
 * relative clause of setting whose subject is an -ing act noun, read with the -ing word as a participle on the main
 * subject, the clause's verb as the sentence's root and the main verb as its conjunct. The clause's verb hangs on the
 * noun it describes, the -ing word is its subject, and the main verb after the comma heads the sentence with the
 * subject back ("fighting between X and Y" keeps X and Y; the farmers do not fight).
 */
export function repairWhereGerundClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const gerund of tree.nodes()) {
    if (tree.upos(gerund) !== 'VERB' || !tokens[gerund].lower.endsWith('ing') || tree.base(gerund) !== 'acl') continue;
    if (repairedAt(tree, tokens, gerund)) return 'tree-repair:where-gerund-clause';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], gerund: number): boolean {
  const adverb = gerund - 1;
  if (!SETTING_ADVERBS.has(tokens[adverb]?.lower ?? '') || tree.head(adverb) !== gerund) return false;
  const kids = tree.children(gerund);
  if (kids.some((c) => tree.base(c) === 'nsubj' || tree.base(c) === 'obj')) return false;
  // the main subject the participle was hung on, read as the subject of the clause's verb
  const subject = tree.head(gerund);
  const verb = tree.head(subject);
  if (verb < 0 || tree.base(subject) !== 'nsubj' || tree.upos(verb) !== 'VERB') return false;
  if (tree.descendants(gerund, () => true).some((d) => d > verb)) return false;
  // the main verb: the clause verb's conjunct after a comma, with no subject or "and" of its own
  const main = tree.children(verb).find((c) => c > verb && tree.label(c) === 'conj' && tree.upos(c) === 'VERB');
  if (main === undefined || tree.children(main).some((c) => tree.base(c) === 'nsubj' || tree.base(c) === 'cc')) return false;
  if (!tokens.slice(verb + 1, main).some((t) => t.text === ',')) return false;
  tree.attach(main, tree.head(verb), tree.label(verb));
  for (const c of tree.children(verb)) if (c > main) tree.attach(c, main, tree.label(c));
  tree.attach(verb, subject, 'acl:relcl');
  tree.attach(gerund, verb, 'nsubj');
  tree.attach(adverb, verb, 'advmod');
  tree.attach(subject, main, 'nsubj');
  return true;
}
