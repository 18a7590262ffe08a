import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "Two journalists were among those detained by police", "Three Americans are among the people arrested in Kinshasa",
 * "A commander was among those killed in the strike": a copula clause that counts its subject among a group that a
 * past participle describes tells that the subject underwent the participle's act. The parse makes the subject (or
 * the group) the root, the participle an `acl` of the group; the repair makes the participle the clause's verb, the
 * subject its `nsubj:pass`, the copula its `aux:pass` and the group an oblique ("among those"), so that the act has
 * its patient and agent as a plain passive has. Returns the repair's id, or null when the sentence has no such clause.
 */
const CLAUSE_LEVEL = new Set(['obl', 'advmod', 'advcl']);

export function repairAmongThose(tree: EditableTree, tokens: readonly Token[]): string | null {
  const root = tree.nodes().find((i) => tree.head(i) < 0);
  if (root === undefined) return null;
  // the group: "those" (an oblique of the copula, or of the root) or the root itself ("the people"), marked "among"
  const marked = (g: number) => tree.children(g).some((k) => tree.label(k) === 'case' && tokens[k].lower === 'among');
  // (the copula on the root, or, after a name the parse set beside its title, "be" right before "among" wherever the
  // parse hung it: "Opposition leader | Nika Melia was among those arrested")
  const copula = tree.children(root).find((c) => tree.label(c) === 'cop') ?? copulaBeforeAmong(tree, tokens, root);
  if (copula === undefined) return null;
  const group = marked(root) ? root : [...tree.children(root), ...tree.children(copula)].find((g) => tree.base(g) === 'obl' && marked(g));
  if (group === undefined) return null;
  const verb = tree.children(group).find((v) => tree.label(v) === 'acl' && tree.upos(v) === 'VERB' && /(?:ed|en)$/.test(tokens[v].lower) && v > group);
  // "X was among those killed in the strike, the army said": the clause's words hung on the speaker's verb, the root;
  // the participle becomes that verb's reported clause
  const speaker = tree.upos(root) === 'VERB' && group !== root ? tree.children(root).find((c) => tree.base(c) === 'nsubj' && c > group) : undefined;
  const patient = speaker !== undefined ? tree.children(root).find((c) => tree.base(c) === 'nsubj' && c < copula) : group === root ? tree.children(root).find((c) => tree.base(c) === 'nsubj') : root;
  if (verb === undefined || patient === undefined || patient > copula) return null;
  if (speaker !== undefined) {
    tree.attach(verb, root, 'ccomp');
    tree.attach(patient, verb, 'nsubj:pass');
    tree.attach(copula, verb, 'aux:pass');
    tree.attach(group, verb, 'obl');
    return 'tree-repair:among-those';
  }
  // the clause's own dependents go with the verb: its punctuation, and what followed the copula beside the group
  const rest = tree.children(root).filter((c) => c !== verb && c !== group && (tree.label(c) === 'punct' || group !== root && c > copula && CLAUSE_LEVEL.has(tree.base(c))));
  tree.attach(verb, -1, 'root');
  tree.attach(patient, verb, 'nsubj:pass');
  tree.attach(copula, verb, 'aux:pass');
  tree.attach(group, verb, 'obl');
  for (const c of rest) tree.attach(c, verb, tree.label(c));
  return 'tree-repair:among-those';
}

/** A form of "be" right before "among", after a nominal root and under it (the parse's misread of a titled name's clause). */
function copulaBeforeAmong(tree: EditableTree, tokens: readonly Token[], root: number): number | undefined {
  if (tree.upos(root) !== 'NOUN' && tree.upos(root) !== 'PROPN') return undefined;
  const be = tree.nodes().find((k) => k > root && tokens[k].lemma === 'be' && tokens[k + 1]?.lower === 'among');
  if (be === undefined) return undefined;
  for (let n = tree.head(be), step = 0; n >= 0 && step < 4; n = tree.head(n), step++) if (n === root) return be;
  return undefined;
}
