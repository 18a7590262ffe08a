import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { inflectedVerbForm } from '../verb-reading.ts';

const NOMINAL = new Set(['NOUN', 'PROPN']);
// verbs whose object takes a predicate of its own: "found him guilty", "left them stranded", "wanted him arrested"
const OBJECT_PREDICATE = new Set(['find', 'leave', 'keep', 'consider', 'declare', 'deem', 'see', 'hear', 'want', 'get', 'have', 'make', 'report', 'believe', 'presume', 'prove', 'hold', 'list', 'name', 'elect', 'appoint']);

/**
 * "Israeli forces demolished the homes of two Palestinians accused of carrying out an attack", "Police arrested
 * three men suspected of planning a bombing": a past participle right after the object's noun read as an `xcomp` of
 * the main verb, so the main verb's subject became the one who accuses or suspects. With no subject, auxiliary or
 * "to" of its own, after a verb that takes no object predicate, it describes the noun before it (`acl`):
 *   "the homes of two Palestinians accused of ...", "three men suspected of ...", "activists detained last week".
 */
export function repairParticipleReadAsXcomp(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const participle of tree.nodes()) {
    if (tree.label(participle) !== 'xcomp' || tree.upos(participle) !== 'VERB') continue;
    const verb = tree.head(participle), noun = participle - 1;
    // (after "found", "left": only a noun nested in the object, "found the bodies of three men abducted by gunmen";
    // the object itself takes the predicate, "found the town deserted")
    if (verb < 0 || verb > noun || !NOMINAL.has(tree.upos(noun)) || OBJECT_PREDICATE.has(tokens[verb].lemma) && tree.head(noun) === verb) continue;
    const form = tokens[participle].lower;
    if (form.endsWith('ing') || !(form.endsWith('ed') || inflectedVerbForm(form))) continue;
    if (tree.children(participle).some((k) => ['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'mark', 'cop'].includes(tree.label(k)))) continue;
    // the noun is part of the verb's object ("the homes of two Palestinians"), not its subject, nor a conjunct after
    // "and" ("raided the camp and rebels fled": a second clause, tree-repair:clause-read-as-noun-conjunct)
    if (!underObject(tree, noun, verb) || tree.children(noun).some((k) => tree.base(k) === 'cc')) continue;
    tree.attach(participle, noun, 'acl');
    repaired = true;
  }
  return repaired ? 'tree-repair:participle-read-as-xcomp' : null;
}

function underObject(tree: EditableTree, node: number, verb: number): boolean {
  for (let n = node, step = 0; n >= 0 && step < 4; n = tree.head(n), step++) {
    if (tree.head(n) === verb) return tree.label(n) === 'obj';
  }
  return false;
}
