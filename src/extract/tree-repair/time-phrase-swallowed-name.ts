import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

/**
 * "took control of Maaret al-Numan earlier this month": the time phrase after a name read as the head of the
 * prepositional phrase, the name its `nsubj` and the preposition its `case`. A noun has a subject only with a
 * copula; a noun without one whose subject follows its own preposition gives the preposition and its place back to
 * the subject, and is itself an unmarked oblique of the verb above:
 *   "seized the town of Kidal last week", "the siege of Misrata this year", "a convoy from Homs that morning".
 */
export function repairTimePhraseSwallowedName(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const noun of tree.nodes()) {
    if (!['NOUN', 'PROPN'].includes(tree.upos(noun)) || tree.base(noun) === 'root') continue;
    const subject = tree.children(noun).find((k) => tree.base(k) === 'nsubj' && k < noun && ['NOUN', 'PROPN'].includes(tree.upos(k)));
    if (subject === undefined || tree.children(noun).some((k) => tree.base(k) === 'cop')) continue;
    const marker = tree.children(noun).find((k) => tree.label(k) === 'case' && k < subject);
    if (marker === undefined || tokens[marker].pos === 'VERB') continue;
    let verb = tree.head(noun);
    while (verb >= 0 && tree.upos(verb) !== 'VERB') verb = tree.head(verb);
    if (verb < 0) continue;
    tree.attach(subject, tree.head(noun), tree.label(noun));
    tree.attach(marker, subject, 'case');
    tree.attach(noun, verb, 'obl:unmarked');
    return 'tree-repair:time-phrase-swallowed-name';
  }
  return null;
}
