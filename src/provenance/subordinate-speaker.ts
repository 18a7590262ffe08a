import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { plainSpeaker } from './speaker-phrase.ts';

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
  if (!phrase) return unlistedSpeaker(ctx, k, verb);
  if (phrase.locative) return null;
  let first = k;
  while (first > ctx.sentence.tokenStart && ctx.phraseAt.get(first - 1) === phrase) first--;
  // modifiers the phrase does not cover: "senior Yemeni officials"
  while (first > ctx.sentence.tokenStart && t[first - 1].pos === 'ADJ') first--;
  // and the article it may leave out ("after the government said", "since the ministry announced"), which then
  // speaks with it as the subject search would have read it ("the Kenyan army")
  const article = first > ctx.sentence.tokenStart && t[first - 1].pos === 'DET' ? first - 1 : -1;
  if (article >= 0 && SUBORDINATORS.has(t[article - 1]?.lower ?? '')) return { ...phrase, start: t[article].start, text: ctx.doc.text.slice(t[article].start, phrase.end) };
  return SUBORDINATORS.has(t[first - 1]?.lower ?? '') ? phrase : null;
}

/**
 * "..., as a war monitor said scores were killed": a noun phrase no list holds, the verb's subject on the tree right after
 * a subordinator, is the speaker all the same (an unknown one), so that the search does not reach across the comma to
 * the main clause's subject (the tagger may call its head a verb: "monitor").
 */
function unlistedSpeaker(ctx: SentenceContext, last: number, verb: number): ActorPhrase | null {
  const t = ctx.doc.tokens;
  // (most reporting verbs have no subordinator before them: their sentence, often triggerless, is not parsed for this)
  if (!subordinatorBefore(ctx, last)) return null;
  const view = ctx.tree();
  if (view.base(last) !== 'nsubj' || view.head(last) !== verb) return null;
  let first = last;
  // its own words: those the tree hangs inside it ("a", "war" of "a war monitor")
  while (first - 1 > ctx.sentence.tokenStart && !SUBORDINATORS.has(t[first - 1].lower) && !ctx.phraseAt.has(first - 1) && view.head(first - 1) >= first && view.head(first - 1) <= last) first--;
  return SUBORDINATORS.has(t[first - 1]?.lower ?? '') ? plainSpeaker(t, first, last + 1) : null;
}

/**
 * Whether the word where `unlistedSpeaker`'s walk back from `last` could stop is a subordinator, read without the tree:
 * the walk stops at the latest subordinator, word of a listed phrase or the sentence's first word before `last` (the
 * tree may stop it sooner, never later), and the speaker needs a subordinator where it stops.
 */
function subordinatorBefore(ctx: SentenceContext, last: number): boolean {
  const t = ctx.doc.tokens;
  for (let k = last - 1; ; k--) {
    if (SUBORDINATORS.has(t[k]?.lower ?? '')) return true;
    if (k <= ctx.sentence.tokenStart || ctx.phraseAt.has(k)) return false;
  }
}
