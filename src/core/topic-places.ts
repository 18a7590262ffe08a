import type { TreeView } from '../extract/tree-roles/index.ts';
import { quadClassOf } from '../knowledge/ontology.ts';
import type { Knowledge } from '../knowledge/types.ts';
export { isVerbalActNoun } from '../knowledge/act-nouns.ts';

// A protest or a statement is often about an act elsewhere: "protested against the war in Ukraine", "demonstrated over
// the killing of a teenager in Paris", "condemned the attack on its embassy in Baghdad", "called for an end to the
// fighting in Darfur". The place of that act (its topic) is not where the protest or statement happened.

// a nominal path up to the trigger; a clause on the way belongs to another predicate (clause-places.ts)
const NOMINAL_LINKS = new Set(['nmod', 'obl', 'obj', 'iobj', 'nsubj', 'appos', 'flat', 'compound', 'conj', 'amod']);

const materialNouns = new WeakMap<Knowledge, Set<string>>();
/**
 * "war", "killing", "arrest", "crackdown": a noun that names a material act (a one-word noun pattern of quad class 2
 * or 4, or data/lexicon/topic-act-nouns.tsv). Not a protest: it gathers where its talks and statements are held
 * ("negotiated an end to a four-day protest in the nation's capital").
 */
export function isMaterialActNoun(kb: Knowledge, lemma: string): boolean {
  if (kb.lexicon.topicActNouns.has(lemma)) return true;
  let nouns = materialNouns.get(kb);
  if (!nouns) {
    nouns = new Set();
    for (const [word, patterns] of kb.patterns) {
      if (patterns.some((p) => p.kind === 'noun' && p.steps.length === 1 && [2, 4].includes(quadClassOf(p.cameo)) && !p.cameo.startsWith('14'))) nouns.add(word);
    }
    materialNouns.set(kb, nouns);
  }
  return nouns.has(lemma);
}

/**
 * True when the place at token `place` hangs, through nominal links, on a noun of a material act below the trigger
 * ("against the war in Ukraine"): the act the protest or statement is about happened there, not the protest.
 */
export function inTopicAct(tree: TreeView, actNoun: (lemma: string) => boolean, place: number, trigger: { head: number; tokens: readonly number[] }, venues?: ReadonlySet<string>): boolean {
  if (!tree.has(place) || !tree.has(trigger.head)) return false;
  // "went on strike in Zambia": the trigger's own act noun names this act; "protested against the war": a noun the
  // trigger's words take as what it is against is its topic
  const topicNoun = (n: number) => tree.upos(n) === 'NOUN' && actNoun(tree.tokens[n].lemma)
    && (!trigger.tokens.includes(n) || tree.childrenWith(n, 'case').some((k) => TOPIC_PREPS.has(tree.tokens[k].lower)));
  return hangsOnActNoun(tree, topicNoun, place, trigger.head, venues) || followsActNoun(tree, topicNoun, place, trigger.head);
}

const TOPIC_PREPS = new Set(['against', 'over', 'about', 'at']);

const LOCATIVE = new Set(['in', 'on', 'across', 'throughout', 'inside']);

/**
 * "protested against the war in Ukraine" parsed with "in Ukraine" on the verb: a place right after an act noun and
 * "in" that the trigger governs is that noun's, as a reader takes it.
 */
function followsActNoun(tree: TreeView, topicNoun: (n: number) => boolean, place: number, triggerHead: number): boolean {
  const prep = place - 1, noun = place - 2;
  if (!tree.has(noun) || !LOCATIVE.has(tree.tokens[prep].lower) || noun === triggerHead) return false;
  if (!topicNoun(noun)) return false;
  for (let i = noun, steps = 0; i >= 0 && steps < 6; i = tree.head(i), steps++) {
    if (tree.head(i) === triggerHead) return NOMINAL_LINKS.has(tree.base(i));
    if (!NOMINAL_LINKS.has(tree.base(i))) return false;
  }
  return false;
}

// "discussed the sanctions at a meeting in Brussels": a meeting "at"/"during" which the act is told is its setting
const SETTING_PREPS = new Set(['at', 'during']);

function hangsOnActNoun(tree: TreeView, topicNoun: (n: number) => boolean, place: number, triggerHead: number, venues?: ReadonlySet<string>): boolean {
  let i = place;
  for (let steps = 0; steps < 12 && i >= 0 && i !== triggerHead; steps++) {
    if (!NOMINAL_LINKS.has(tree.base(i))) return false;
    if (venues?.has(tree.tokens[i].lower) && tree.childrenWith(i, 'case').some((k) => SETTING_PREPS.has(tree.tokens[k].lower))) return false;
    const head = tree.head(i);
    if (head < 0 || head === triggerHead) return false;
    if (topicNoun(head)) return true;
    i = head;
  }
  return false;
}
