import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { Token } from '../nlp/types.ts';

// Words that name an aim, not a deed, when an infinitive follows them: "in order to", "so as to".
const ORDER = new Set(['order', 'as']);
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
// Only material acts and support are aims: a march "to demand" reforms is a demand, a statement "to warn" a
// warning; aid is the sending itself ("sent aircraft to help Greece" is the AID).
const MATERIAL = new Set(['ASSAULT', 'COERCE', 'MOBILIZE', 'RETREAT', 'SANCTION', 'CONCEDE', 'COOPERATE', 'SUPPORT']);
// "used batons to beat protesters": the instrument's infinitive is the act itself
const INSTRUMENT = new Set(['use', 'employ', 'utilize', 'utilise']);
const WINDOW = 6;

/**
 * A purpose clause states what an act was for, not a second act (coding guide rule 1, "purposes"):
 * "deployed troops to fight the insurgents", "launched an offensive to retake the city", "sent envoys in
 * order to negotiate". The infinitive follows a noun phrase (the object or the act itself) or "in order".
 * What a verb governs ("vowed to strike", "agreed to release") is left to modality and the speech acts;
 * a verbal act ("rallied to demand reforms") and an instrument ("used batons to beat protesters") are acts.
 */
export function isPurpose(ctx: SentenceContext, c: Candidate): boolean {
  if (c.trigger.pattern.kind !== 'verb' || !MATERIAL.has(c.info.type)) return false;
  const t = ctx.doc.tokens;
  const to = c.trigger.start - 1;
  if (to - 1 < ctx.sentence.tokenStart || t[to].lower !== 'to' || !isInfinitiveMarker(t, to)) return false;
  const before = t[to - 1];
  if (ORDER.has(before.lower) && (t[to - 2]?.lower === 'in' || t[to - 2]?.lower === 'so')) return true;
  if (!NOMINAL.has(before.pos) || /^(it|that|this|which|who|what)$/.test(before.lower)) return false;
  // "Israel plans to expand": a modality cue (data/lexicon/modality.tsv) marks a plan, which modality codes
  if (ctx.kb.lexicon.modality.some((cue) => cue.words.length === 2 && cue.words[1] === 'to' && (cue.words[0] === before.lemma || cue.words[0] === before.lower))) return false;
  for (let i = to - 2; i >= Math.max(ctx.sentence.tokenStart, to - WINDOW); i--) {
    if (t[i].pos === 'VERB') return !INSTRUMENT.has(t[i].lemma) && !governsInfinitive(ctx, t[i]);
  }
  return true;
}

// "vowed on Monday to deepen cooperation", "urged Russia to withdraw": a speech act, a modality verb or a
// reporting verb governs the infinitive (data/lexicon speech-acts, modality, reporting-verbs)
function governsInfinitive(ctx: SentenceContext, verb: Token): boolean {
  const { speechActs, modality, reporting } = ctx.kb.lexicon;
  const is = (w: string) => w === verb.lemma || w === verb.lower;
  return reporting.has(verb.lemma) || speechActs.some((cue) => is(cue.words[0])) || modality.some((cue) => cue.words.length > 1 && is(cue.words[0]));
}

// "to" before a verb, not the preposition of "from 2014 to 2022" or "handed power to the army"
const isInfinitiveMarker = (t: readonly Token[], i: number) => t[i].pos === 'PART' || t[i + 1]?.pos === 'VERB';

export function withoutPurposes(ctx: SentenceContext, candidates: readonly Candidate[], onDrop?: (c: Candidate, reason: string) => void): Candidate[] {
  return candidates.filter((c) => {
    if (!isPurpose(ctx, c)) return true;
    onDrop?.(c, 'candidate:purpose-clause');
    return false;
  });
}
