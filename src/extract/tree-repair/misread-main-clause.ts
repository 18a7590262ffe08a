import type { Token } from '../../nlp/types.ts';
import type { EditableTree } from './editable-tree.ts';

// Auxiliaries that make a clause finite: "were expelled", "has protested", "will meet" (not "to", "being")
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'am', "'s", "'re", 'has', 'have', 'had', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'do', 'does', 'did']);
// (a determiner alone is a pronoun: "Some fled across the border")
const NOMINALS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM', 'DET']);
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that', 'where', 'when']);
// a word shaped like a participle (-ed, -en, -ing) may describe the noun before it; "say", "fled", "began" cannot
const PARTICIPLE_FORM = /(ed|en|ing)$/;
// a relative clause or an aside is no place to look for the sentence's predicate
const NOT_INSIDE = new Set(['acl:relcl', 'parataxis', 'appos']);

/**
 * A sentence whose root is a noun phrase with no copula has lost its predicate: the parse hung the main verb
 * inside its subject. The finite verb there (one with its own finite auxiliary) is the main clause, and the
 * root phrase its subject (`nsubj:pass` when the verb is passive):
 *   "Two Russian diplomats were expelled by Estonia" (expelled an `acl` of diplomats),
 *   "Ukraine's bid to join the EU was backed by Poland" (backed a `ccomp` of join, "the EU" its subject),
 *   "The talks between the two sides will resume on Monday".
 * A subject the verb had inside the root phrase is the object of the verb it hung under ("join the EU").
 * Where no verb has an auxiliary, an unmarked verb both taggers read as a verb, with no subject or agent of its
 * own ("areas seized by the rebels" describes), is the predicate: the first that cannot be a participle ("Residents
 * of the town say troops attacked", "Some fled"), else the last (those before it describe the subject; an -ing
 * form is never the predicate):
 *   "Opposition supporters of abducted schoolgirls protested outside the parliament",
 *   "The agreement reached in May collapsed on Sunday" (collapsed an `advcl` of reached),
 * Returns the repair's id, or null when the tree has a predicate (or more than one root).
 */
export function repairMisreadMainClause(tree: EditableTree, tokens: readonly Token[]): string | null {
  const roots = tree.nodes().filter((i) => tree.head(i) < 0);
  if (roots.length !== 1) return null;
  const root = roots[0];
  if (!NOMINALS.has(tree.upos(root)) || tree.children(root).some((c) => ['cop', 'nsubj', 'nsubj:pass', 'csubj'].includes(tree.label(c)))) return null;
  const verbs = tree.descendants(root, (c) => !NOT_INSIDE.has(tree.label(c)) || isContentClause(tree, tokens, c)).filter((v) => v > root && isClauseVerb(tree, tokens, v));
  const finite = verbs.find((v) => tree.children(v).some((c) => tree.base(c) === 'aux' && FINITE_AUXILIARIES.has(tokens[c].lower) && c < v));
  // (a verb right after a comma is an aside or a coordinated clause: "The accord, reached in Algiers, ended the war" stays)
  const bare = verbs.filter((v) => ['acl', 'advcl', 'xcomp', 'conj'].includes(tree.label(v)) && (tokens[v].pos === 'VERB' || takesObject(tree, v)) && !/ing$/.test(tokens[v].lower) && tokens[v - 1]?.text !== ','
    && !tree.children(v).some((c) => ['nsubj', 'aux'].includes(tree.base(c)) || tree.label(c) === 'obl:agent'));
  // "The war between the army and the RSF erupted in April 2023 and has displaced millions": a verb the parse joined to
  // the subject noun itself comes first, and the finite verb after "and" is its conjunct, not the predicate
  const joined = finite === undefined ? undefined : bare.find((v) => v < finite && tree.head(v) === root && tree.label(v) === 'conj' && opensWithAnd(tree, tokens, finite));
  // "Sarkozy, 70, denounced the verdict and said he would appeal": the verb after the aside comes before a finite one
  // inside its own conjunct
  const aside = predicateAfterAside(tree, tokens, root);
  const early = finite !== undefined && aside !== undefined && aside < finite ? aside : undefined;
  const verb = joined ?? early ?? finite ?? bare.find((v) => !PARTICIPLE_FORM.test(tokens[v].lower)) ?? bare.at(-1) ?? aside;
  if (verb === undefined) return null;
  const own = tree.children(verb).find((c) => tree.base(c) === 'nsubj');
  const above = tree.head(verb);
  if (own !== undefined) {
    // "bid to join the EU was backed": the verb's subject inside the root phrase is the object of "join"
    if (own < root || tree.upos(above) !== 'VERB' || own < above || tree.children(above).some((c) => tree.base(c) === 'obj')) return null;
    tree.attach(own, above, 'obj');
  }
  const passive = tree.children(verb).some((c) => tree.label(c) === 'aux:pass');
  tree.attach(verb, -1, 'root');
  tree.attach(root, verb, passive ? 'nsubj:pass' : 'nsubj');
  // what the root phrase held after the verb belongs to the clause: ".", "on Monday"
  for (const c of tree.children(root)) if (c > verb) tree.attach(c, verb, tree.label(c));
  if (joined !== undefined && finite !== undefined) tree.attach(finite, verb, 'conj');
  if (early !== undefined || finite === undefined && bare.length === 0) takeDependentsAfter(tree, verb, root);
  return 'tree-repair:misread-main-clause';
}

