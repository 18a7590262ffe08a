import { QUOTED_ORDER_ID } from '../extract/quoted-order.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { Trigger } from '../extract/triggers.ts';
import { modalityOf, type Modality } from '../extract/modality.ts';
import { isActNoun } from '../extract/tree-roles/object-words.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { epistemicGovernor, type EpistemicCues } from '../extract/tree-clauses/index.ts';
import { hypotheticalSubject } from './hypothetical-subject.ts';
import { ownedIdiomStart } from '../extract/pattern-requirements.ts';
import { supportVerbModality } from './support-verb-modality.ts';

// what may stand between a hedge and the act noun it modifies: "suspected U.S. drone strikes"
const NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const PHRASE_MARKS = new Set(['-', '.']);
const REACH = 5;
// CAMEO 01-08: statements, appeals and acts of cooperation
const COOPERATIVE_CODE = /^0/;

/**
 * The act itself is hedged, not its doer (coding guide, certainty: alleged is "an accusation or 'reportedly'"):
 *  - a hedge modifies the act noun: "suspected Israeli air strikes killed six fighters", "an apparent missile
 *    strike hit the school" (the strike, subject of the harm verb, is the act);
 *  - someone is a suspect in the act: "two members became suspects in the killing of the officer".
 * "Suspected Boko Haram militants attacked a village" hedges who they are, not the attack: it stays asserted.
 * The words are the rows of data/lexicon/clause-cues.tsv with effect "hedge" (modifiers) and "suspicion" (nouns);
 * otherwise the modality cues before the trigger decide (src/extract/modality.ts).
 */
export function actModality(ctx: SentenceContext, trigger: Trigger): Modality {
  const hedge = hedgeOf(ctx, trigger);
  if (hedge) return { status: 'alleged', cue: hedge };
  // "is expected in Cairo on Monday": a stay still ahead (stay-abroad.ts) is planned
  if (trigger.pattern.requiresStay && ctx.doc.tokens[trigger.head].lemma === 'expect') return { status: 'planned', cue: 'expected in' };
  // "will not stand idly by", "cannot stand idly by": the negation (and an ability modal before it) is the idiom's own
  // (verbs.tsv `negated`), the words before it decide
  const modality = modalityOf(ctx, trigger.head, trigger.pattern.requiresNegation ? ownedIdiomStart(ctx, trigger) : trigger.start);
  // "'Do not attack Rafah,' UN urges Israel": a forbidding order's "not" is what it orders (quoted-order.ts), no denial of the order
  if (modality.status === 'negated' && trigger.pattern.id.startsWith(QUOTED_ORDER_ID) && ctx.doc.tokens[trigger.head - 2]?.lower === 'do') return { status: 'asserted', cue: null };
  // "will take all necessary measures to defend its sovereignty": a warning is made by saying it (as "reserves the
  // right to respond"), its "will" is no plan (verbs.tsv `spoken`)
  // so is its "would", a future told in reported speech ("Israel would not hesitate to use force, the minister said")
  // ... and so is a right claimed to answer ("had every right to give a befitting reply"), as "reserves the right to respond"
  if (trigger.pattern.spoken && (modality.status === 'planned' || modality.status === 'hypothetical' && /^(?:would|right to)$/i.test(modality.cue ?? ''))) return { status: 'asserted', cue: null };
  // "a strike on Beirut might widen the war": a verb whose subject is an imagined act is as imagined, no stated possibility of its doer
  if (modality.status === 'hypothetical' && trigger.pattern.kind === 'verb') {
    const act = ctx.tree().childrenWith(trigger.head, 'nsubj').find((n) => isActNoun(ctx.kb, ctx.doc.tokens[n].lemma));
    const imagined = act === undefined ? null : hypotheticalSubject(ctx, act);
    if (imagined) return imagined;
  }
  // "it is possible that the rebels attacked", "it seems likely that they will attack": a judgement of likelihood
  // above the act's clause (over a plan too: a likely future is no plan anyone made)
  const judged = modality.status === 'asserted' || modality.status === 'planned' ? epistemicGovernor(ctx.tree(), trigger.head, epistemicCues(ctx)) : null;
  if (judged && (modality.status === 'asserted' || judged.status === 'hypothetical')) return judged;
  if (modality.status === 'asserted' && trigger.pattern.kind === 'verb') return purposeModality(ctx, trigger.head) ?? modality;
  if (modality.status === 'asserted' && trigger.pattern.kind === 'noun') return supportVerbModality(ctx, trigger.head) ?? hypotheticalSubject(ctx, trigger.head) ?? modality;
  return modality.status !== 'negated' && modality.cue && inParenthesis(ctx, trigger, modality.cue) ? { status: 'asserted', cue: null } : modality;
}

