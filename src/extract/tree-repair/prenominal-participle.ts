import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// prepositions that open a noun phrase, never a clause with an -ed verb ("of attacking" is a gerund, -ing)
const PREPOSITIONS = new Set(['of', 'for', 'with', 'against', 'from', 'by', 'among', 'between', 'about']);

/**
 * "Families of kidnapped Boko Haram hostages marched": after a preposition, an -ed participle with the noun after it
 * as its object was read as a clause ("of" its marker, the clause an `acl` of "Families"). A past participle takes no
 * object there: it describes the noun, which is the preposition's object:
 *   "Relatives of jailed opposition leaders protested", "a rally for abducted schoolgirls", "talks with detained activists".
 */
export function repairPrenominalParticiple(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.upos(verb) !== 'VERB' || !/(ed|en)$/.test(tokens[verb].lower)) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb)) return 'tree-repair:prenominal-participle';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const marker = tree.children(verb).find((c) => tree.base(c) === 'mark' && c === verb - 1 && PREPOSITIONS.has(tokens[c].lower));
  const object = tree.children(verb).find((c) => tree.label(c) === 'obj' && c > verb && ['NOUN', 'PROPN'].includes(tree.upos(c)));
  if (marker === undefined || object === undefined) return false;
  // nothing else of a clause: no subject, auxiliary, second complement
  if (tree.children(verb).some((c) => c !== marker && c !== object && !['advmod', 'punct'].includes(tree.base(c)))) return false;
  // the object's phrase starts right after the participle: "kidnapped | Boko Haram hostages"
  if (Math.min(object, ...tree.descendants(object, () => true)) !== verb + 1) return false;
  const relation = tree.label(verb) === 'acl' || tree.label(verb) === 'advcl' ? (tree.upos(tree.head(verb)) === 'VERB' ? 'obl' : 'nmod') : tree.label(verb);
  tree.attach(object, tree.head(verb), relation);
  tree.attach(marker, object, 'case');
  tree.attach(verb, object, 'amod');
  return true;
}
