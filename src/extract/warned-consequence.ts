import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { TreeView } from './tree-roles/tree-view.ts';
import type { Trigger } from './triggers.ts';
import { cuePhrases } from './cue-groups.ts';
import { isActNoun } from './tree-roles/object-words.ts';
import { warnedOwnAct } from './warned-own-act.ts';

export const WARNED_CONSEQUENCE_RULE = 'roles:warned-consequence';

// the conjunctions of the condition the harm waits on
const CONDITION_MARKS = new Set(['if', 'unless', 'should']);

/** The condition clause (if/unless) anywhere under `clause`: "hell | to pay | if the council changed the results", "a price | to pay | if". */
function conditionUnder(tree: TreeView, clause: number): number | undefined {
  const stack = [clause];
  while (stack.length) {
    const n = stack.pop()!;
    for (const k of tree.children(n)) {
      const mark = tree.label(k) === 'advcl' ? tree.marker(k) : null;
      if (mark !== null && CONDITION_MARKS.has(mark)) return k;
      stack.push(k);
    }
  }
  return undefined;
}

const named = (ctx: SentenceContext, tree: TreeView, node: number | undefined): ActorPhrase | null => {
  if (node === undefined || tree.upos(node) === 'PRON') return null;
  const p = ctx.phraseAt.get(node);
  return p && !p.locative ? p : null;
};

/**
 * "The governor warned that there would be hell to pay if the council changed the results", "China warned that Taiwan
 * would pay a heavy price if it declared independence", "warned the rebels would face serious consequences if they
 * attacked", "would regret it if": a warning whose that-clause puts a harm in store (clause-cues.tsv warned-consequence,
 * suffered-consequence, regretting) under a condition is a threat (PLOVER THREATEN, "coercive or forceful warnings"),
 * as "warned of consequences if ..." is; the clause is its object, as a named addressee is. It is aimed at whom the harm
 * befalls, else at the condition's doer (null where neither is named), unless the warning names its addressee before the
 * clause ("warned Iran that there would be consequences if it ..."; `clauseStart`: where the clause begins). Undefined when the warning names no such harm
 * ("warned that prices would rise if the drought went on" is a forecast).
 */
