import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { statingVerbs } from './stating-verbs.ts';
import { isStatedOccurrence } from './stated-occurrence.ts';
import { isCancelledAct } from '../extract/tree-clauses/index.ts';
import { GERUND_NOUN_RULE } from '../extract/tree-roles/gerund-noun.ts';
import { supportVerbLemma } from '../extract/tree-roles/tree-actors.ts';
import { isTollSubject } from '../extract/tree-roles/named-act.ts';

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
  // ("clashes between A and B killed 12 people", "left 20 dead": a fight whose toll is told happened)
  const toll = isTollSubject(view, c.trigger.head);
  if ((c.trigger.pattern.kind === 'noun' || occurred) && !occurred && !cancelled && !toll && !statedNoun(ctx, c.trigger.head)) return null;
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
      if (one && one.plural && !one.locative && !view.childrenWith(side, 'conj').length && !pairWord(ctx, view.span(side))) return [one, null];
    }
  }
  return null;
}

function statedNoun(ctx: SentenceContext, noun: number): boolean {
  const view = ctx.tree();
  return statingVerbs(view, noun).some((v) => supportVerbLemma(ctx.kb.lexicon.supportVerbs, ctx.doc.tokens[v]) !== null || view.base(v) === 'acl');
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
