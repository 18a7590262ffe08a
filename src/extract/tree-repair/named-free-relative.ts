import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// verbs that name what a speaker takes a thing to be: "what the army called", "what it described as", "what Moscow
// said were"
const NAMING = new Set(['call', 'describe', 'term', 'label', 'dub', 'brand', 'identify', 'characterize', 'characterise', 'say', 'claim', 'allege']);

// how the parse hangs the naming clause on the act when it reads it as the act's complement ("caused | what officials call")
const COMPLEMENTS = new Set(['ccomp', 'xcomp']);

export const NAMED_FREE_RELATIVE = 'tree-repair:named-free-relative';

/**
 * "Jets struck what the army called Hezbollah depots", "shelled what it described as rebel positions", "hit what
 * Moscow said were military targets": the object of the act is a free relative whose verb of naming has its own
 * subject, the speaker; the parse read "what" as the object and hung the speaker's clause on it (or on the verb), so
 * the speaker was taken for whom the act landed on. What the speaker names is the object; the naming clause is an
 * aside of the verb (`parataxis`), with "what" its object.
 */
export function repairNamedFreeRelative(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const what of tree.nodes()) {
    // ("what" tagged a determiner of the speaker: "destroyed what residents called the last hospital")
    if (tokens[what].lower !== 'what' || tree.upos(what) !== 'PRON' && tree.upos(what) !== 'DET') continue;
    // the naming verb: the first verb after "what", wherever the parse hung it (a relative clause on "what", a
    // complement of the act with "what" its object, or a clause further on)
    const naming = tree.nodes().find((n) => n > what && tree.upos(n) === 'VERB');
    if (naming === undefined || !NAMING.has(tokens[naming].lemma)) continue;
    const speakerDet = tree.base(what) === 'det' && tree.head(what) > what && tree.head(what) < naming && tree.head(tree.head(what)) === naming;
    const act = tree.head(what) === naming || speakerDet ? (COMPLEMENTS.has(tree.base(naming)) ? tree.head(naming) : -1) : tree.base(what) === 'obj' ? tree.head(what) : -1;
    if (act < 0 || act > what || tree.upos(act) !== 'VERB') continue;
    if (!tree.children(naming).some((c) => c > what && c < naming && tree.base(c) === 'nsubj')) continue;
    // what is named: the object after the verb ("called | depots"), or an "as" phrase ("described as | positions")
    const named = tree.children(naming).find((c) => c > naming && (tree.base(c) === 'obj' || tree.base(c) === 'xcomp' || tree.base(c) === 'obl' && tree.children(c).some((m) => tokens[m].lower === 'as')));
    if (named === undefined || !['NOUN', 'PROPN'].includes(tree.upos(named))) continue;
    tree.attach(named, act, 'obj');
    tree.attach(naming, act, 'parataxis');
    tree.attach(what, naming, 'obj');
    // "as" and a copula ("said | were") belong to the naming clause, not to the object's phrase
    for (const m of tree.children(named)) if (m < named && (tokens[m].lower === 'as' || tree.base(m) === 'cop')) tree.attach(m, naming, tokens[m].lower === 'as' ? 'mark' : 'aux');
    return NAMED_FREE_RELATIVE;
  }
  return null;
}