export function warnedConsequence(ctx: SentenceContext, tr: Trigger, type: string): { target: ActorPhrase | null; clauseStart: number; own?: boolean } | undefined {
  if (type !== 'THREATEN' || tr.pattern.kind !== 'verb') return undefined;
  const tree = ctx.tree();
  const t = ctx.doc.tokens;
  const cues = ctx.kb.lexicon.clauseCues;
  // (a defeat or a fate is a harm in store only when a side that can inflict it warns of it: clause-cues.tsv side-harm)
  // ("said the plan could work, but warned that ...": a warning conjoined to another verb shares its subject)
  const shared = tree.base(tr.head) === 'conj' ? tree.childrenWith(tree.head(tr.head), 'nsubj')[0] : undefined;
  const warner = ctx.phraseAt.get(tree.childrenWith(tr.head, 'nsubj')[0] ?? shared ?? -1);
  const harm = isArmedSide(warner) || isStateVoice(warner) ? new Set([...cuePhrases(cues, 'warned-consequence'), ...cuePhrases(cues, 'side-harm')]) : cuePhrases(cues, 'warned-consequence');
  for (const clause of warningClauses(ctx, tree, tr.head)) {
    const subject = tree.childrenWith(clause, 'nsubj')[0];
    const lemma = t[clause].lemma;
    // "there would be consequences | hell to pay | a price to pay"
    // (or read as a copula's: 'there would be "severe penalties"', the quoted harm the clause's head, "there" on "be")
    const existential = tree.childrenWith(clause, 'expl').length > 0 && subject !== undefined && harm.has(t[subject].lemma)
      || harm.has(lemma) && tree.childrenWith(clause, 'cop').some((be) => tree.childrenWith(be, 'expl').length > 0 || tree.childrenWith(clause, 'expl').length > 0);
    // "Taiwan would pay a heavy price", "would face consequences", "would regret it"
    // ("would pay dearly": the harm told by an adverb)
    // ("would face the full force of the law", "would face prosecution": a punishment the warner's power deals out)
    const punitive = cuePhrases(cues, 'punitive-consequence');
    const punishing = (o: number) => punitive.has(t[o].lemma) || tree.childrenWith(o, 'nmod').some((n) => tree.marker(n) === 'of' && punitive.has(t[n].lemma));
    const objects = tree.childrenWith(clause, 'obj', 'advmod');
    const punished = cuePhrases(cues, 'suffered-consequence').has(lemma) && objects.some(punishing);
    const suffered = punished || cuePhrases(cues, 'suffered-consequence').has(lemma) && objects.some((o) => harm.has(t[o].lemma));
    const regretted = cuePhrases(cues, 'regretting').has(lemma);
    // "warned that hell would rain down on them if ...": the harm in store is the clause's own subject, coming
    // (clause-cues.tsv harm-coming; "prices would go up" tells no harm)
    const falling = subject !== undefined && harm.has(t[subject].lemma) && cuePhrases(cues, 'harm-coming').has(lemma) && inStore(ctx, tree, clause);
    // "Hamas warned that the hostages' lives would be at risk", "... that the captives would die if the bombing went on":
    // a harm in store for people (clause-cues.tsv befalling-harm), told by a side that bears arms or governs, is a threat
    // to them; told by others ("aid agencies warned that children would die") it is a forecast
    if (cuePhrases(cues, 'befalling-harm').has(lemma) && inStore(ctx, tree, clause)) {
      const harmed = harmedPeople(ctx, tree, subject, lemma);
      if (harmed !== undefined && isArmedSide(ctx.phraseAt.get(tree.childrenWith(tr.head, 'nsubj')[0] ?? -1))) return { target: harmed, clauseStart: clauseStartOf(ctx, tree, clause) };
      continue;
    }
    // "warned that the arrests would have consequences for the talks", "that any deployment would carry grave
    // consequences": an act (the clause's subject) that will bring a harm in store, told by a state or a body of states,
    // threatens whoever does it (no one named); told by others it forecasts ("the drought would have consequences")
    if (BRINGING.has(lemma) && inStore(ctx, tree, clause) && subject !== undefined && isActNoun(ctx.kb, t[subject].lemma) && tree.childrenWith(clause, 'obj').some((o) => harm.has(t[o].lemma))
      && (isArmedSide(warner) || isStateVoice(warner) || warner?.code?.startsWith('IGO') === true)) return { target: null, clauseStart: clauseStartOf(ctx, tree, clause) };
    // "warned that Hamas would be disarmed, by force if necessary, if it did not give up its weapons": a forceful act in
    // store under a condition, done to the clause's passive subject (clause-cues.tsv imposed-harm), told by a side that
    // governs or bears arms, threatens that subject
    const imposed = imposedHarm(ctx, tree, clause, warner) ?? comparedTreatment(ctx, tree, clause, warner);
    if (imposed !== undefined) return { target: imposed, clauseStart: clauseStartOf(ctx, tree, clause) };
    // (or on the warning verb itself, after the clause: "warned that there would be 'hell to pay' | if ...")
    const condition = conditionUnder(tree, clause) ?? tree.childrenWith(tr.head, 'advcl').find((k) => k > clause && CONDITION_MARKS.has(tree.marker(k) ?? ''));
    // "warned that its military would respond if the drones returned": the warner's own act in store (warned-own-act.ts)
    const own = !existential && !suffered && !regretted && !falling ? warnedOwnAct(ctx, tree, clause, subject, warner, condition) : undefined;
    if (own) return { target: own.target, clauseStart: clauseStartOf(ctx, tree, clause), own: true };
    if (!existential && !suffered && !regretted && !falling) continue;
    const befallen = existential || falling ? null : named(ctx, tree, subject);
    // "Israel would pay a heavy price for its aggression": a harm paid for an act one did is in store as surely
    // "Iran warned that Israel would pay a heavy price": a harm in store for a named side is a threat without a condition
    if (condition === undefined) {
      // "the minister warned that troublemakers would face the full force of the law": a punishment in store, told by a
      // side that governs or bears arms, threatens whom it befalls (told by others it is a forecast)
      const punishes = punished && isArmedSide(ctx.phraseAt.get(tree.childrenWith(tr.head, 'nsubj')[0] ?? -1));
      if (befallen && (answeredAct(ctx, tree, clause) || inStore(ctx, tree, clause) && (isSide(befallen) || punishes))) return { target: befallen, clauseStart: clauseStartOf(ctx, tree, clause) };
      continue;
    }
    return { target: befallen ?? named(ctx, tree, tree.childrenWith(condition, 'nsubj')[0]), clauseStart: clauseStartOf(ctx, tree, clause) };
  }
  return undefined;
}

