import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { CLAUSE_VERBS } from './clause-verbs.ts';

const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON']);
const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'which', 'that']);
// how the parse hangs the main verb under the relative clause's verb
const MISREAD_AS = new Set(['advcl', 'xcomp', 'obl', 'parataxis', 'ccomp', 'dep']);

/**
 * "Gunmen who escaped from Kaduna kidnapped twenty pupils": a sentence whose root is a noun with a relative clause
 * and no predicate of its own, the main verb hung inside the relative clause (an `advcl`, `xcomp` or even an `obl`
 * of "escaped"). A finite verb there after the relative verb, with no subject, marker, coordinator or -ing of its
 * own, is the main predicate and the root noun its subject. A "subject" the parse gave it right after a preposition
 * ("from | Kaduna kidnapped") is that preposition's object, an `obl` of the relative verb:
 *   "Militants who fled from Mosul attacked a village", "Rebels who withdrew from Goma seized two towns",
 *   "Soldiers who deserted from the army joined the rebels".
 * So too after a relative clause set off by commas, the verb right after the closing comma: "The bombing, which no
 * group has claimed, killed 12 people", "The convoy, which the rebels had ambushed twice, reached Goma".
 * (The misread-main-clause repair does not look inside a relative clause: there a later verb usually belongs to it.)
 */
export function repairPredicateInRelativeClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  const roots = tree.nodes().filter((i) => tree.head(i) < 0);
  if (roots.length !== 1) return null;
  const root = roots[0];
  if (!NOMINALS.has(tree.upos(root)) || tree.children(root).some((c) => ['cop', 'nsubj', 'csubj', 'aux'].includes(tree.base(c)))) return null;
  for (const relative of tree.children(root)) {
    if (tree.label(relative) !== 'acl:relcl' || tree.upos(relative) !== 'VERB') continue;
    // a relative clause opened by its subject pronoun ("Gunmen who escaped"), or set off by commas whatever its
    // pronoun is ("The bombing, which no group has claimed, killed"): then the predicate comes after the closing comma
    const pronoun = tree.children(relative).find((c) => c < relative && RELATIVE_PRONOUNS.has(tokens[c].lower));
    if (pronoun === undefined) continue;
    const enclosed = tokens[pronoun - 1]?.text === ',';
    if (!enclosed && tree.base(pronoun) !== 'nsubj') continue;
    const verb = tree.children(relative).find((v) => v > relative && MISREAD_AS.has(tree.base(v)) && isBareFiniteVerb(tree, tokens, v, enclosed)
      && !(tree.label(v) === 'ccomp' && CLAUSE_VERBS.has(tokens[relative].lemma)));
    if (verb === undefined) continue;
    const subject = tree.children(verb).find((c) => tree.base(c) === 'nsubj');
    const preposition = tree.children(verb).find((c) => tree.base(c) === 'case' && c < verb);
    if (subject !== undefined) {
      // only a preposition's object read as the subject: "from | Kaduna kidnapped"
      if (preposition === undefined || preposition > subject || subject > verb) continue;
      tree.attach(subject, relative, 'obl');
      tree.attach(preposition, subject, 'case');
    } else if (preposition !== undefined) continue;
    const passive = tree.children(verb).some((c) => tree.label(c) === 'aux:pass');
    tree.attach(verb, -1, 'root');
    tree.attach(root, verb, passive ? 'nsubj:pass' : 'nsubj');
    // what hung on the root noun after the verb belongs to the clause: "."
    for (const c of tree.children(root)) if (c > verb) tree.attach(c, verb, tree.label(c));
    return 'tree-repair:predicate-in-relative-clause';
  }
  return null;
}

// a verb (wink may call a past form a noun: "abducted"), not an -ing form or an infinitive, opened by no marker and joined by no "and"
function isBareFiniteVerb(tree: EditableTree, tokens: readonly Token[], v: number, afterComma: boolean): boolean {
  if (tree.upos(v) !== 'VERB' || tokens[v].pos !== 'VERB' && !tokens[v].lower.endsWith('ed') || tokens[v].lower.endsWith('ing')) return false;
  if (tokens[v - 1]?.lower === 'to' || (tokens[v - 1]?.text === ',') !== afterComma) return false;
  // (a participle with its agent describes: "figures published by the authorities")
  return !tree.children(v).some((c) => ['mark', 'cc'].includes(tree.base(c)) || tree.label(c) === 'obl:agent' || (tree.base(c) === 'aux' && c < v && tokens[c].lower === 'to'));
}