// "Armed men looted the market": the word tagger may read a past form as an adjective ("looted"); an adjective takes no
// object, so a verb of the parse's with an object of its own after it is a verb to both
const takesObject = (tree: EditableTree, v: number) => tree.children(v).some((c) => c > v && tree.label(c) === 'obj');

// the verb has its own "and" before it (a conjunct's cc)
function opensWithAnd(tree: EditableTree, tokens: readonly Token[], verb: number): boolean {
  return tree.children(verb).some((c) => c < verb && tree.base(c) === 'cc' && tokens[c].lower === 'and');
}

// "Thousands of residents, furious with the police, fought battles": the predicate after an aside set off by commas,
// hung on the subject as a `parataxis`, or inside the aside ("The Houthis, who control the port, fired missiles":
// "fired" an `amod` of "missiles", the object of "control"). A verb both taggers read as one, with no subject,
// auxiliary or marker of its own, right after the aside's closing comma ("Hundreds of farmers, angry at the tax,
// blocked roads"); a parenthetical with its own subject ("the army, officials said") is no predicate.
function predicateAfterAside(tree: EditableTree, tokens: readonly Token[], root: number): number | undefined {
  const opening = tree.nodes().find((k) => k > root && tokens[k].text === ',');
  // a participle aside stays as the parse read it ("The accord, reached in Algiers, ended the war": the verb after it
  // would make the accord an actor)
  if (opening === undefined || tree.upos(opening + 1) === 'VERB') return undefined;
  return tree.nodes().find((v) => v > opening + 1 && tokens[v - 1]?.text === ',' && tree.upos(v) === 'VERB' && tokens[v].pos === 'VERB'
    && !/ing$/.test(tokens[v].lower) && ['parataxis', 'amod', 'acl', 'conj'].includes(tree.label(v))
    && !tree.children(v).some((c) => ['nsubj', 'aux', 'mark', 'csubj', 'expl'].includes(tree.base(c))));
}

// What the parse hung, after the predicate found after an aside, on a word before the aside's closing comma belongs
// to the predicate: "who control the port, fired | missiles at a tanker" (missiles the object of "control").
function takeDependentsAfter(tree: EditableTree, verb: number, root: number): void {
  for (const k of tree.nodes()) {
    const h = tree.head(k);
    if (k > verb && h >= 0 && h < verb - 1 && h !== root) tree.attach(k, verb, tree.label(k));
  }
}

// A verb that can head a clause: tagged VERB by the parser, opened by no marker ("to join", "of abducted")
// and no relative word (a relative clause is a description, read elsewhere).
function isClauseVerb(tree: EditableTree, tokens: readonly Token[], v: number): boolean {
  if (tree.upos(v) !== 'VERB') return false;
  return !tree.children(v).some((c) => tree.base(c) === 'mark' || (c < v && RELATIVE_WORDS.has(tokens[c].lower) && ['nsubj', 'nsubj:pass', 'obj', 'advmod'].includes(tree.label(c))));
}

// "Hezbollah's warning that it would strike Israeli cities | came after a raid": a noun's content clause the parse took
// for a relative one ("that" its marker, the clause its own subject) holds no relative word, and the predicate it swallowed
// may be found inside it (the clause's own verb has a marker: no predicate)
function isContentClause(tree: EditableTree, tokens: readonly Token[], v: number): boolean {
  if (tree.label(v) !== 'acl:relcl') return false;
  const own = tree.children(v);
  return own.some((c) => c < v && tree.base(c) === 'mark' && tokens[c].lower === 'that') && own.some((c) => c < v && tree.base(c) === 'nsubj' && !RELATIVE_WORDS.has(tokens[c].lower));
}
