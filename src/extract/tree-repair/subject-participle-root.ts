import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';
import { inflectedVerbForm } from '../verb-reading.ts';

export const SUBJECT_PARTICIPLE_ROOT_RULE = 'tree-repair:subject-participle-root';

// auxiliaries of a finite clause: "had marched", "have gathered", "will march"
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'did']);
// what an -ing word acting as the main verb would have ("are demanding", "while demanding")
const OWN_CLAUSE = new Set(['aux', 'aux:pass', 'cop', 'mark', 'expl']);
// relations under which the sentence's predicate may have been hung (not a relative clause nor an aside)
const PREDICATE_RELATIONS = new Set(['ccomp', 'acl', 'advcl', 'conj', 'xcomp']);
const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
// how the parse may hang a subject set off from its participle by a comma
const ASIDE_SUBJECT = new Set(['nsubj', 'compound', 'dep', 'appos']);

/**
 * "Protesters demanding the release of political prisoners blocked the highway", "Crowds demanding his resignation
 * have gathered outside the palace": the -ing participle that describes the subject read as the sentence's root, and
 * the main verb hung inside its object (an `acl` of "release") or as its `ccomp` with the object as subject. An -ing
 * form with no auxiliary is no main verb: the finite verb after it (one with a finite auxiliary, else the last verb in
 * a past form with no subject, agent or comma before it) is the root, the subject its `nsubj`, the participle the
 * subject's `acl` (its demand then has the protesters as its actor), and what the participle held after the verb the
 * verb's ("on Tuesday").
 */
export function repairSubjectParticipleRoot(tree: EditableTree, tokens: readonly Token[]): string | null {
  const roots = tree.nodes().filter((i) => tree.head(i) < 0);
  if (roots.length !== 1) return null;
  // the participle is the root with the subject its `nsubj`, or the `acl` of a root noun phrase with no predicate
  // ("Hundreds of student-led demonstrators | demanding ... gathered", after the hyphen repair)
  const nominalRoot = NOMINALS.has(tree.upos(roots[0])) && !tree.children(roots[0]).some((c) => ['cop', 'nsubj', 'nsubj:pass'].includes(tree.label(c)));
  const root = nominalRoot ? lastAcl(tree, roots[0]) : roots[0];
  if (root === undefined || tree.upos(root) !== 'VERB' || !tokens[root].lower.endsWith('ing')) return null;
  if (tree.children(root).some((c) => OWN_CLAUSE.has(tree.label(c)))) return null;
  // ("Rubio, meeting his Saudi counterpart on Monday, said": an aside set off by commas, its subject maybe read as the
  // participle's compound)
  const aside = !nominalRoot && tokens[root - 1]?.text === ',';
  const subject = nominalRoot ? roots[0] : tree.children(root).find((c) => (tree.label(c) === 'nsubj' || aside && ASIDE_SUBJECT.has(tree.label(c))) && c < root && NOMINALS.has(tree.upos(c)));
  // the subject's phrase ends right before the participle ("Thousands of protesters | demanding"), or its comma
  if (subject === undefined || Math.max(subject, ...tree.descendants(subject, (c) => c !== root && tree.base(c) !== 'punct')) !== root - (aside ? 2 : 1)) return null;
  const verbs = tree.descendants(root, (c) => c < root || PREDICATE_RELATIONS.has(tree.base(c)) || tree.upos(c) !== 'VERB').filter((v) => v > root && tree.upos(v) === 'VERB' && PREDICATE_RELATIONS.has(tree.base(v)));
  // ("Migrants attempting to cross the border | were shot by guards": a passive's finite auxiliary as well)
  const finite = verbs.find((v) => tree.children(v).some((c) => c < v && (tree.label(c) === 'aux' || tree.label(c) === 'aux:pass') && FINITE_AUXILIARIES.has(tokens[c].lower)));
  const bare = verbs.filter((v) => inflectedVerbForm(tokens[v].lower) && !tokens[v].lower.endsWith('ing') && tokens[v - 1]?.text !== ','
    && !tree.children(v).some((c) => ['aux', 'aux:pass', 'obl:agent', 'mark'].includes(tree.label(c))));
  // (the aside's closing comma before the finite verb: "…, meeting X on Monday, | said talks had been productive")
  const closing = aside ? verbs.find((v) => tokens[v - 1]?.text === ',' && inflectedVerbForm(tokens[v].lower) && !tokens[v].lower.endsWith('ing') && !tree.children(v).some((c) => c < v && ['aux', 'aux:pass', 'mark'].includes(tree.label(c)))) : undefined;
  const verb = aside ? closing : finite ?? bare.at(-1);
  if (verb === undefined) return null;
  // (read as the verb's subject, the participle's object: "demanding her resignation | had marched")
  const own = tree.children(verb).find((c) => tree.base(c) === 'nsubj');
  if (own !== undefined && (own < root || tree.head(verb) !== root)) return null;
  tree.attach(verb, -1, 'root');
  tree.attach(subject, verb, 'nsubj');
  tree.attach(root, subject, 'acl');
  if (own !== undefined) tree.attach(own, root, 'obj');
  for (const c of [...tree.children(root), ...(nominalRoot ? tree.children(subject) : [])]) if (c > verb) tree.attach(c, verb, tree.label(c));
  return SUBJECT_PARTICIPLE_ROOT_RULE;
}

/** The root noun's -ing `acl` (under it or its "of" noun: "Hundreds of demonstrators | demanding"). */
function lastAcl(tree: EditableTree, root: number): number | undefined {
  const near = [root, ...tree.children(root).filter((c) => tree.base(c) === 'nmod' && c > root)];
  return near.flatMap((n) => tree.children(n).filter((c) => tree.label(c) === 'acl' && c > n)).at(-1);
}
