import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

const BETWEEN = new Set(['compound', 'amod', 'det', 'nummod']);
const SUBJECTS = new Set(['nsubj', 'nsubj:pass']);
const END_STOPS = new Set(['.', '!', '?']);

/**
 * "Trump accused officials of trying to steal the election", "The minister blamed protesters for starting the
 * fire": a finite verb read as the adjective ("the accused officials") of the noun after it, that noun the subject of
 * the "of"/"for" clause after it. An adjective has no subject: a participle modifier with its own subject before it
 * (as repairs before this one found it) is the clause's verb; the noun is its object and the clause the noun headed
 * its adverbial clause.
 */
export function repairSubjectedParticipleModifier(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.base(verb) !== 'amod' || tree.upos(verb) !== 'VERB' || !tree.children(verb).some((c) => c < verb && tree.base(c) === 'nsubj')) continue;
    const noun = tree.head(verb);
    if (noun <= verb || !SUBJECTS.has(tree.label(noun))) continue;
    let k = verb + 1;
    while (k < noun && tree.head(k) === noun && BETWEEN.has(tree.base(k))) k++;
    if (k !== noun) continue;
    const clause = tree.head(noun);
    if (clause <= noun || tree.upos(clause) !== 'VERB') continue;
    tree.attach(verb, tree.head(clause), tree.label(clause));
    tree.attach(noun, verb, 'obj');
    tree.attach(clause, verb, 'advcl');
    // what hung on the clause before the verb, and the sentence's closing stop, belong to the verb
    for (const c of tree.children(clause)) if (c < verb || tree.label(c) === 'punct' && END_STOPS.has(tokens[c].text)) tree.attach(c, verb, tree.label(c));
    return 'tree-repair:subjected-participle-modifier';
  }
  return null;
}
