import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Verbs that take a clause without "that" ("said the talks ended"): after them a subject and a bare past verb is a
// clause. After any other verb it is an object described by a participle ("condemned the arrests made last week").
export const CLAUSE_VERBS = new Set(['say', 'claim', 'believe', 'think', 'report', 'confirm', 'deny', 'insist', 'announce', 'warn', 'fear', 'hope', 'expect',
  'suggest', 'show', 'admit', 'acknowledge', 'note', 'add', 'argue', 'allege', 'know', 'learn', 'find', 'feel', 'realize', 'realise', 'agree', 'decide',
  'estimate', 'indicate', 'reveal', 'state', 'tell', 'write', 'ensure', 'predict', 'assert', 'explain', 'mean', 'prove', 'hear', 'see', 'understand', 'doubt',
  'recall', 'remember', 'notice', 'guess', 'suppose', 'assume', 'wish', 'worry', 'complain', 'declare', 'maintain', 'stress', 'emphasize', 'emphasise']);

// irregular past forms of those verbs, where a lemma is missing
export const SAID = new Set(['said', 'thought', 'told', 'found', 'felt', 'knew', 'heard', 'saw', 'understood', 'meant', 'wrote', 'showed', 'shown', 'seen', 'known']);

/**
 * "condemned Navalny's arrest and hundreds of arrests made last week and called for their release": the object and
 * the participle that describes it read as a clause (the object its `nsubj`, the participle a `ccomp` of the verb),
 * and the verb coordinated after it hung on the participle, so "called" loses its subject. Only verbs of saying or
 * thinking take a clause without "that"; after another verb with no object of its own, a past participle with no
 * auxiliary, object or marker describes its "subject", which is the verb's object; a verb coordinated with the
 * participle is the main verb's conjunct:
 *   "welcomed the progress achieved in Doha", "rejected the claims made by Moscow", "condemned the killings carried out Sunday".
 */
export function repairReducedRelativeObject(tree: EditableTree, tokens: readonly Token[]): string | null {
  let repaired = false;
  for (const participle of tree.nodes()) {
    const verb = tree.head(participle);
    if (verb < 0 || verb > participle || !['ccomp', 'parataxis'].includes(tree.label(participle)) || tree.upos(verb) !== 'VERB') continue;
    // a clause another repair made ("said gunmen stormed") stays one
    if (tree.moved.has(participle) || CLAUSE_VERBS.has(tokens[verb].lemma) || SAID.has(tokens[verb].lower) || tree.children(verb).some((k) => tree.label(k) === 'obj')) continue;
    if (tree.upos(participle) !== 'VERB' || !/(ed|en|de)$/.test(tokens[participle].lower) || tokens[participle].lower.endsWith('ing')) continue;
    const kids = tree.children(participle);
    if (kids.some((k) => ['aux', 'aux:pass', 'mark', 'obj', 'iobj', 'ccomp', 'xcomp', 'cop', 'expl'].includes(tree.label(k)))) continue;
    const subject = kids.find((k) => tree.label(k) === 'nsubj' && k > verb && ['NOUN', 'PROPN'].includes(tree.upos(k)));
    // the "subject" stands where the verb's object would, right after it ("fled after dawn rebels attacked" stays)
    if (subject === undefined || Math.min(subject, ...tree.descendants(subject, () => true)) !== verb + 1) continue;
    tree.attach(subject, verb, 'obj');
    // the participle describes the last conjunct of the object when it follows it: "hundreds of arrests made"
    const conjuncts = tree.children(subject).filter((k) => tree.label(k) === 'conj' && k < participle);
    tree.attach(participle, conjuncts.length ? conjuncts[conjuncts.length - 1] : subject, 'acl');
    for (const k of tree.children(participle)) if (k > participle && tree.label(k) === 'conj' && tree.upos(k) === 'VERB') tree.attach(k, verb, 'conj');
    repaired = true;
  }
  return repaired ? 'tree-repair:reduced-relative-object' : null;
}
