import type { Event } from '../schema/event.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { withParticipants } from './participants.ts';
import { speaksForActor } from './sides.ts';
import { cuePhrases } from '../extract/cue-groups.ts';

// CAMEO threat codes by the two-digit root of the act threatened: 138 military force, 137 repression, 133 protest,
// 131 non-force (reduced relations, sanctions); any other hostile act is a threat (130). A few three-digit acts have a
// threat of their own: sanctions (163) 1312, breaking relations (161) 1313, stopping aid (162) 1311, expulsion (166) 136,
// administrative sanctions (172) 132, a blockade (191) 1381, occupation (192) 1382
const THREAT_CODES: ReadonlyMap<string, string> = new Map([['18', '138'], ['19', '138'], ['20', '138'], ['17', '137'], ['14', '133'], ['16', '131'],
  ['163', '1312'], ['161', '1313'], ['162', '1311'], ['166', '136'], ['172', '132'], ['191', '1381'], ['192', '1382']]);

/** The CAMEO threat of the act coded `cameo` (its three- or two-digit root): "would strike" threatens military force (138). */
export const threatOf = (kb: Pick<Knowledge, 'ontology'>, cameo: string) => lookupCameo(kb.ontology, THREAT_CODES.get(cameo.slice(0, 3)) ?? THREAT_CODES.get(cameo.slice(0, 2)) ?? '130') ?? lookupCameo(kb.ontology, '130');

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

/** In an event's `rules`: a verb that holds out a possible measure is its threat (src/core/weighed-measure.ts). */
export const POSSIBLE_MEASURE_RULE = 'roles:possible-measure-is-threat';

// "said it could impose tariffs", "might expel": a possibility the speaker holds out; "may have killed" a past one owned
const HELD_OUT_MODAL = /^certainty:modal:(could|might|may)$/;
const PERFECT_BEFORE = /\b(?:could|might|may)\s+(?:not\s+)?have\s+(?:been\s+)?$/i;
function isHeldOut(e: Event): boolean {
  if (e.provenance.certainty !== 'hypothetical' || !e.rules.some((r) => HELD_OUT_MODAL.test(r))) return false;
  return !PERFECT_BEFORE.test(e.evidence.sentence.slice(0, Math.max(0, e.trigger.span[0] - e.evidence.span[0])));
}

/**
 * A speaker's own hostile act under a condition is a threat (PLOVER manual: THREATEN is ASSAULT + hypothetical, and
 * the coder returns the single category; the speaker is the actor of a verbal act): "Israel will strike Iran if it
 * attacks Israeli territory, the prime minister said", "'We will strike if they cross the line,' the general said",
 * "Hamas said it would fire rockets at Tel Aviv if Israel entered Rafah" → THREATEN speaker → the act's target.
 * So is one it holds out as possible ("the EU said it could impose tariffs on U.S. goods"), and one it announces for the future under a verb of warning ("'We will retaliate,' the army warned India"), and
 * an answer to another's act it announces under any verb ("Iran said it would retaliate against any Israeli attack"):
 * the answer waits on that act, as a condition's act does.
 * Only where the speaker speaks for the one who would act (sides.ts): another's act under a condition is a forecast and
 * keeps its certainty, as does one the outlet states itself.
 */
export function conditionalForceAsThreat(e: Event, kb: Pick<Knowledge, 'ontology' | 'lexicon'>): Event {
  // "'We will review all incidents for possible visa restrictions,' the official said": the threat is made in the saying
  if (e.rules.includes(POSSIBLE_MEASURE_RULE) && e.provenance.certainty === 'planned') {
    return { ...e, provenance: { ...e.provenance, certainty: 'asserted' }, rules: [...e.rules, 'refiner:held-out-measure-is-made'] };
  }
  const source = e.provenance.source;
  // “Pakistan has every right to give a befitting response,” the prime minister said: a threat in the quoted words of a
  // speaker who speaks for the threatening side is the speaker's (coding guide rule 3: verbal acts have the speaker as actor)
  if (e.type === 'THREATEN' && e.provenance.quote && source !== 'outlet' && e.actor !== null && e.actor.code !== source.code && speaksForActor(source, e.actor)) {
    return { ...withParticipants(e, 'actor', [source]), rules: [...e.rules, 'refiner:quoted-threat-is-speakers'] };
  }
  const warned = e.provenance.certainty === 'planned'
    && (WARNING_VERB.test(e.provenance.reporting_verb ?? '') || answersAnotherAct(e.trigger.text, kb.lexicon.clauseCues));
  if (e.provenance.certainty !== 'conditional' && !warned && !isHeldOut(e) || e.quad_class !== 4 || source === 'outlet' || e.actor === null) return e;
  if (!speaksForActor(source, e.actor) && !sameUncodedName(source, e.actor)) return e;
  const info = threatOf(kb, e.cameo);
  if (!info) return e;
  return {
    ...withParticipants(e, 'actor', [source]), type: 'THREATEN', cameo: info.code, goldstein: info.goldstein, quad_class: info.quadClass,
    provenance: { ...e.provenance, certainty: 'asserted' },
    rules: [...e.rules, 'refiner:conditional-force-is-threat'],
  };
}
