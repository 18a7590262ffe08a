import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { Token } from '../nlp/types.ts';
import { baseForms } from '../extract/morphology.ts';
import { statingVerbs } from './stating-verbs.ts';
import { happensFrom, isStatedOccurrence } from './stated-occurrence.ts';
import { isCancelledAct } from '../extract/tree-clauses/index.ts';
import { scheduledAct } from '../extract/scheduled-act.ts';
import { GERUND_NOUN_RULE } from '../extract/tree-roles/gerund-noun.ts';
import { supportVerbLemma } from '../extract/tree-roles/tree-actors.ts';
import { isTollSubject, TOLL_VERBS } from '../extract/tree-roles/named-act.ts';
import { ALLEGIANCE } from '../extract/tree-repair/allegiance-modifier.ts';

// acts whose noun names its two sides with "between": agreements, talks, cooperation
const RECIPROCAL = new Set(['AGREE', 'SUPPORT', 'CONSULT', 'COOPERATE']);
const NOUN_OF_VERB = new Set(['obj', 'nsubj:pass']);

/**
 * "a cease-fire agreement between the government and the rebels reached in May", "the deal between Sudan and
 * South Sudan was signed on Monday", "talks between Israel and Hamas": the two sides of the noun are the
 * act's parties (PLOVER manual, compound and reciprocal actors; the first side is coded as actor, the second as
 * recipient, the dyad the coding guide's gold uses). Only when the sentence names no actor of its own:
 * "Qatar mediated talks between Israel and Hamas" keeps Qatar.
 */
export function withPartiesBetween(ctx: SentenceContext, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c) => {
    // "clashes between the army and the rebels broke out": a fight between two sides is coded the same way
    // ("fighting broke out between ...": a gerund read as a noun, tree-roles/gerund-noun.ts)
    const fight = c.info.type === 'ASSAULT' && (c.trigger.pattern.kind === 'noun' || c.rules.includes(GERUND_NOUN_RULE));
    if (!RECIPROCAL.has(c.info.type) && !fight || c.actors.length > 0) return c;
    const sides = partiesOf(ctx, c);
    // "clashes between rival militias": one plural side is every party, all of them actors (PLOVER: no recipient)
    if (sides && sides[1] === null) return { ...c, actors: [sides[0]], targets: [], rules: [...c.rules, 'roles:tree-between-one-plural-side'] };
    return sides ? { ...c, actors: [sides[0]], targets: [sides[1]!], rules: [...c.rules, 'roles:tree-between-parties'] } : c;
  });
}