/**
 * An act told as the content of an accusation ("accused Moscow of the attack") is only as certain as the accusation:
 * "stopped short of accusing Moscow of the attack", "did not blame the rebels for the bombing", "could accuse Iran of
 * the strike" accuse no one, and the act is nobody's allegation.
 */
export function accusedActModality(ctx: SentenceContext, trigger: Trigger, accusation: Trigger | undefined): Modality {
  if (!accusation) return actModality(ctx, trigger);
  const accusing = actModality(ctx, accusation);
  return accusing.status === 'negated' || accusing.status === 'hypothetical' ? accusing : actModality(ctx, trigger);
}

const epistemicCues = (ctx: SentenceContext): EpistemicCues => ({
  doubt: cuePhrases(ctx.kb.lexicon.clauseCues, 'epistemic-doubt'),
  seeming: cuePhrases(ctx.kb.lexicon.clauseCues, 'epistemic-seeming'),
});

const PURPOSE_RELATIONS = new Set(['advcl', 'xcomp']);

/**
 * "Biden will travel to Poland next week to meet allied leaders", "did not go to Doha to negotiate": an act in the
 * to-infinitive of another verb has that verb's plan, doubt or negation, however far its cue stands (the cue
 * window stops a few words before the act). Only asked where the act is such an infinitive.
 */
function purposeModality(ctx: SentenceContext, head: number): Modality | null {
  const t = ctx.doc.tokens;
  if (t[head - 1]?.lower !== 'to' || t[head - 1].pos !== 'PART') return null;
  const view = ctx.tree();
  const governor = view.head(head);
  if (governor < 0 || governor > head || !PURPOSE_RELATIONS.has(view.base(head)) || view.upos(governor) !== 'VERB') return null;
  const outer = modalityOf(ctx, governor, governor);
  return outer.status === 'asserted' ? null : { status: outer.status, cue: `purpose of ${outer.cue}` };
}

/**
 * "Iraqi forces, seeking to disperse protesters, used live bullets": the cue sits in a participle clause set off by
 * commas before the act; it plans the dispersal, the shooting is stated.
 */
function inParenthesis(ctx: SentenceContext, trigger: Trigger, cue: string): boolean {
  const t = ctx.doc.tokens;
  const first = cue.split(' ')[0];
  for (let i = trigger.start - 1; i >= Math.max(ctx.sentence.tokenStart, trigger.start - 8); i--) {
    if (t[i].lower !== first && t[i].lemma !== first) continue;
    const closed = t.slice(i + 1, trigger.start).some((x) => x.text === ',');
    const opened = t[i - 1]?.text === ',' && t[i].pos === 'VERB' && t[i].lower.endsWith('ing');
    return closed && opened;
  }
  return false;
}

function hedgeOf(ctx: SentenceContext, trigger: Trigger): string | null {
  const t = ctx.doc.tokens;
  const hedges = cuePhrases(ctx.kb.lexicon.clauseCues, 'hedge');
  const suspicion = cuePhrases(ctx.kb.lexicon.clauseCues, 'suspicion');
  // the act noun: the trigger's own noun, or the act noun just before a harm verb ("strikes killed")
  let noun = trigger.start;
  if (t[trigger.head].pos === 'VERB') {
    let i = trigger.start - 1;
    while (i >= ctx.sentence.tokenStart && t[i].pos === 'AUX') i--;
    if (i < ctx.sentence.tokenStart || !isActNoun(ctx.kb, t[i].lemma) || !subjectOf(ctx, i, trigger.head)) return null;
    noun = i;
  }
  for (let i = noun - 1, n = 0; i >= ctx.sentence.tokenStart && n < REACH; i--, n++) {
    if (hedges.has(t[i].lower)) return t[i].lower;
    if (NOUN_PHRASE.has(t[i].pos) || PHRASE_MARKS.has(t[i].text)) continue;
    // "suspects in the killing of": the act is what someone is suspected of
    if (t[i].pos === 'DET') continue;
    // (a cooperation is nobody's crime: "arrested five suspects in a joint operation with" tells where they were caught)
    if ((t[i].lower === 'in' || t[i].lower === 'of') && suspicion.has(t[i - 1]?.lemma ?? '') && !COOPERATIVE_CODE.test(trigger.pattern.cameo)) return t[i - 1].lower;
    return null;
  }
  return null;
}

/**
 * "Suspected strikes killed six fighters": the act noun before a harm verb is its subject. "Two men suspected of planning
 * a bombing were detained": the act noun ends the phrase of a charge on the subject, and hedges nothing the verb does.
 */
function subjectOf(ctx: SentenceContext, noun: number, verb: number): boolean {
  const view = ctx.tree();
  return !view.has(noun) || view.head(noun) === verb && view.base(noun) === 'nsubj';
}
