import type { Event } from '../schema/event.ts';
import type { Knowledge } from '../knowledge/types.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { conditionalForceAsThreat } from './conditional-threat.ts';
import { datesFromSpeaker } from './quote-dates.ts';
import { claimedPlanAsAccusation, dedupe, mergeAgentlessWithAgent, mergeParticipleConsequences } from './refiners.ts';
import { mergeCoreferent } from './coreference.ts';
import { counteredActDoer } from './countered-act.ts';
import { deniedCharges } from '../provenance/denied-charges.ts';
import { condemnedActDoer } from './condemned-act-doer.ts';
import { deniedAccuser } from './denied-accuser.ts';
import type { armedActors } from './armed-actors.ts';
import { mergeCasualtiesIntoAttack } from './casualties-of-attack.ts';
import { traceRefiner, type TraceSink } from './trace.ts';
import { plannedAsIntent } from './planned-intent.ts';
import { tollOfBothSides } from './toll-of-both-sides.ts';
import { mergeTollsOfWhenClauses } from './toll-of-when-clause.ts';
import { possessorIsSpeaker } from './possessor-speaker.ts';
import { collectiveSides } from './collective-sides.ts';
import { missionHost } from './mission-host.ts';
import { foldFreeingIntoAttacks } from './freed-by-attackers.ts';
import { foldSeizuresIntoSearches } from './seizure-in-search.ts';
import { foldDetailsOfOneAttack } from './one-attack-details.ts';
import { withoutPledgesToNoOne } from './pledge-to-no-one.ts';
import { resumedAttackAsThreat } from './resumed-attack-threat.ts';
import { withoutServiceTarget } from './service-target.ts';
import { durationStart } from './duration-start.ts';
import { troopsSentToHelp } from './troops-to-help.ts';
import { withoutWarningOfOrder } from '../extract/quoted-order.ts';
import { foldPurposeTalksIntoVisits } from './visit-host.ts';

export interface ArticleRefinerInput {
  readonly kb: Knowledge;
  /** Character offset where each sentence starts, by sentence index. */
  readonly sentenceStarts: readonly number[];
  readonly text: string;
  readonly armed: ReturnType<typeof armedActors>;
  readonly trace?: TraceSink;
}

/**
 * The article's events, once every sentence is coded, read together: types that depend on the whole
 * event (a plan, a conditional force), then merges of one act told twice, then what needs merged events.
 */
export function refineArticleEvents(events: readonly Event[], { kb, sentenceStarts, text, armed, trace }: ArticleRefinerInput): readonly Event[] {
  const accuse = lookupCameo(kb.ontology, '112');
  const refined = accuse ? events.map((e) => claimedPlanAsAccusation(e, { cameo: accuse.code, goldstein: accuse.goldstein, quad_class: accuse.quadClass }, kb.roles)) : events;
  // refiners in order: dates a speaker gave carry to the quote; agentless reports merge with the named strike;
  // ", killing six" joins the attack before it; then same-sentence duplicates, then restatements across sentences
  const refiners: Array<[string, (events: readonly Event[]) => Event[]]> = [
    // "sent troops to Mozambique to help fight insurgents": forces sent abroad to help are military aid (before a plan's promise)
    ['troops-to-help', (es) => es.map((e) => troopsSentToHelp(e, kb))],
    // first: a cooperative act announced for the future is a promise (AGREE), a retreat announced a concession
    ['planned-intent', (es) => es.map((e) => plannedAsIntent(e, kb))],
    // "said it would resume attacks": the attacker's announced resumption or escalation is its threat
    ['resumed-attack-threat', (es) => es.map((e) => resumedAttackAsThreat(e, kb))],
    // a speaker's own hostile act under a condition is a threat
    ['conditional-threat', (es) => es.map((e) => conditionalForceAsThreat(e, kb))],
    // "reopened its embassy in Ethiopia": the act is aimed at the host
    ['mission-host', (es) => es.map((e) => missionHost(e, kb.lexicon.foreignPresenceNouns, text))],
    // "shut down the internet": a public service cut for everyone is aimed at no one named
    ['service-target', (es) => es.map((e) => withoutServiceTarget(e, kb.lexicon.publicServices))],
    ['dates-from-speaker', (es) => datesFromSpeaker(es, sentenceStarts)],
    ['merge-agentless-with-agent', mergeAgentlessWithAgent],
    // "ten soldiers and 30 militants were killed" with no doer named: the fighters fought the others
    // "jihadists attacked their base, the army said": the possessive takes up the speaking state's forces
    // "Xi met Lula ... the two sides signed": the sides of a cooperative act are the last meeting's parties
    ['collective-sides', (es) => collectiveSides(es, sentenceStarts, kb.lexicon.stateCollectiveNouns)],
    ['possessor-is-speaker', (es) => es.map((e) => possessorIsSpeaker(e, kb, armed, text))],
    ['toll-of-both-sides', (es) => es.map((e) => tollOfBothSides(e, armed, kb.lexicon.mutualFightNouns ?? new Set(), text))],
    ['participle-consequence', (es) => mergeParticipleConsequences(es, text)],
    // "killed when troops raided a camp": the toll is the raid's
    ['toll-of-when-clause', mergeTollsOfWhenClauses],
    // "six soldiers were killed in a suicide attack": the killing is the attack's toll
    ['casualties-of-attack', (es) => mergeCasualtiesIntoAttack(es, text)],
    // "'Leave now,' army warns residents": a warning that is a quoted order is that order (quoted-order.ts)
    ['warning-of-order', withoutWarningOfOrder],
    // "has promised to end the insecurity": a pledge to no one named cooperates with no one
    ['pledge-to-no-one', (es) => withoutPledgesToNoOne(es, text)],
    // "travel to Paris for talks with Macron": the talks are the visit's purpose, Macron whom it is for (visit-host.ts)
    ['visit-purpose-talks', (es) => foldPurposeTalksIntoVisits(es, text)],
    ['dedupe', (es) => dedupe(es, text)],
    // "burned ten homes and shot dead two farmers": the details of one attack are one act
    ['details-of-one-attack', (es) => foldDetailsOfOneAttack(es, text)],
    // "searched the home of the opposition leader and seized his computers": one search
    ['seizure-in-search', (es) => foldSeizuresIntoSearches(es, text)],
    // "stormed the jail and freed 400 prisoners": the attackers' freeing is the attack's doing, no release
    ['freed-by-attackers', (es) => foldFreeingIntoAttacks(es, kb.lexicon.custodyWords ?? new Set())],
    // "the militants overran the camp but the Kenyans counterattacked": the answer lands on who did the act it answers
    ['countered-act-doer', (es) => counteredActDoer(es, text, sentenceStarts)],
    // last: one record per real event, listing every sentence that states it (fills `mentions`)
    ['coreference', (es) => mergeCoreferent(es, text, armed)],
    // "ended a two-day visit on Tuesday": the visit is dated by its first day (after the merge: one act told twice in
    // a sentence takes the stretch's date once)
    ['duration-start', (es) => es.map((e) => durationStart(e, kb.lexicon.durationEnds ?? new Map()))],
    // "condemned the attack": whom it accuses is who did the act told before (needs the merged events)
    ['condemned-act-doer', condemnedActDoer],
    // "Islamabad denied the charges": the latest accusation of the denier's act is denied (src/provenance)
    ['denied-charges', deniedCharges],
    // "China denied the accusation": whom a denial rejects is who made the accusation it answers
    ['denied-accuser', deniedAccuser],
  ];
  return refiners.reduce<readonly Event[]>((es, [name, refine]) => traceRefiner(trace, name, refine)(es), refined);
}