/**
 * The clauses a warning tells: its that-clause, or one the parse hung on it as `parataxis` or `obl` that opens with
 * "that" ("warned last week that there would be hell to pay", "warned on Sunday that there would be grave
 * consequences": a time phrase between verb and clause misleads the parse).
 */
function warningClauses(ctx: SentenceContext, tree: TreeView, verb: number): number[] {
  const t = ctx.doc.tokens;
  const marked = (k: number) => [k, ...tree.childrenWith(k, 'cop')].some((n) => tree.childrenWith(n, 'mark').some((m) => t[m].lower === 'that'));
  const opensWithThat = (k: number) => k > verb && (t[tree.span(k)[0]]?.lower === 'that' || marked(k));
  return [...tree.childrenWith(verb, 'ccomp'), ...tree.childrenWith(verb, 'parataxis', 'obl').filter(opensWithThat)];
}

/** Whether the harm is paid "for" an act ("pay a heavy price for its aggression", "pay dearly for the attack"). */
function answeredAct(ctx: SentenceContext, tree: TreeView, clause: number): boolean {
  const holders = [clause, ...tree.childrenWith(clause, 'obj')];
  return holders.flatMap((h) => tree.childrenWith(h, 'obl', 'nmod')).some((n) => tree.marker(n) === 'for' && isActNoun(ctx.kb, ctx.doc.tokens[n].lemma));
}

// the verbs by which an act brings a harm ("would have consequences", "would carry a price", "will bring retribution")
const BRINGING = new Set(['have', 'carry', 'bring', 'entail']);

// the auxiliaries that put the harm ahead ("would pay", "will face"): "Israel has paid a heavy price" tells what was
const FUTURE_AUX = new Set(['will', 'would', "'ll", "'d", 'shall']);
// role kinds that make a side one threatens ("the rebels", "the army", "the regime"), not people a forecast speaks of ("consumers")
const SIDE_ROLE_KINDS = new Set(['military', 'government', 'group']);

/** Whether the harm is put ahead by a future auxiliary ("would pay", "will face"). */
const inStore = (ctx: SentenceContext, tree: TreeView, clause: number) => tree.childrenWith(clause, 'aux').some((a) => FUTURE_AUX.has(ctx.doc.tokens[a].lower));

/**
 * Whether the one the harm befalls is a side a warning can threaten (a country, group, body, person, or an armed or
 * governing role), not people a forecast speaks of: "economists warned that consumers would pay a heavy price".
 */
const isSide = (p: ActorPhrase) => p.kind !== 'role' && p.kind !== 'anaphor' || SIDE_ROLE_KINDS.has(p.roleKind ?? '');

// the nouns whose owner is the one harmed: "the hostages' lives", "the safety of the captives"
const OWNED_HARM = new Set(['life', 'lives', 'safety']);

// the verbs of harm whose subject is always someone living ("the captives would die"; "the truce would be at risk" is no one's)
const LIVING_SUBJECT = new Set(['die', 'perish']);

/**
 * Who the harm befalls: the clause's subject, or the owner of its "lives" ("the hostages' lives", "the lives of the
 * hostages"); null when they are people no phrase names ("the captives would die"), undefined when no one is harmed
 * ("the truce would be at risk").
 */
function harmedPeople(ctx: SentenceContext, tree: TreeView, subject: number | undefined, verb: string): ActorPhrase | null | undefined {
  if (subject === undefined) return undefined;
  const word = ctx.doc.tokens[subject];
  const owned = OWNED_HARM.has(word.lower) || OWNED_HARM.has(word.lemma);
  const owner = owned ? tree.children(subject).find((k) => tree.label(k) === 'nmod:poss' || tree.label(k) === 'nmod' && tree.marker(k) === 'of') : subject;
  const phrase = named(ctx, tree, owner);
  if (phrase) return phrase;
  // (a plural noun that dies is people: "the captives", "the prisoners")
  return owned || LIVING_SUBJECT.has(verb) && tree.upos(subject) === 'NOUN' && word.lower !== word.lemma ? null : undefined;
}

