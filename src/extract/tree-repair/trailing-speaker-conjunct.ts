import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { CLOSING_REPORT_FORMS } from './clause-verbs.ts';

// what may follow the closing verb: "told Reuters", "said on Monday", "said in a statement"
const AFTER_VERB = new Set(['obj', 'iobj', 'obl', 'punct', 'advmod']);

/**
 * "Rebels shelled the airport, aid workers in Goma say", "The army shelled the town, witnesses told Reuters": the
 * speaker after the last comma read as a conjunct of the noun before the comma, its reporting verb left without a
 * subject (a `conj` or `advcl`). The sentence's last verb, a verb of saying with no subject, whose nominal right
 * after the comma is a `conj`, takes that nominal as its `nsubj` and hangs from the root as `parataxis` (UD's
 * reading of a closing attribution; a verb read as the root keeps its place); the speaker is then nobody the act lands on.
 */
export function repairTrailingSpeakerConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  const nodes = tree.nodes();
  const root = nodes.find((n) => tree.head(n) < 0);
  if (root === undefined) return null;
  for (const verb of nodes) {
    if (tree.upos(verb) !== 'VERB' || !CLOSING_REPORT_FORMS.has(tokens[verb].lower)) continue;
    // a clause after it is what it reports ("said that ..."): no closing attribution; the act before it may be its ccomp
    if (tree.children(verb).some((k) => ['nsubj', 'expl', 'csubj', 'mark'].includes(tree.base(k)) || tree.base(k) === 'ccomp' && k > verb)) continue;
    // nothing after the verb but its own short complements and the final stop
    if (nodes.some((n) => n > verb && tree.head(n) !== verb && !(tree.upos(n) === 'PUNCT' || isUnder(tree, n, verb)))) continue;
    if (tree.children(verb).some((k) => k > verb && !AFTER_VERB.has(tree.base(k)))) continue;
    // the speaker: the nominal that heads the words between the last comma and the verb
    let comma = verb - 1;
    while (comma > nodes[0] && tokens[comma].text !== ',' && verb - comma <= 8) comma--;
    if (tokens[comma].text !== ',' || comma + 1 >= verb) continue;
    const speaker = nodes.find((n) => n > comma && n < verb && tree.base(n) === 'conj' && (tree.head(n) < comma) && ['NOUN', 'PROPN', 'PRON'].includes(tree.upos(n)));
    if (speaker === undefined) continue;
    tree.attach(speaker, verb, 'nsubj');
    // the verb read as the root with the act its complement keeps that reading; else it hangs from the root
    if (verb !== root && (tree.head(verb) !== root || tree.label(verb) !== 'parataxis')) tree.attach(verb, root, 'parataxis');
    return 'tree-repair:trailing-speaker-conjunct';
  }
  return null;
}

function isUnder(tree: EditableTree, node: number, ancestor: number): boolean {
  for (let n = tree.head(node), step = 0; n >= 0 && step < 10; n = tree.head(n), step++) if (n === ancestor) return true;
  return false;
}
