import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { takesBareClause } from './clause-verbs.ts';
import { inflectedVerbForm } from '../verb-reading.ts';

// an `xcomp` has no subject of its own: one with an `nsubj` is the same misreading ("intercepted missiles fired by X")
const CLAUSE_RELATIONS = new Set(['ccomp', 'parataxis', 'xcomp']);

/**
 * "condemned Navalny's arrest and hundreds of arrests made last week and called for their release": the object and
 * the participle that describes it read as a clause (the object its `nsubj`, the participle a `ccomp` of the verb),
 * and the verb coordinated after it hung on the participle, so "called" loses its subject. Only verbs of saying or
 * thinking take a clause without "that"; after another verb with no object of its own, a past participle with no
 * auxiliary, object or marker describes its "subject", which is the verb's object; a verb coordinated with the
 * participle is the main verb's conjunct:
 *   "welcomed the progress achieved in Doha", "rejected the claims made by Moscow", "condemned the killings carried out Sunday",
 *   "shot down drones launched by Russia", "intercepted missiles fired by Hezbollah"; and a count's "of" noun so read:
 *   "destroyed 24 of 26 Russian drones launched overnight"; also read as an adverbial clause whose passive subject is
 *   the object ("held talks in Washington hosted by the U.S. Treasury").
 */
export function repairReducedRelativeObject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const participle of tree.nodes()) {
    const verb = tree.head(participle);
    if (verb < 0 || verb > participle || !CLAUSE_RELATIONS.has(tree.label(participle)) && tree.label(participle) !== 'advcl' || tree.upos(verb) !== 'VERB') continue;
    // the rest in a function of its own: a callback here would allocate a closure scope for every word
    if (repairedAt(tree, tokens, participle)) repaired = true;
  }
  return repaired ? 'tree-repair:reduced-relative-object' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], participle: number): boolean {
  const verb = tree.head(participle);
  // a clause another repair made ("said gunmen stormed") stays one
  if (tree.moved.has(participle) || takesBareClause(tokens[verb])) return false;
  const object = tree.children(verb).find((k) => tree.label(k) === 'obj');
  // "destroyed 24 of 26 Russian drones launched overnight": a count as the object, the counted "of" noun read as the
  // participle's subject; the noun is the count's, the participle describes it
  if (object !== undefined) return countedNoun(tree, tokens, verb, object, participle);
  // a past participle, regular or not ("a plane flown by Ukrainian pilots")
  const form = tokens[participle].lower;
  // ("a proposal put forward by the AU", "a curfew set by the army": a participle spelt as its base form is one with its "by" agent)
  const kids = tree.children(participle);
  const byAgent = kids.some((k) => k > participle && ['obl:agent', 'obl'].includes(tree.label(k)) && tokens[firstOf(tree, k)].lower === 'by');
  // "held talks in Washington hosted by the Treasury": read as an adverbial clause with the object its passive subject
  if (!CLAUSE_RELATIONS.has(tree.label(participle)) && !(tree.label(participle) === 'advcl' && byAgent)) return false;
  if (tree.upos(participle) !== 'VERB' || !(/(ed|en|de)$/.test(form) || inflectedVerbForm(form) || byAgent) || form.endsWith('ing')) return false;
  // "freed women held | by Boko Haram", "two Americans held | in Evin prison": an "object" behind its own preposition
  // is an oblique the parse misread (the agent after "by")
  const marked = kids.filter((k) => tree.label(k) === 'obj' && k > participle && tree.upos(firstOf(tree, k)) === 'ADP');
  if (kids.some((k) => ['aux', 'aux:pass', 'mark', 'obj', 'iobj', 'ccomp', 'xcomp', 'cop', 'expl'].includes(tree.label(k)) && !marked.includes(k))) return false;
  const subject = kids.find((k) => (tree.label(k) === 'nsubj' || tree.label(k) === 'nsubj:pass') && k > verb && ['NOUN', 'PROPN'].includes(tree.upos(k)));
  // the "subject" stands where the verb's object would, right after it or its particle ("shot down drones launched
  // by Russia"); "fled after dawn rebels attacked" stays
  const particle = tree.children(verb).some((k) => k === verb + 1 && tree.label(k) === 'compound:prt');
  if (subject === undefined || Math.min(subject, ...tree.descendants(subject, () => true)) !== verb + (particle ? 2 : 1)) return false;
  tree.attach(subject, verb, 'obj');
  for (const k of marked) tree.attach(k, participle, tokens[firstOf(tree, k)].lower === 'by' ? 'obl:agent' : 'obl');
  // the participle describes the last conjunct of the object when it follows it: "hundreds of arrests made"
  const conjuncts = tree.children(subject).filter((k) => tree.label(k) === 'conj' && k < participle);
  tree.attach(participle, conjuncts.length ? conjuncts[conjuncts.length - 1] : subject, 'acl');
  for (const k of tree.children(participle)) if (k > participle && tree.label(k) === 'conj' && tree.upos(k) === 'VERB') tree.attach(k, verb, 'conj');
  return true;
}

function countedNoun(tree: EditableTree, tokens: readonly Token[], verb: number, count: number, participle: number): boolean {
  if (tree.upos(count) !== 'NUM' || count !== verb + 1 || tokens[participle].lower.endsWith('ing')) return false;
  const noun = tree.children(participle).find((k) => tree.label(k) === 'nsubj' && k > count);
  if (noun === undefined || !tree.children(noun).some((k) => tree.label(k) === 'case' && tokens[k].lower === 'of' && k === count + 1)) return false;
  if (tree.children(participle).some((k) => ['aux', 'aux:pass', 'mark', 'obj', 'cop'].includes(tree.label(k)))) return false;
  tree.attach(noun, count, 'nmod');
  tree.attach(participle, noun, 'acl');
  return true;
}

/** The first word of the phrase a node heads. */
const firstOf = (tree: EditableTree, node: number) => Math.min(node, ...tree.descendants(node, () => true));
