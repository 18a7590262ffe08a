import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// the relations under which the parse hangs a noun phrase set off after the clause, read as a clause of its own
const SET_OFF = new Set(['parataxis', 'conj', 'dep', 'appos', 'advcl']);

/**
 * "Hamas freed four hostages, the second such swap under a ceasefire mediated by Qatar": a noun phrase set off after
 * the clause, read as the subject of the past participle at its end, which describes the noun right before it ("a
 * ceasefire mediated by Qatar"), its "by" the participle's agent. With no auxiliary, copula, marker or object of its
 * own, the participle is that noun's `acl`, and the noun phrase takes the participle's place:
 *   "Rebels freed 20 soldiers, the first release under a truce brokered by Turkey", "Israel released 90 prisoners,
 *   the first exchange under an agreement mediated by Qatar".
 */
export function repairApposedParticiple(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const participle of tree.nodes()) {
    if (!SET_OFF.has(tree.label(participle)) || tree.upos(participle) !== 'VERB' || tokens[participle + 1]?.lower !== 'by') continue;
    if (repairedAt(tree, tokens, participle)) return 'tree-repair:apposed-participle';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], participle: number): boolean {
  if (!/(ed|en)$/.test(tokens[participle].lower)) return false;
  const kids = tree.children(participle);
  if (kids.some((k) => ['aux', 'aux:pass', 'cop', 'mark', 'obj', 'cc'].includes(tree.label(k)))) return false;
  const subject = kids.find((k) => tree.label(k) === 'nsubj' && k < participle && tree.upos(k) === 'NOUN');
  const noun = participle - 1;
  // the phrase is set off by a comma before it, and the described noun lies inside it
  if (subject === undefined || tokens[phraseStart(tree, subject) - 1]?.text !== ',') return false;
  if (tree.upos(noun) !== 'NOUN' || noun === subject || !under(tree, noun, subject)) return false;
  tree.attach(subject, tree.head(participle), tree.label(participle));
  tree.attach(participle, noun, 'acl');
  return true;
}

function under(tree: EditableTree, node: number, top: number): boolean {
  for (let n = node, steps = 0; n >= 0 && steps < 8; n = tree.head(n), steps++) if (n === top) return true;
  return false;
}

// the first word of a noun's phrase: its earliest dependent before it ("the second such | swap"), punctuation aside
function phraseStart(tree: EditableTree, noun: number): number {
  return Math.min(noun, ...tree.descendants(noun, (c) => c < noun && tree.upos(c) !== 'PUNCT'));
}
