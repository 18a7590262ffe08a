import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';

// words that open a clause and that the tagger often reads as prepositions: "a day after officials said"
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'till', 'as', 'while', 'once']);
const BETWEEN = new Set(['AUX', 'ADV']);

/**
 * "The confirmation came a day after senior officials said a delegation was in Riyadh", "The strike came hours
 * before the army said its troops had withdrawn": the actor phrase right before the reporting verb, after a word
 * that opens a clause, is its subject (the word-level subject search takes that word for a preposition and the
 * phrase for its object). Null when no phrase stands there.
 */
export function subordinateClauseSpeaker(ctx: SentenceContext, verb: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  let k = verb - 1;
  while (k > ctx.sentence.tokenStart && BETWEEN.has(t[k].pos)) k--;
  const phrase = ctx.phraseAt.get(k);
  if (!phrase || phrase.locative) return null;
  let first = k;
  while (first > ctx.sentence.tokenStart && ctx.phraseAt.get(first - 1) === phrase) first--;
  // modifiers the phrase does not cover: "senior Yemeni officials"
  while (first > ctx.sentence.tokenStart && t[first - 1].pos === 'ADJ') first--;
  return SUBORDINATORS.has(t[first - 1]?.lower ?? '') ? phrase : null;
}
