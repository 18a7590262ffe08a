import type { Knowledge } from '../../knowledge/types.ts';
import { lookupCameo } from '../../knowledge/ontology.ts';
import { withoutPrefixHyphen } from '../morphology.ts';
import { cuePhrases } from '../cue-groups.ts';

// the single-word event nouns of the pattern files, per knowledge base
const eventNouns = new WeakMap<Knowledge, Set<string>>();

/** "attack", "fire", "operation": a noun that names an act can be its object, never its target. */
export function isActNoun(kb: Knowledge, word: string): boolean {
  const lemma = word.includes('-') ? withoutPrefixHyphen(word) : word;
  if (kb.lexicon.actNouns.has(lemma)) return true;
  let nouns = eventNouns.get(kb);
  if (!nouns) {
    nouns = new Set();
    for (const [word, patterns] of kb.patterns) if (patterns.some((p) => p.kind === 'noun' && p.steps.length === 1)) nouns.add(word);
    eventNouns.set(kb, nouns);
  }
  return nouns.has(lemma);
}

/** "fired rockets", "dropped bombs", "fired tear gas": the object is the means, the target is where it is aimed. */
export function isInstrumentVerb(kb: Knowledge, verbLemma: string): boolean {
  return kb.lexicon.instrumentVerbs.has(verbLemma);
}

// verbs with a REQUEST pattern of their own, per knowledge base ("urge", "demand", "call")
const requestVerbs = new WeakMap<Knowledge, Set<string>>();

/** "demand", "urge", "appeal": a verb that asks someone for something. */
export function isRequestVerb(kb: Knowledge, lemma: string): boolean {
  let verbs = requestVerbs.get(kb);
  if (!verbs) {
    verbs = new Set();
    for (const [word, patterns] of kb.patterns) if (patterns.some((p) => p.kind === 'verb' && lookupCameo(kb.ontology, p.cameo)?.type === 'REQUEST')) verbs.add(word);
    requestVerbs.set(kb, verbs);
  }
  return verbs.has(lemma);
}

/** A verb whose object a force is sent to keep safe, not to face: "to secure the capital", "to escort convoys" (clause-cues.tsv guarding). */
export const isGuardingVerb = (kb: Knowledge, lemma: string): boolean => cuePhrases(kb.lexicon.clauseCues, 'guarding').has(lemma);
