import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { isWhetherTo } from '../extract/tree-roles/subject-node.ts';
import { POSSIBLE_MEASURE_RULE, threatOf } from './conditional-threat.ts';

// A hostile measure its own side weighs or holds out is a threat to its target (PLOVER THREATEN: "coercive or forceful
// warnings with serious potential repercussions"; CAMEO 1312 "threaten to sanction", 136 "threaten to expel"):
// "Washington is weighing sanctions against Georgian officials", "the government is considering expelling Russian
// diplomats", "'We will review all incidents for possible visa restrictions,' the official said". A review or inquiry
// that names no measure stays an investigation.

export const WEIGHED_MEASURE_RULE = 'roles:weighed-measure-is-threat';

// a measure of one state against another or against persons: reduced relations, sanctions, expulsions (CAMEO 16x,
// and 163 that PLOVER makes COERCE), administrative sanctions (172: visa restrictions, travel bans). Force weighed has
// its own rows ("considering military strikes"), and charges weighed in a review are an investigation's outcome.
// A closing of borders, ports or airspace (191, restricting movement) is weighed as a measure too ("weighing whether to close
// its border"), not as force.
const isMeasure = (c: Candidate) => c.info.code.startsWith('16') || c.info.code.startsWith('172') || c.info.code === '191';

/** The noun a compound modifier belongs to ("visa" of "visa restrictions"). */
function phraseHead(view: TreeView, node: number): number {
  let n = node;
  while (view.label(n) === 'compound' && view.upos(view.head(n)) === 'NOUN') n = view.head(n);
  return n;
}

/** The verb of weighing the measure is the object ("weighing sanctions") or -ing complement ("considering expelling") of, or -1. */
function weighingVerb(view: TreeView, c: Candidate, weighing: ReadonlySet<string>): number {
  const n = phraseHead(view, c.trigger.head);
  const verb = view.head(n);
  if (verb < 0) return -1;
  const lemma = view.tokens[verb].lemma;
  // "weighing sanctions"; "mulling over tariffs" (the particle read as the noun's preposition)
  const asObject = c.trigger.pattern.kind === 'noun' && (view.label(n) === 'obj' || view.base(n) === 'obl' && weighing.has(`${lemma} ${view.marker(n)}`));
  const asGerund = c.trigger.pattern.kind === 'verb' && view.base(n) === 'xcomp' && view.tokens[n].lower.endsWith('ing');
  // "weighing whether to close its border", "considering whether to expel the ambassador"
  const asQuestion = c.trigger.pattern.kind === 'verb' && ['advcl', 'ccomp'].includes(view.base(n)) && isWhetherTo(view, n);
  if (!asObject && !asGerund && !asQuestion) return -1;
  const weighs = weighing.has(lemma) || view.childrenWith(verb, 'compound:prt').some((p) => weighing.has(`${lemma} ${view.tokens[p].lower}`));
  return weighs ? verb : -1;
}

/**
 * "the government is considering deporting the migrants", "police are weighing whether to arrest the organisers": an act
 * verb its own side only weighs (-ing complement or "whether to" of a verb of weighing) is no act done (coding guide
 * rule 1; PLOVER's auxiliary hypothetical); a hostile measure so weighed is a threat instead (withWeighedMeasures).
 */
export const isWeighedAct = (view: TreeView, c: Candidate, weighing: ReadonlySet<string>) => c.trigger.pattern.kind === 'verb' && weighingVerb(view, c, weighing) >= 0;

/** The verb a possible measure is the "for" object of, directly or through the verb's object and its nouns ("review incidents for possible restrictions"). */
function heldOutBy(view: TreeView, c: Candidate, possible: ReadonlySet<string>): number {
  if (c.trigger.pattern.kind !== 'noun') return -1;
  const n = phraseHead(view, c.trigger.head);
  if (!['obl', 'nmod'].includes(view.base(n)) || view.marker(n) !== 'for') return -1;
  if (!view.childrenWith(n, 'amod').some((m) => possible.has(view.tokens[m].lower))) return -1;
  // up through the nouns it hangs on ("incidents of violence for ...") and their object slot to the verb
  let holder = view.head(n);
  for (let step = 0; holder >= 0 && view.upos(holder) !== 'VERB' && ['nmod', 'obj'].includes(view.base(holder)) && step < 3; step++) holder = view.head(holder);
  return holder >= 0 && view.upos(holder) === 'VERB' ? holder : -1;
}

const asThreat = (ctx: SentenceContext, c: Candidate, measure: Candidate, rule: string): Candidate => {
  const info = threatOf(ctx.kb, measure.info.code);
  return info ? { ...c, info, rules: [...c.rules, rule] } : c;
};

/**
 * Weighed measures become threats by their weigher (the measure's own roles), and a verb that holds out a possible
 * measure ("will review ... for possible visa restrictions") becomes the threat of it, the measure no act of its own.
 */
export function withWeighedMeasures(ctx: SentenceContext, view: () => TreeView, candidates: readonly Candidate[]): Candidate[] {
  if (!candidates.some(isMeasure)) return [...candidates];
  const cues = ctx.kb.lexicon.clauseCues;
  const weighing = cuePhrases(cues, 'weighing'), possible = cuePhrases(cues, 'possible-measure');
  const heldOut = new Map<number, Candidate>(); // verb → the possible measure it holds out
  for (const c of candidates) {
    if (!isMeasure(c)) continue;
    const verb = heldOutBy(view(), c, possible);
    if (verb >= 0 && candidates.some((o) => o !== c && o.trigger.head === verb)) heldOut.set(verb, c);
  }
  const held = new Set(heldOut.values());
  return candidates.filter((c) => !held.has(c)).map((c) => {
    const measure = heldOut.get(c.trigger.head);
    if (measure) return asThreat(ctx, c, measure, POSSIBLE_MEASURE_RULE);
    const verb = isMeasure(c) ? weighingVerb(view(), c, weighing) : -1;
    if (verb < 0) return c;
    // a measure noun has no doer of its own: the weigher is ("Washington is weighing sanctions")
    const weigher = c.actors.length ? undefined : view().childrenWith(verb, 'nsubj').map((s) => ctx.phraseAt.get(s)).find((p) => p && !p.locative);
    return asThreat(ctx, weigher ? { ...c, actors: [weigher] } : c, c, WEIGHED_MEASURE_RULE);
  });
}

/**
 * "Poland is weighing whether to close its border": the "whether" of the question weighed opens no condition on the
 * threat, which the weighing makes (its measure is no act of its own, the threat stands asserted).
 */
export function outsideWeighedQuestion<T extends { readonly inCondition: boolean }>(view: TreeView, c: Candidate, condition: T): T {
  return condition.inCondition && c.rules.includes(WEIGHED_MEASURE_RULE) && isWhetherTo(view, c.trigger.head) ? { ...condition, inCondition: false } : condition;
}