function partiesOf(ctx: SentenceContext, c: Candidate): [ActorPhrase, ActorPhrase | null] | null {
  const view = ctx.tree();
  // a noun alone must be stated as an act: a support verb it is the object of, or a participle on it ("reached in
  // May"); "Kenya welcomed the agreement between Sudan and South Sudan" names an agreement, it reports none
  // ("clashes between A and B erupted": a fight stated by a verb of happening, data/lexicon/occurrence-verbs.tsv)
  // (so are talks: "talks between the government and the rebels resumed", "a meeting between A and B took place")
  const occurred = isStatedOccurrence(view, c.trigger.head, ctx.kb.lexicon.occurrenceVerbs);
  // (or called off: "talks between the army and the rebels were postponed", coded as called_off)
  const cancelled = isCancelledAct(view, c.trigger.head, ctx.kb.lexicon.clauseCues);
  // (or talks on the timetable: "talks between Serbia and Kosovo are scheduled for Wednesday", coded as planned; a
  // fight "expected to continue" is a forecast, no act announced)
  const scheduled = RECIPROCAL.has(c.info.type) && scheduledAct(ctx, c.trigger.head);
  // ("clashes between A and B killed 12 people", "left 20 dead": a fight whose toll is told happened)
  const toll = isTollSubject(view, c.trigger.head);
  // ("fighting between the army and the Rapid Support Forces paramilitary group killed dozens": a long side the parse
  // split, read by words, and the verb of happening or toll right after it)
  const byWords = sidesByWords(ctx, c);
  // (a gerund read as the fight's noun too: "condemned fighting between A and B" names a fight, it reports none)
  // ("the deal was reached after three days of talks between A and B", "was signed at talks between A and B": talks that
  // time or host an act told as done were held)
  const timing = c.info.type === 'CONSULT' && timesToldAct(view, c.trigger.head);
  if ((c.trigger.pattern.kind === 'noun' || c.rules.includes(GERUND_NOUN_RULE) || occurred) && !occurred && !cancelled && !scheduled && !toll && !timing && !statedNoun(ctx, c.trigger.head) && !byWords?.stated) return null;
  // the noun in the trigger, or the noun the trigger's verb states ("the deal ... was struck"), or the verb of
  // happening the parse hung the sides on ("clashes broke out between A and B")
  const nouns = [...c.trigger.tokens, ...view.children(c.trigger.head).filter((k) => NOUN_OF_VERB.has(view.label(k))), ...(occurred ? [view.head(c.trigger.head)] : [])];
  for (const n of nouns) {
    for (const side of view.childrenWith(n, 'nmod', 'obl')) {
      if (view.marker(side) !== 'between') continue;
      const first = ctx.phraseAt.get(side);
      const second = view.childrenWith(side, 'conj').map((k) => phraseFrom(ctx, k)).find((p) => p !== undefined);
      if (first && second && first !== second) return [first, second];
      const pair = joinedPair(ctx, view.span(side));
      if (pair) return pair;
      const one = phraseFrom(ctx, view.span(side)[0] + 1);
      // (unless the words name two: "between Sudanese troops and Ethiopian-backed militias", the second a verb's object)
      if (one && one.plural && !one.locative && !view.childrenWith(side, 'conj').length && !pairWord(ctx, view.span(side))) return byWords?.sides ?? [one, null];
    }
  }
  // ("Kenya and Somalia reached a deal after talks in Doha": talks that time what two sides did together were theirs)
  return byWords ? byWords.sides : timing ? doersOfTimedAct(ctx, c.trigger.head) : null;
}

/**
 * The doers of the act talks time ("Kenya and Somalia signed the accord after talks in Doha", "Kenya reached a deal
 * with Somalia after talks"): the verb's subject and its conjunct or the party it acted with; one plural subject ("the
 * two sides") is every party. A lone doer ("Russia struck Kyiv after talks") held no talks the sentence tells of.
 */
function doersOfTimedAct(ctx: SentenceContext, noun: number): [ActorPhrase, ActorPhrase | null] | null {
  const view = ctx.tree();
  const verb = timedVerb(view, noun);
  const subject = verb < 0 ? undefined : view.childrenWith(verb, 'nsubj')[0];
  const first = subject === undefined ? undefined : phraseFrom(ctx, view.span(subject)[0]);
  if (subject === undefined || !first || first.locative) return null;
  // ("reached an agreement with Togo": the party it acted with may hang on the act's object)
  const withWhom = [verb, ...view.childrenWith(verb, 'obj')].flatMap((h) => view.childrenWith(h, 'obl', 'nmod')).filter((k) => view.marker(k) === 'with');
  const partners = [...view.childrenWith(subject, 'conj'), ...withWhom];
  const second = partners.map((k) => ctx.phraseAt.get(k) ?? phraseFrom(ctx, view.span(k)[0])).find((p) => p !== undefined && p !== first && !p.locative);
  if (second) return [first, second];
  return first.plural && first.refersTo === 'collective' ? [first, null] : null;
}

