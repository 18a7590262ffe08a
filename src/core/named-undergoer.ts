import type { Candidate } from '../extract/candidate.ts';
import type { TreeView } from '../extract/tree-roles/tree-view.ts';
import type { Token } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { antecedentOf } from './actor-ref.ts';

// "Opposition leader Ousmane Sonko was arrested at his home, his lawyer said", "he said he had been detained in his
// office": an agentless passive needs a date or a place to be told news ("Brazil has been hit hardest"), but an
// arrest, abduction or beating that befell one person named or titled is one occasion, whatever the sentence leaves
// unsaid. Crowds and categories ("journalists have been detained") stay generic; so do other acts ("was surrounded")
// and a passive not told as done ("to surrender or be killed").
const isIndividual = (p: ActorPhrase | undefined) => p !== undefined && !p.plural && (p.kind === 'person' || p.kind === 'role' && p.roleKind === 'person');
// CAMEO arrest or detain (173), a conviction or sentence (116), and the unconventional violence done to a person: abduct, beat, torture, kill (18x)
const ON_ONE_PERSON = /^(173|18|116)/;
// the passive auxiliaries of an act told as done ("was", "were", "had been"); a bare "be" is a plan, order or dare
const TOLD_PASSIVE = new Set(['was', 'were', 'been', 'is', 'are']);

/** Whether a passive act with no doer befell one named or titled person (or a pronoun taking one up). */
export function befellNamedIndividual(c: Candidate, antecedents: ReadonlyMap<ActorPhrase, ActorPhrase>, tree: TreeView, tokens: readonly Token[]): boolean {
  if (!ON_ONE_PERSON.test(c.info.code) || !tree.childrenWith(c.trigger.head, 'aux:pass').some((a) => TOLD_PASSIVE.has(tokens[a].lower))) return false;
  // ("The former minister was sentenced ...": a titled description the story names no one for is still one person)
  return c.targets.some((t) => {
    const antecedent = t.kind === 'anaphor' ? antecedentOf(t, antecedents) : t;
    return antecedent === undefined ? titledDescription(t, tokens) : isIndividual(antecedent);
  });
}

// "the former minister", "the country's top judge": a definite description of one titled person, no pronoun
function titledDescription(p: ActorPhrase, tokens: readonly Token[]): boolean {
  const first = tokens.find((k) => k.start === p.start);
  return p.roleKind === 'person' && !p.plural && first !== undefined && first.pos !== 'PRON';
}
