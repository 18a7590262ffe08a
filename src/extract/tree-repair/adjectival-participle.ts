import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { PHASE_VERBS } from './phase-verb-gerund.ts';
import type { RepairWords } from './repair-words.ts';
import { takesBareClause } from './clause-verbs.ts';

export const ADJECTIVAL_PARTICIPLE_RULE = 'tree-repair:adjectival-participle';

const NOMINAL = new Set(['NOUN', 'PROPN']);
// what a clause of its own would have: then the -ing word is a verb ("saw troops | firing", "began | striking")
const CLAUSE_MARKS = new Set(['nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'mark', 'cop', 'expl']);

/**
 * "Xi met visiting Spanish Prime Minister Sanchez", "Police arrested striking workers", "The army shelled retreating
 * rebel fighters": an -ing form that describes the noun after it (adjectival-participles.tsv) read as the verb's
 * `xcomp`, the noun its object. The participle's act then had the verb's subject ("the police striking workers") and the
 * verb no object. Right after the verb, with no clause of its own, it is the noun's `amod`, the noun the verb's object,
 * and what else the participle held (a time, a place) the verb's. A nationality read as the phrase's head ("visiting |
 * Spanish | ... Sanchez") gives the head to the name under it. Not after a verb of phase ("kept striking targets").
 */
export function repairAdjectivalParticiple(tree: EditableTree, tokens: readonly Token[], words: RepairWords): string | null {
  if (words.adjectivalParticiples.size === 0) return null;
  let repaired = false;
  for (const participle of tree.nodes()) {
    if (!words.adjectivalParticiples.has(tokens[participle].lower) || tree.upos(participle) !== 'VERB') continue;
    // "denied escalating attacks", "considered increasing taxes": after a verb of -ing complement such a form is its verb
    if (words.gerundParticiples?.has(tokens[participle].lower) && words.gerundVerbs.has(tokens[tree.head(participle)]?.lemma ?? '')) continue;
    if (repairedAt(tree, tokens, participle)) repaired = true;
  }
  return repaired ? ADJECTIVAL_PARTICIPLE_RULE : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], participle: number): boolean {
  const verb = tree.head(participle);
  if (verb !== participle - 1 || tree.upos(verb) !== 'VERB' || PHASE_VERBS.has(tokens[verb].lemma)) return false;
  if (!['xcomp', 'ccomp', 'advcl'].includes(tree.base(participle))) return false;
  // "said continuing clashes left five dead": after a verb of saying the noun opens the reported clause
  if (takesBareClause(tokens[verb])) return reportedSubject(tree, participle, verb);
  if (tree.children(verb).some((k) => tree.base(k) === 'obj')) return false;
  const kids = tree.children(participle);
  if (kids.some((k) => CLAUSE_MARKS.has(tree.label(k)))) return false;
  // "visiting | Greek ... Gerapetritis": the nationality right after it may be read as a second `xcomp` holding the name
  const object = kids.find((k) => k > participle && (tree.base(k) === 'obj' || k === participle + 1 && tree.upos(k) === 'ADJ' && tree.base(k) === 'xcomp'));
  if (object === undefined) return false;
  const head = nounHead(tree, object);
  if (head === undefined) return false;
  // the noun's phrase starts right after the participle, with no determiner: a word before "the" takes it as its
  // object ("risks escalating the conflict")
  if (['DET', 'PRON'].includes(tree.upos(participle + 1))) return false;
  if (Math.min(head, ...tree.descendants(head, () => true), object) !== participle + 1) return false;
  tree.attach(head, verb, 'obj');
  if (head !== object) tree.attach(object, head, 'amod');
  tree.attach(participle, head, 'amod');
  for (const k of kids) if (k !== object && k > head) tree.attach(k, verb, tree.label(k));
  return true;
}

/** The object's noun: itself, or for an adjective read as the head, the name or noun it took after it. */
function nounHead(tree: EditableTree, object: number): number | undefined {
  if (NOMINAL.has(tree.upos(object))) return object;
  if (tree.upos(object) !== 'ADJ') return undefined;
  return tree.children(object).find((k) => k > object && NOMINAL.has(tree.upos(k)) && ['obj', 'obl', 'nmod', 'compound', 'appos'].includes(tree.base(k)));
}

/**
 * "Officials said renewed fighting killed ten soldiers", "said renewed attacks on the town killed ten": after a verb of
 * saying, the participle read as its `xcomp` held the reported verb, and the noun right after the participle as that
 * verb's subject or as the participle's own object. The participle describes the noun, the noun is the reported verb's
 * subject, and the reported verb the saying verb's clause.
 */
function reportedSubject(tree: EditableTree, participle: number, verb: number): boolean {
  const kids = tree.children(participle);
  if (kids.some((k) => CLAUSE_MARKS.has(tree.label(k)) || k < participle)) return false;
  const clause = kids.find((k) => k > participle && tree.upos(k) === 'VERB' && ['xcomp', 'ccomp', 'advcl', 'conj', 'parataxis'].includes(tree.base(k)));
  if (clause === undefined) return false;
  const object = kids.find((k) => k < clause && tree.base(k) === 'obj' && NOMINAL.has(tree.upos(k)));
  if (kids.length !== (object === undefined ? 1 : 2)) return false;
  const subject = object ?? tree.children(clause).find((k) => tree.base(k) === 'nsubj' && k < clause && NOMINAL.has(tree.upos(k)));
  if (subject === undefined || Math.min(subject, ...tree.descendants(subject, () => true)) !== participle + 1) return false;
  // (a clause with a subject of its own is no reported verb of this noun)
  if (object !== undefined && tree.children(clause).some((k) => tree.base(k) === 'nsubj')) return false;
  tree.attach(clause, verb, 'ccomp');
  tree.attach(subject, clause, 'nsubj');
  tree.attach(participle, subject, 'amod');
  return true;
}
