import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// one object for every word asked (a literal in the loop made a new RegExp each time)
const PAST_PARTICIPLE_ENDING = /(ed|en)$/;

// prepositions that open a noun phrase, never a clause with an -ed verb ("of attacking" is a gerund, -ing)
const PREPOSITIONS = new Set(['of', 'for', 'with', 'against', 'from', 'by', 'among', 'between', 'about']);

/**
 * "Families of kidnapped Boko Haram hostages marched": after a preposition, an -ed participle with the noun after it
 * as its object was read as a clause ("of" its marker, the clause an `acl` of "Families"). A past participle takes no
 * object there: it describes the noun, which is the preposition's object:
 *   "Relatives of jailed opposition leaders protested", "a rally for abducted schoolgirls", "talks with detained activists".
 * tagger-2 reads the noun as an `xcomp` as often as an `obj`, or as the `nsubj` of the main verb it hung on the
 * participle ("Friends of arrested Iranian activists protested"): the main verb goes with the noun, where the
 * main-clause repair finds it.
 */
export function repairPrenominalParticiple(tree: EditableTree, tokens: readonly Token[]): string | null {
  for (const verb of tree.nodes()) {
    if (tree.upos(verb) !== 'VERB' || !PAST_PARTICIPLE_ENDING.test(tokens[verb].lower)) continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, verb)) return 'tree-repair:prenominal-participle';
  }
  return null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  // "delivered to displaced families": "to" before a past form (its lemma another word: not "to succeed") is no
  // infinitive's marker but the preposition of a receiver
  const toReceiver = tokens[verb - 1]?.lower === 'to' && tokens[verb].lemma !== tokens[verb].lower && tree.head(verb) >= 0 && tree.upos(tree.head(verb)) === 'VERB';
  const marker = tree.children(verb).find((c) => tree.base(c) === 'mark' && c === verb - 1 && (PREPOSITIONS.has(tokens[c].lower) || toReceiver));
  if (marker === undefined) return false;
  // (tagger-2 also reads the noun as the participle's `xcomp`, or as the subject of the main verb it hung on the
  // participle: "of arrested | activists protested")
  const clause = tree.children(verb).find((c) => c > verb && tree.upos(c) === 'VERB');
  const object = tree.children(verb).find((c) => ['obj', 'xcomp'].includes(tree.label(c)) && c > verb && ['NOUN', 'PROPN'].includes(tree.upos(c)))
    ?? (clause === undefined ? undefined : tree.children(clause).find((c) => tree.label(c) === 'nsubj' && c > verb && c < clause && ['NOUN', 'PROPN'].includes(tree.upos(c))));
  if (object === undefined) return false;
  // nothing else of a clause: no subject, auxiliary, second complement; a verb after the noun is the sentence's
  // predicate hung there ("of jailed activists | protested"), which goes with the noun for the main-clause repair
  const predicates = tree.children(verb).filter((c) => c > object && tree.upos(c) === 'VERB' && ['xcomp', 'acl', 'conj', 'advcl', 'parataxis', 'ccomp', 'obj'].includes(tree.label(c)));
  // (after "to", an adjunct after the receiver is the giving verb's: "by the Red Cross", "on Sunday")
  const adjuncts = toReceiver ? tree.children(verb).filter((c) => c > object && tree.base(c) === 'obl') : [];
  if (tree.children(verb).some((c) => c !== marker && c !== object && !predicates.includes(c) && !adjuncts.includes(c) && !['advmod', 'punct'].includes(tree.base(c)))) return false;
  // the object's phrase starts right after the participle: "kidnapped | Boko Haram hostages"
  if (Math.min(object, ...tree.descendants(object, () => true)) !== verb + 1) return false;
  const relation = tree.label(verb) === 'acl' || tree.label(verb) === 'advcl' || toReceiver ? (tree.upos(tree.head(verb)) === 'VERB' ? 'obl' : 'nmod') : tree.label(verb);
  tree.attach(object, tree.head(verb), relation);
  tree.attach(marker, object, 'case');
  tree.attach(verb, object, 'amod');
  for (const p of predicates) tree.attach(p, object, 'acl');
  for (const a of adjuncts) tree.attach(a, tree.head(object), tree.label(a));
  return true;
}
