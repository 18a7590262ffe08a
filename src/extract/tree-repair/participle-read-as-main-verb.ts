import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// the relations under which the parser hangs the real predicate on the misread participle
const PREDICATE_RELATIONS = new Set(['advcl', 'conj', 'ccomp', 'xcomp', 'parataxis', 'dep']);
// participles that name the doer of the act noun they describe through their own preposition, as "by" does:
// "a bombing blamed on the PKK", "an airstrike attributed to Israel" (tree-roles/tree-actors.ts ATTRIBUTED_TO)
export const ATTRIBUTING: Readonly<Record<string, string>> = { blame: 'on', attribute: 'to', ascribe: 'to', pin: 'on' };

/**
 * "Government troops backed by Russian air power recaptured the town": a past participle that describes the
 * subject, with its "by" agent right after it, read as the main verb (the subject its `nsubj`), and the real
 * predicate hung under it with no subject, the agent's noun often its `compound`. With no auxiliary, the
 * participle is the subject's `acl`, the "by" phrase its agent, and the later verb the root with the subject:
 *   "Rebels backed by Rwanda seized Goma", "Militias supported by Iran fired rockets at the base"; so is a participle
 * that attributes an act to its doer: "A bombing blamed on the PKK killed three soldiers".
 */
export function repairParticipleReadAsMainVerb(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const participle of tree.nodes()) {
    if (tree.head(participle) !== -1 || tree.upos(participle) !== 'VERB') continue;
    if (repairedAt(tree, tokens, participle)) return 'tree-repair:participle-read-as-main-verb';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], participle: number): boolean {
  const marker = tokens[participle + 1]?.lower;
  if (marker !== 'by' && ATTRIBUTING[tokens[participle].lemma] !== marker) return false;
  const kids = tree.children(participle);
  if (kids.some((k) => ['aux', 'aux:pass', 'cop', 'mark', 'obj'].includes(tree.label(k)))) return false;
  const subject = kids.find((k) => tree.label(k) === 'nsubj' && k < participle && ['NOUN', 'PROPN'].includes(tree.upos(k)));
  if (subject === undefined) return false;
  // "backed", "taken"; an irregular participle right after its noun: "a hospital run by MSF", "a town held by rebels"
  const word = tokens[participle].lower;
  if (!/(ed|en)$/.test(word) && (subject !== participle - 1 || /(s|ing)$/.test(word))) return false;
  // the predicate: a later finite-looking verb under the participle with no subject or marker of its own
  const predicate = kids.find((k) => k > participle + 2 && PREDICATE_RELATIONS.has(tree.base(k)) && tree.upos(k) === 'VERB' && !tokens[k].lower.endsWith('ing')
    && !tree.children(k).some((c) => ['nsubj', 'nsubj:pass', 'mark', 'cc'].includes(tree.base(c)) || tree.label(c) === 'nsubj:pass'));
  if (predicate === undefined) return false;
  // the agent: the word between "by" and the predicate whose head lies outside that stretch
  const inside = (i: number) => i > participle + 1 && i < predicate;
  const agent = tree.nodes().find((i) => inside(i) && !inside(tree.head(i)) && ['NOUN', 'PROPN'].includes(tree.upos(i)));
  if (agent === undefined) return false;
  tree.attach(predicate, -1, 'root');
  tree.attach(subject, predicate, tree.children(predicate).some((c) => tree.label(c) === 'aux:pass') ? 'nsubj:pass' : 'nsubj');
  tree.attach(participle, subject, 'acl');
  tree.attach(agent, participle, marker === 'by' ? 'obl:agent' : 'obl');
  tree.attach(participle + 1, agent, 'case');
  // what came after the predicate (its closing punctuation) is the predicate's
  for (const k of tree.children(participle)) if (k > predicate) tree.attach(k, predicate, tree.label(k));
  return true;
}