/** A side that bears arms or governs (a state, an armed group, its forces or government), not a body that only warns (the UN, an aid agency). */
const isArmedSide = (p: ActorPhrase | undefined) => p !== undefined && !p.code?.startsWith('IGO') && !p.code?.startsWith('NGO') && (p.kind === 'country' || p.kind === 'group' || SIDE_ROLE_KINDS.has(p.roleKind ?? ''));

// a state's office holder or body speaking for it ("Iran's supreme leader", "China's Defense Ministry": codes IRNGOV, CHNMIL)
const isStateVoice = (p: ActorPhrase | undefined) => p !== undefined && /^[A-Z]{3}(GOV|MIL)/.test(p.code ?? p.roleCode ?? '');

/**
 * Where the warning's clause begins: its "that" (on the clause or its copula), else its first word. A name before the
 * "that" the parse took for the clause's subject is the warning's addressee ("warned Iran | that there would be
 * consequences": "Iran" read as the subject of "be consequences").
 */
function clauseStartOf(ctx: SentenceContext, tree: TreeView, clause: number): number {
  const that = [clause, ...tree.childrenWith(clause, 'cop')].flatMap((n) => tree.childrenWith(n, 'mark')).filter((m) => m < clause && ctx.doc.tokens[m].lower === 'that');
  return ctx.doc.tokens[that.length ? Math.min(...that) : tree.span(clause)[0]].start;
}

/** The passive subject a forceful act in store under a condition would befall, told by an armed or governing side; undefined otherwise. */
function imposedHarm(ctx: SentenceContext, tree: TreeView, clause: number, warner: ActorPhrase | undefined): ActorPhrase | null | undefined {
  if (!cuePhrases(ctx.kb.lexicon.clauseCues, 'imposed-harm').has(ctx.doc.tokens[clause].lemma) || !inStore(ctx, tree, clause)) return undefined;
  const subject = tree.childrenWith(clause, 'nsubj:pass')[0];
  if (subject === undefined || !(isArmedSide(warner) || isStateVoice(warner)) || conditionUnder(tree, clause) === undefined) return undefined;
  const befallen = named(ctx, tree, subject);
  // ("protesters would be arrested": people a role names are a side too; a pronoun is whom the story names, left open)
  return befallen && isSide(befallen) ? befallen : tree.upos(subject) === 'PRON' ? undefined : befallen ?? undefined;
}

// the words that tell a treatment by comparison: "the same as Gaza", "like Gaza", "as Gaza was", "into another Gaza" (not
// "turned into a hospital")
const COMPARING = new Set(['as', 'like', 'into']);

/**
 * "Katz warned that Beirut would be treated the same as Gaza", "that Tehran would be dealt with like Baghdad": what
 * another underwent put in store for the clause's subject (clause-cues.tsv compared-treatment), told by a side that governs
 * or bears arms, threatens that subject, with no condition needed; undefined otherwise.
 */
function comparedTreatment(ctx: SentenceContext, tree: TreeView, clause: number, warner: ActorPhrase | undefined): ActorPhrase | undefined {
  const t = ctx.doc.tokens;
  if (!cuePhrases(ctx.kb.lexicon.clauseCues, 'compared-treatment').has(t[clause].lemma) || !inStore(ctx, tree, clause) || !(isArmedSide(warner) || isStateVoice(warner))) return undefined;
  const compared = tree.children(clause).some((k) => t[k].lower === 'same' || t[k].lemma === 'same' || ['obl', 'advcl', 'advmod'].includes(tree.base(k)) && tree.childrenWith(k, 'case', 'mark').some((c) => COMPARING.has(t[c].lower) && (t[c].lower !== 'into' || tree.childrenWith(k, 'det').some((d) => t[d].lower === 'another'))));
  const subject = tree.childrenWith(clause, 'nsubj:pass', 'nsubj')[0];
  return compared ? named(ctx, tree, subject) ?? undefined : undefined;
}
