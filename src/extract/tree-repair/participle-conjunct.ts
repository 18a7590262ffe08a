import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// one object for every word asked (a literal in the loop made a new RegExp each time)
const PARTICIPLE_ENDING = /(ing|ed)$/;

/**
 * "took control of the town and surrounding areas": a participle right after "and"/"or" that follows a noun, with
 * no subject or auxiliary, whose object is a bare noun right after it, was read as a coordinated verb; it
 * describes that noun, and the noun is a conjunct of the noun before "and":
 *   "the capital and neighbouring provinces", "Gaza and occupied territories", "the port and surrounding villages".
 * Not when the object has a marked phrase of its own: "arrived on motorcycles and opened fire on residents".
 */
// -ing words that describe a place next to another: "the town and surrounding villages"
const PLACE_DESCRIBING = new Set(['surrounding', 'neighbouring', 'neighboring', 'adjoining', 'outlying', 'bordering', 'remaining', 'nearby']);
const VERB_OWN = new Set(['obl', 'advmod', 'xcomp', 'ccomp', 'advcl', 'iobj']);

export function repairParticipleConjunct(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.label(verb) !== 'conj' || tree.upos(verb) !== 'VERB' || !PARTICIPLE_ENDING.test(tokens[verb].lower)) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb)) return 'tree-repair:participle-conjunct';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  const cc = verb - 1;
  if (tree.head(cc) !== verb || tree.label(cc) !== 'cc' || !['and', 'or'].includes(tokens[cc].lower)) return false;
  if (tree.children(verb).some((c) => ['nsubj', 'aux', 'mark', 'case'].includes(tree.base(c)))) return false;
  const object = tree.children(verb).find((c) => tree.label(c) === 'obj' && c === verb + 1 && ['NOUN', 'PROPN'].includes(tree.upos(c)));
  // the noun before "and" heads the phrase that ends there: "the town | and"
  let before = cc - 1;
  if (object === undefined || !['NOUN', 'PROPN'].includes(tree.upos(before))) return false;
  // "arrived on motorcycles and opened fire on residents", "and launched attacks against army posts": an object
  // with its own marked phrase is what a coordinated verb acts on, not a place a participle describes
  // (a past form only: "surrounding", "neighbouring" describe places whatever the parse hangs on them)
  const past = tokens[verb].lower.endsWith('ed');
  // nor an -ing act joined to an -ing act: "accused Russia of shelling Kharkiv and deporting children", "abusing migrants
  // and expelling them" are two acts ("seizing the town and surrounding villages" still describes the villages)
  if (!past && PLACE_DESCRIBING.has(tokens[verb].lower) === false && tokens[tree.head(verb)]?.lower.endsWith('ing') && tree.upos(tree.head(verb)) === 'VERB') return false;
  if (past && tree.children(object).some((c) => tree.base(c) === 'nmod' || tree.base(c) === 'acl')) return false;
  // nor when the verb has a phrase of its own: "surrounded the town and fired rockets at the police station"
  if (past && tree.children(verb).some((c) => VERB_OWN.has(tree.base(c)))) return false;
  while (['compound', 'flat'].includes(tree.base(before)) && tree.head(before) > before && tree.head(before) < cc) before = tree.head(before);
  // nor after an oblique, which says when, where or with whom it was done: "spoke with Netanyahu on Sunday and urged
  // restraint", "met rebel leaders in Doha and demanded guarantees" (a time or a host is no place a participle's noun is
  // listed with; "control of the town and occupied areas" still is)
  if (past && (tree.base(before) === 'obl' || tree.base(before) === 'nmod' && !tree.children(before).some((c) => tree.base(c) === 'case' && tokens[c].lower === 'of'))) return false;
  tree.attach(object, before, 'conj');
  tree.attach(cc, object, 'cc');
  tree.attach(verb, object, 'amod');
  for (const c of tree.children(verb)) if (c !== cc) tree.attach(c, object, tree.label(c));
  return true;
}
