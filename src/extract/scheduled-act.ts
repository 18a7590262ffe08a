import type { SentenceContext } from './context.ts';
import { cuePhrases } from './cue-groups.ts';

// the auxiliaries that put a verb of happening ahead: "talks will take place", "the summit shall open"
const FUTURE_AUX = new Set(['will', 'shall', "'ll"]);
// the forms of "be" that set a timetable now: "are scheduled", "is due", "will be held"
const PRESENT_BE = new Set(['is', 'are', "'s", "'re", 'am', 'be']);

/**
 * "Talks between Serbia and Kosovo are scheduled for Wednesday", "negotiations are due to resume next week", "talks
 * will take place in Doha": an act noun that is the subject of a verb of scheduling (clause-cues.tsv scheduling:
 * scheduled, planned, set, slated, due, expected) or of a verb of happening under "will" is on the timetable, not
 * told as done (PLOVER's auxiliary future; the dev coding guide's planned, "announced for the future").
 */
export function scheduledAct(ctx: SentenceContext, head: number): boolean {
  const view = ctx.tree();
  if (!view.has(head) || !['nsubj', 'nsubj:pass'].includes(view.label(head))) return false;
  const verb = view.head(head);
  if (verb < 0 || !view.has(verb)) return false;
  const t = ctx.doc.tokens;
  // a present timetable only: "the attack was planned by the group's leaders" tells of a plan carried out
  if (cuePhrases(ctx.kb.lexicon.clauseCues, 'scheduling').has(t[verb].lemma)) {
    const voice = view.childrenWith(verb, 'aux:pass', 'cop', 'aux').map((k) => t[k].lower);
    return voice.some((w) => PRESENT_BE.has(w)) && !voice.some((w) => w === 'was' || w === 'were') && !negated(ctx, verb);
  }
  const lemma = t[verb].lemma;
  const particle = view.childrenWith(verb, 'compound:prt', 'obj').map((k) => `${lemma} ${t[k].lemma}`);
  const happening = [lemma, ...particle].some((w) => ctx.kb.lexicon.occurrenceVerbs.has(w));
  return happening && view.childrenWith(verb, 'aux').some((k) => FUTURE_AUX.has(t[k].lower)) && !negated(ctx, verb);
}

const negated = (ctx: SentenceContext, verb: number) => {
  const view = ctx.tree();
  return view.childrenWith(verb, 'advmod', 'neg', 'aux').some((k) => ['not', "n't", 'never'].includes(ctx.doc.tokens[k].lower));
};
