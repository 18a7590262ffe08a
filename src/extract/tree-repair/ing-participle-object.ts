import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { takesBareClause } from './clause-verbs.ts';

// the relations the parse gives a participle it read as a clause of the verb (the object as that clause's subject)
const CLAUSE_RELATIONS = new Set(['advcl', 'ccomp', 'parataxis', 'xcomp']);
// verbs whose object takes an -ing predicate of its own: "saw a drone attacking the base" (what was seen is the act),
// "kept the protesters waiting", "sent prices soaring", "left the wounded lying in the street"
const OBJECT_ING_PREDICATE = new Set(['see', 'hear', 'watch', 'spot', 'notice', 'observe', 'witness', 'film', 'photograph', 'catch', 'find', 'keep', 'leave', 'send', 'set', 'get', 'have', 'imagine', 'picture', 'feel', 'smell']);

/**
 * "shot down a drone attacking a power station", "brought down a missile heading for the port": the object and the
 * -ing participle that describes it read as a clause (the object its `nsubj`, the participle an `advcl`/`ccomp` of
 * the verb), which leaves the verb no object and gives the participle's act the verb's subject. Right after a verb (or
 * its particle) that has no object and takes no clause nor object predicate, a noun that is subject of an -ing
 * participle with no auxiliary, marker or copula of its own is the verb's object, and the participle describes it
 * (`acl`), as the past participle does in reduced-relative-object.ts ("shot down drones launched by Russia").
 */
export function repairIngParticipleObject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const participle of tree.nodes()) {
    if (!CLAUSE_RELATIONS.has(tree.label(participle)) || tree.upos(participle) !== 'VERB' || !tokens[participle].lower.endsWith('ing')) continue;
    if (repairedAt(tree, tokens, participle)) repaired = true;
  }
  return repaired ? 'tree-repair:ing-participle-object' : null;
}

function repairedAt(tree: EditableTree, tokens: readonly Token[], participle: number): boolean {
  const verb = tree.head(participle);
  if (verb < 0 || verb > participle || tree.upos(verb) !== 'VERB' || tree.moved.has(participle)) return false;
  if (takesBareClause(tokens[verb]) || OBJECT_ING_PREDICATE.has(tokens[verb].lemma)) return false;
  const verbKids = tree.children(verb);
  if (verbKids.some((k) => tree.label(k) === 'obj' || tree.label(k) === 'iobj')) return false;
  const kids = tree.children(participle);
  if (kids.some((k) => ['aux', 'aux:pass', 'mark', 'cop', 'expl'].includes(tree.label(k)))) return false;
  const subject = kids.find((k) => tree.label(k) === 'nsubj' && k < participle && (tree.upos(k) === 'NOUN' || tree.upos(k) === 'PROPN'));
  if (subject === undefined) return false;
  // the "subject" stands where the verb's object would, right after it or its particle, and the participle right after
  // the noun's phrase ("fled as dawn broke, rebels attacking" stays)
  const particle = verbKids.some((k) => k === verb + 1 && tree.label(k) === 'compound:prt');
  const words = [subject, ...tree.descendants(subject, () => true)];
  if (Math.min(...words) !== verb + (particle ? 2 : 1) || Math.max(...words) !== participle - 1) return false;
  tree.attach(subject, verb, 'obj');
  tree.attach(participle, subject, 'acl');
  return true;
}
