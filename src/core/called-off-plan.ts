import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { baseForms } from '../extract/morphology.ts';
import { patternInfo } from '../knowledge/patterns.ts';
import { lookupCameo } from '../knowledge/ontology.ts';
import { asCancelledMeetings, CANCELLED_MEETING } from './cancelled-meeting.ts';
import type { EventPattern } from '../knowledge/types.ts';
import type { PloverType } from '../schema/event.ts';

/** The rule of a planned act its planner called off; the coder reads it as certainty called_off. */
export const CALLED_OFF_PLAN = 'certainty:called-off-planned-act';

/**
 * "The opposition called off a planned protest", "the union cancelled a strike set for Monday", "the Houthis called
 * off a planned drone attack": ending an act under way is a concession or a de-escalation (the rows marked `ongoing`:
 * "called off the strike" is CAMEO 082, "called off their offensive" 087), but an act still on the timetable ends
 * nothing. What the sentence tells is the act itself, by its planner, called off (coding guide: "called_off ones are
 * coded with that certainty"). The act noun's own row gives its type; with none, the row's reading stays.
 */
export function asCalledOffPlans(ctx: SentenceContext, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    if (!c.trigger.pattern.requiresOngoing) return c; // (a row `ongoing:PROTEST` names the kind of act it ends)
    const noun = plannedActNoun(ctx, c.trigger.tokens);
    const row = noun === null ? undefined : actNounRow(ctx, noun, c.trigger.pattern.calledOffType ?? null);
    const info = (noun === null ? undefined : ownReading(candidates, c, noun)) ?? (row && patternInfo(ctx.kb.ontology, row));
    return info ? { ...c, info, rules: [...c.rules, CALLED_OFF_PLAN] } : c;
  });
}

/**
 * The act noun's own reading, its word senses applied, when the sentence coded it: "the union called off its planned
 * strike" matched "call off * plan" (a planned military act, ongoing:ASSAULT), but the union's strike is the walkout
 * its own senses read (argument-senses.tsv strike), PLOVER PROTEST strike, called off; the noun tables only decide
 * an act the sentence left uncoded.
 */
function ownReading(candidates: readonly Candidate[], caller: Candidate, noun: number) {
  const own = candidates.find((o) => o !== caller && o.trigger.pattern.kind === 'noun' && o.trigger.tokens[o.trigger.tokens.length - 1] === noun);
  return own?.info;
}

/**
 * The act noun the row takes, when a participle of scheduling (clause-cues.tsv scheduling) puts it on the timetable
 * before or after it ("a planned protest", "a rally scheduled for Saturday", "a march set for Sunday"). Read on the
 * row's words and beside them: the parse may hang the noun anywhere ("called off a planned protest": "off" read as a
 * preposition). A row that matched on the participle itself ("cancel * plan" on "cancelled a strike planned for
 * Monday") takes the noun before it.
 */
function plannedActNoun(ctx: SentenceContext, own: readonly number[]): number | null {
  const t = ctx.doc.tokens;
  const scheduling = cuePhrases(ctx.kb.lexicon.clauseCues, 'scheduling');
  const within = (k: number) => k >= ctx.sentence.tokenStart && k < ctx.sentence.tokenEnd;
  const participle = (k: number) => within(k) && [t[k].lemma, t[k].lower, ...baseForms(t[k])].some((l) => scheduling.has(l))
    && (/ed$/.test(t[k].lower) || ['for', 'on'].includes(t[k + 1]?.lower ?? ''));
  const last = own[own.length - 1];
  // (after it, the tagger may read the act noun as an adjective: "a planned offensive")
  if (participle(last)) return [last + 1, last - 1].find((k) => within(k) && (t[k].pos === 'NOUN' || k > last && t[k].pos === 'ADJ')) ?? null;
  return participle(last - 1) || participle(last + 1) || ctx.tree().childrenWith(last, 'amod', 'acl').some(participle) ? last : null;
}

/** The noun row of the given type naming the act at `noun`, longest first ("drone attack" before "attack"). */
function actNounRow(ctx: SentenceContext, noun: number, type: PloverType | null): EventPattern | undefined {
  const t = ctx.doc.tokens;
  for (let start = Math.max(ctx.sentence.tokenStart, noun - 2); start <= noun; start++) {
    const words = t.slice(start, noun + 1);
    const rows = [...ctx.kb.patterns.get(words[0].lemma) ?? [], ...ctx.kb.patterns.get(words[0].lower) ?? []];
    const named = rows.filter((p) => p.kind === 'noun' && p.steps.length === words.length
      && p.steps.every((s, i) => !s.gapBefore && (s.lemmas.includes(words[i].lemma) || s.lemmas.includes(words[i].lower))));
    const typeOf = (p: EventPattern) => patternInfo(ctx.kb.ontology, p)?.type;
    // (a row of no kind takes a noun of one kind only, its senses included: "cancelled a strike planned for Monday"
    // may be either, data/patterns/argument-senses.tsv)
    const senseTypes = (ctx.kb.senses.get(words[words.length - 1].lemma) ?? []).flatMap((r) => r.cameo && r.cameo !== '=' ? [lookupCameo(ctx.kb.ontology, r.cameo)?.type] : []);
    const row = type === null ? named.find((p) => [...named.map(typeOf), ...senseTypes].every((k) => k === typeOf(p))) : named.find((p) => typeOf(p) === type);
    if (row) return row;
  }
  return undefined;
}

/** Cancelled meetings (cancelled-meeting.ts) and called-off plans: acts the sentence tells as undone. */
export function asCancelledActs(ctx: SentenceContext, candidates: readonly Candidate[]): Candidate[] {
  return asCancelledMeetings(ctx, asCalledOffPlans(ctx, candidates));
}

/** Whether a candidate's rules make it called off (certainty.ts reads `cancelled`). */
export const isCancelledByRule = (rules: readonly string[]) => rules.includes(CANCELLED_MEETING) || rules.includes(CALLED_OFF_PLAN);