// the word that opens a fight's two sides after its noun, and the word that joins them: "clashes between A and B",
// "battles pitting A against B"
const SIDES_OPENER: Readonly<Record<string, string>> = { between: 'and', pitting: 'against' };
// what may describe a side after its noun before the joining word or the verb: an adjective ("loyal to", "angry
// over") or a participle of whose side it is ("allied with", "backed by", "linked to"; "erupted in" is the fight's verb)
const SIDE_PARTICIPLES = new Set([...ALLEGIANCE.keys(), 'backed', 'linked', 'tied', 'supported', 'connected']);
const MODIFIER_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * The two sides of a fight noun read by words ("fighting between government troops and the Rapid Support Forces
 * paramilitary group", "clashes pitting police against protesters angry over fuel prices"), where the parse split a
 * long side or made a verb of a side's "Turkish-backed"; `stated` when a verb of happening or of a toll follows the
 * second side (with its own modifier: "militants allied with the Islamic State group | raged").
 */
function sidesByWords(ctx: SentenceContext, c: Candidate): { sides: [ActorPhrase, ActorPhrase]; stated: boolean } | null {
  const t = ctx.doc.tokens, end = ctx.sentence.tokenEnd;
  const opener = t[c.trigger.end]?.lower ?? '';
  const join = SIDES_OPENER[opener];
  if (join === undefined || c.info.type !== 'ASSAULT' || !ctx.kb.lexicon.mutualFightNouns?.has(fightWord(t[c.trigger.head]))) return null;
  const first = sideFrom(ctx, c.trigger.end + 1);
  if (!first || first.locative) return null;
  const joint = afterModifier(ctx, tokenAfter(ctx, first.end));
  if (t[joint]?.lower !== join) return null;
  const second = sideFrom(ctx, joint + 1);
  if (!second || second === first || second.locative) return null;
  const verb = afterModifier(ctx, tokenAfter(ctx, second.end));
  const view = ctx.tree();
  const toll = (k: number): boolean => k < end && (TOLL_VERBS.has(t[k].lemma) && t[k].pos === 'VERB' || t[k].pos === 'AUX' && toll(k + 1));
  return { sides: [first, second], stated: verb < end && (happensFrom(view, verb, ctx.kb.lexicon.occurrenceVerbs) || toll(verb)) };
}

// "fighting" is the fight's own noun, whatever lemma the tagger gave the gerund ("Battles" tagged a name: its base form)
const fightWord = (token: Token) => (token.lower === 'fighting' ? 'fighting' : [token.lemma, ...baseForms(token)].find((b) => FIGHT_BASES.has(b)) ?? token.lemma);
const FIGHT_BASES = new Set(['clash', 'battle', 'fight', 'skirmish', 'gunfight', 'firefight', 'shootout', 'gunbattle', 'confrontation']);

// the words a side's phrase may follow that the resolver left out of it: "Kurdish | forces", "Turkish-backed | rebels"
const SIDE_LEAD = new Set(['DET', 'ADJ', 'NUM', 'PROPN']);
function sideFrom(ctx: SentenceContext, k: number): ActorPhrase | undefined {
  const t = ctx.doc.tokens;
  for (let i = k; i < Math.min(ctx.sentence.tokenEnd, k + 5); i++) {
    const p = ctx.phraseAt.get(i);
    if (p) return p;
    if (!SIDE_LEAD.has(t[i].pos) && t[i].lower !== '-' && !SIDE_PARTICIPLES.has(t[i].lower)) return undefined;
  }
  return undefined;
}

/** The first token that starts at or after character `at`. */
function tokenAfter(ctx: SentenceContext, at: number): number {
  let k = ctx.sentence.tokenStart;
  while (k < ctx.sentence.tokenEnd && ctx.doc.tokens[k].start < at) k++;
  return k;
}

/** Past a side's describing words at `k` ("loyal to a renegade general", "allied with the Islamic State group"). */
function afterModifier(ctx: SentenceContext, k: number): number {
  const t = ctx.doc.tokens, end = ctx.sentence.tokenEnd;
  if (!((t[k]?.pos === 'ADJ' || SIDE_PARTICIPLES.has(t[k]?.lower ?? '')) && t[k + 1]?.pos === 'ADP' && k + 2 < end)) return k;
  let j = k + 2;
  while (j < end && (MODIFIER_WORDS.has(t[j].pos) || t[j].lower === '-')) j++;
  return j > k + 2 ? j : k;
}

function statedNoun(ctx: SentenceContext, noun: number): boolean {
  const view = ctx.tree();
  // ("battles pitting the army against ...": the participle that names the sides states nothing)
  return statingVerbs(view, noun).some((v) => supportVerbLemma(ctx.kb.lexicon.supportVerbs, ctx.doc.tokens[v]) !== null || view.base(v) === 'acl' && !(ctx.doc.tokens[v].lower in SIDES_OPENER));
}

/**
 * "between Russian and Ukrainian officials" (a shared role: "Russian" | "Ukrainian officials"), or a parse that hung
 * the second side off "and": the words of the between-phrase hold two names joined by "and".
 */
function joinedPair(ctx: SentenceContext, [from, to]: readonly [number, number]): [ActorPhrase, ActorPhrase] | null {
  const t = ctx.doc.tokens;
  const first = phraseFrom(ctx, from + 1 < to && t[from].pos === 'ADP' ? from + 1 : from);
  if (!first || first.locative) return null;
  let k = from;
  while (k < to && t[k].end <= first.end) k++;
  if (t[k]?.lower !== 'and' || k + 1 >= to) return null;
  const second = phraseFrom(ctx, k + 1);
  return second && second !== first && !second.locative && second.end <= t[to - 1].end ? [first, second] : null;
}

// "between A and B" written out: a lone phrase there is no single side
const pairWord = (ctx: SentenceContext, [from, to]: readonly [number, number]) => ctx.doc.tokens.slice(from, to).some((t) => t.lower === 'and');

// "between the government and eight armed groups": the side's phrase may start after a number the parse kept apart
const SIDE_WORDS = new Set(['NUM', 'ADJ', 'DET']);
function phraseFrom(ctx: SentenceContext, k: number): ActorPhrase | undefined {
  for (let i = k; i < Math.min(ctx.sentence.tokenEnd, k + 4); i++) {
    const p = ctx.phraseAt.get(i);
    if (p) return p;
    if (!SIDE_WORDS.has(ctx.doc.tokens[i].pos)) return undefined;
  }
  return undefined;
}

// the words a span of talks is counted in ("three days of talks", "hours of negotiations", "two rounds of talks")
const SPAN_NOUNS = new Set(['minute', 'hour', 'day', 'week', 'month', 'round', 'year', 'session']);
// the prepositions by which talks time or host another act ("after talks", "following talks", "at talks in Doha")
const TIMING_PREPS = new Set(['after', 'following', 'at', 'during']);
const AHEAD = new Set(['will', 'would', 'shall', "'ll", 'could', 'may', 'might', 'should', 'must']);

/**
 * "The deal was reached after three days of talks between A and B", "the truce was signed at talks between A and B":
 * talks (through a span they are counted in) that time or host an act its verb tells as done, in the past with no
 * modal ("will be signed after talks" has held none), were held themselves.
 */
function timesToldAct(view: ReturnType<SentenceContext['tree']>, noun: number): boolean {
  const verb = timedVerb(view, noun);
  if (verb < 0) return false;
  const word = view.tokens[verb];
  return word.lower !== word.lemma && !word.lower.endsWith('ing') && !view.childrenWith(verb, 'aux').some((a) => AHEAD.has(view.tokens[a].lower));
}

// the verb whose act the talks time, through a span they are counted in and an object the parse hung them on ("reached a
// deal | after talks"); -1 for none
function timedVerb(view: ReturnType<SentenceContext['tree']>, noun: number): number {
  let n = noun;
  const head = view.head(n);
  if (view.has(head) && view.marker(n) === 'of' && SPAN_NOUNS.has(view.tokens[head].lemma)) n = head;
  if (!TIMING_PREPS.has(view.marker(n) ?? '')) return -1;
  let verb = view.head(n);
  if (view.has(verb) && view.base(verb) === 'obj' && view.upos(verb) === 'NOUN') verb = view.head(verb);
  return view.has(verb) && view.upos(verb) === 'VERB' ? verb : -1;
}
