import type { Trigger } from '../triggers.ts';
import { isPossessor } from './owner-phrase.ts';
import type { TreeView } from './tree-view.ts';

// the dependents that only a noun takes: "the shelling", "heavy shelling", "Russian shelling", "in the shelling"
const NOUN_DEPENDENTS = new Set(['det', 'amod', 'case', 'nmod:poss']);

/** The rule of an event whose verb pattern matched a gerund the tree reads as a noun (it takes noun roles). */
export const GERUND_NOUN_RULE = 'roles:gerund-as-noun';

/**
 * "killed in Russian shelling of Kherson", "Heavy shelling by government forces hit the city": a one-word verb
 * pattern matched on a gerund the tree reads as a noun, with a determiner, adjective, preposition or possessor of
 * its own. Such an act has a noun's roles (its demonym or "by" names the doer, "of"/"on" what it hits); the verb's
 * subject and object, which the sentence's other verb has, are not its own.
 */
export function isGerundNoun(tree: TreeView, tr: Trigger): boolean {
  // (tagged a verb, read as a subject: "Fighting between A and B left 20 dead", tree-repair opening-gerund-subject)
  const noun = tree.upos(tr.head) === 'NOUN' || tree.upos(tr.head) === 'VERB' && tree.label(tr.head) === 'nsubj';
  if (tr.tokens.length !== 1 || !tree.tokens[tr.head].lower.endsWith('ing')) return false;
  // ("Fighting between the army and the RSF paramilitary group killed dozens" read as the root verb: a fight's two
  // sides after "between" or "pitting" make it the fight's noun, whatever the parse of a long side; core/between-parties.ts)
  if (SIDES_AFTER.has(tree.tokens[tr.head + 1]?.lower ?? '')) return true;
  if (!noun) return false;
  // "Fighting broke out between the army and the RSF", "Shelling continued overnight": a bare gerund the tree reads
  // as its clause's subject noun, with no object of its own, is the act that happened
  if (SUBJECT.has(tree.label(tr.head)) && tree.childrenWith(tr.head, 'obj').length === 0) return true;
  return tree.children(tr.head).some((c) => NOUN_DEPENDENTS.has(tree.label(c)));
}
const SUBJECT = new Set(['nsubj', 'nsubj:pass']);
const SIDES_AFTER = new Set(['between', 'pitting']);

/** The roles a trigger takes: a noun's for a verb pattern on a gerund read as a noun (the rule joins `rules`), else its pattern's kind. */
export function rolesKind(tree: TreeView, tr: Trigger, rules: string[], ofUndergoneActs: ReadonlySet<string> = new Set()): 'verb' | 'noun' {
  if (tr.pattern.kind !== 'verb') return tr.pattern.kind;
  if (isGerundNoun(tree, tr)) return rules.push(GERUND_NOUN_RULE), 'noun';
  if (isPossessedVerbNoun(tree, tr, ofUndergoneActs)) return rules.push(POSSESSED_VERB_NOUN_RULE), 'noun';
  return 'verb';
}

/** The rule of an event whose verb pattern matched a noun of the verb's form with a possessor ("Russia's capture of Avdiivka"). */
export const POSSESSED_VERB_NOUN_RULE = 'roles:possessed-verb-noun';

/**
 * "Russia's capture of Avdiivka", "the army's recapture of Palmyra": a one-word verb pattern matched on a noun of the
 * verb's own form that the tree reads as a noun with a possessor and an "of" noun, an act whose possessor does it and
 * whose "of" noun undergoes it (data/lexicon/undergone-acts.tsv). It has a noun's roles, as a gerund does; the verb
 * reading found no subject and dropped the act ("his hammer" has no "of" noun and is no act).
 */
function isPossessedVerbNoun(tree: TreeView, tr: Trigger, ofUndergoneActs: ReadonlySet<string>): boolean {
  const word = tree.tokens[tr.head];
  return tr.tokens.length === 1 && tree.upos(tr.head) === 'NOUN' && ofUndergoneActs.has(word.lemma) && hasPossessor(tree, tr.head)
    && tree.childrenWith(tr.head, 'nmod').some((n) => tree.marker(n) === 'of');
}

/** The noun has a possessor ("Russia's capture", "the rebels' capture": owner-phrase.ts isPossessor). */
const hasPossessor = (tree: TreeView, head: number) => tree.children(head).some((k) => k < head && isPossessor(tree, k));

/** The rule of an event whose verb pattern matched a plural noun that no clause subject makes ("renewed calls for"). */
export const PLURAL_ACT_NOUN_RULE = 'roles:plural-act-noun';
// the relations of a noun in its clause: "renewed calls for", "protests and calls for", "the calls for ... grew"
const NOMINAL_RELATIONS = new Set(['obj', 'nsubj', 'nsubj:pass', 'obl', 'nmod', 'conj', 'appos']);

/**
 * "There were renewed calls for the governor's resignation", "marked by protests and calls for the president's ouster":
 * a verb pattern matched on a plural noun ("calls", "demands") the tree reads as a noun in a noun's relation (under a
 * noun, for a conjunct). Asked only when the verb's reading found no actor: "rallied with calls for", "repeated calls
 * for" keep the clause's subject as the makers.
 */
export function isPluralActNoun(tree: TreeView, tr: Trigger): boolean {
  const word = tree.tokens[tr.head];
  if (tree.upos(tr.head) !== 'NOUN' || !word.lower.endsWith('s') || word.lower === word.lemma || !NOMINAL_RELATIONS.has(tree.label(tr.head))) return false;
  const head = tree.head(tr.head);
  return tree.label(tr.head) !== 'conj' || head >= 0 && tree.upos(head) === 'NOUN';
}

/**
 * Where the act lands is read as a noun's landing (its "of"/"on" noun): a noun row, a verb row read with a noun's roles
 * (above), or a verb row whose head the tree reads as a noun with an "of" noun ("Government forces' recapture of the
 * airport" for "recapture * airport"): the verb's object is no part of a noun phrase.
 */
export function landsAsNoun(tree: TreeView, tr: Trigger, rules: readonly string[]): boolean {
  if (tr.pattern.kind === 'noun' || rules.includes(GERUND_NOUN_RULE) || rules.includes(POSSESSED_VERB_NOUN_RULE)) return true;
  return tree.upos(tr.head) === 'NOUN' && tree.childrenWith(tr.head, 'nmod').some((n) => tree.marker(n) === 'of');
}
