import type { Candidate } from '../extract/candidate.ts';
import type { CueEntry } from '../knowledge/types.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { isArmedOrState } from './actor-ref.ts';
import type { ActorPhrase } from '../resolve/types.ts';

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
const NO_ANTECEDENTS: ReadonlyMap<ActorPhrase, ActorPhrase> = new Map();
const RELATIVE_WORDS = new Set(['who', 'that', 'which']);
const COMING = new Set(['MOBILIZE', 'CONSULT']);

/**
 * "Police fired on demonstrators who tried to storm the parliament", "Poland shot down Russian drones that entered its
 * airspace", "Israeli troops who arrived at the scene shot dead three men": a restrictive relative clause (no comma)
 * on a participant tells which ones the sentence's act befell or who did it; when what it tells is a try by people of
 * no armed or state side (clause-cues.tsv attempt-relative), or a coming into a place read as a deployment or a visit
 * (motion-relative), it is the participant described, no act of its own (coding guide rules 1-2). A deed told there
 * stays an event: "destroyed drones that attacked Odesa overnight", "teachers it seized in March" (so does a set-off
 * one, ", which entered ...").
 */
export function identifyingRelative(view: TreeView, c: Candidate, cues: readonly CueEntry[]): string | null {
  if (c.trigger.pattern.kind !== 'verb' || !view.has(c.trigger.head)) return null;
  let verb = c.trigger.head;
  while (view.label(verb) === 'xcomp' && view.head(verb) >= 0) verb = view.head(verb);
  if (view.label(verb) !== 'acl:relcl') return null;
  // (the noun's own relation is left to the parse, which often loses the main verb: "shot" read as a noun)
  const noun = view.head(verb);
  if (noun < 0 || !NOMINAL.has(view.upos(noun))) return null;
  const opener = view.children(verb).find((k) => k < verb && RELATIVE_WORDS.has(view.tokens[k].lower));
  if (opener === undefined || view.tokens[opener - 1]?.text === ',') return null;
  const lemma = view.tokens[verb].lemma;
  // (an armed side's try is an attack: "troops killed gunmen who tried to storm the base", answered-doers.ts)
  const armed = c.actors.some((a) => isArmedOrState(a, NO_ANTECEDENTS, false));
  if (verb !== c.trigger.head && !armed && cuePhrases(cues, 'attempt-relative').has(lemma)) return 'attempt-relative';
  // (read as a deployment or, before the doer is known to be armed, as a visit: "arrived at" is CAMEO 042 at first)
  if (verb === c.trigger.head && COMING.has(c.info.type) && cuePhrases(cues, 'motion-relative').has(lemma)) return 'motion-relative';
  return null;
}
