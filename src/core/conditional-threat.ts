import type { Event } from '../schema/event.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { withParticipants } from './participants.ts';
import { speaksForActor } from './sides.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

// CAMEO threat codes by the two-digit root of the act threatened: 138 military force, 137 repression, 133 protest,
// 131 non-force (reduced relations, sanctions); any other hostile act is a threat (130)
const THREAT_CODES: ReadonlyMap<string, string> = new Map([['18', '138'], ['19', '138'], ['20', '138'], ['17', '137'], ['14', '133'], ['16', '131']]);

/** The CAMEO threat of the act coded `cameo` (its two-digit root): "would strike" threatens military force (138). */
export const threatOf = (kb: Pick<Knowledge, 'ontology'>, cameo: string) => lookupCameo(kb.ontology, THREAT_CODES.get(cameo.slice(0, 2)) ?? '130') ?? lookupCameo(kb.ontology, '130');

// "'We will respond with force,' the army warned": a hostile act the speaker warns it will do is the threat itself
const WARNING_VERB = /^(warn|threaten|vow)/i;

// "would retaliate", "will hit back at": the trigger opens with a verb of answering another's act (clause-cues.tsv);
// "would take countermeasures", "a retaliatory strike": a word of it names its act an answer (answering-act)
function answersAnotherAct(trigger: string, cues: Knowledge['lexicon']['clauseCues']): boolean {
  const words = trigger.toLowerCase().split(/\s+/);
  for (const phrase of cuePhrases(cues, 'answering')) {
    if (phrase.split(' ').every((w, i) => words[i] === w)) return true;
  }
  const answering = cuePhrases(cues, 'answering-act');
  return words.some((w) => answering.has(w));
}

// "The army said it would respond with force": the pronoun is the speaker, one name no gazetteer codes
const sameUncodedName = (a: { name: string; code: string | null }, b: { name: string; code: string | null }) =>
  a.code === null && b.code === null && a.name.toLowerCase().replace(/^the\s+/, '') === b.name.toLowerCase().replace(/^the\s+/, '');

/**
 * A speaker's own hostile act under a condition is a threat (PLOVER manual: THREATEN is ASSAULT + hypothetical, and
 * the coder returns the single category; the speaker is the actor of a verbal act): "Israel will strike Iran if it
 * attacks Israeli territory, the prime minister said", "'We will strike if they cross the line,' the general said",
 * "Hamas said it would fire rockets at Tel Aviv if Israel entered Rafah" → THREATEN speaker → the act's target.
 * So is one it announces for the future under a verb of warning ("'We will retaliate,' the army warned India"), and
 * an answer to another's act it announces under any verb ("Iran said it would retaliate against any Israeli attack"):
 * the answer waits on that act, as a condition's act does.
 * Only where the speaker speaks for the one who would act (sides.ts): another's act under a condition is a forecast and
 * keeps its certainty, as does one the outlet states itself.
 */
export function conditionalForceAsThreat(e: Event, kb: Pick<Knowledge, 'ontology' | 'lexicon'>): Event {
  const source = e.provenance.source;
  const warned = e.provenance.certainty === 'planned'
    && (WARNING_VERB.test(e.provenance.reporting_verb ?? '') || answersAnotherAct(e.trigger.text, kb.lexicon.clauseCues));
  if (e.provenance.certainty !== 'conditional' && !warned || e.quad_class !== 4 || source === 'outlet' || e.actor === null) return e;
  if (!speaksForActor(source, e.actor) && !sameUncodedName(source, e.actor)) return e;
  const info = threatOf(kb, e.cameo);
  if (!info) return e;
  return {
    ...withParticipants(e, 'actor', [source]), type: 'THREATEN', cameo: info.code, goldstein: info.goldstein, quad_class: info.quadClass,
    provenance: { ...e.provenance, certainty: 'asserted' },
    rules: [...e.rules, 'refiner:conditional-force-is-threat'],
  };
}
