import type { Token } from '../nlp/types.ts';
import { opensRankingApposition } from '../extract/ranking-apposition.ts';

// words of a phrase that a preposition opens: "on Telegram", "in a televised address", "at a news conference"
const PHRASE_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);
const TIME_SUBORDINATORS = new Set(['as', 'while', 'amid', 'after', 'before', 'when', 'even']);
const NOMINAL_BEFORE = new Set(['DET', 'ADJ', 'VERB']);
// a stretch of time before "after"/"before": ", days after ...", ", two weeks before ...", ", less than an hour after ..."
const TIME_MEASURES = /^(?:minute|hour|day|week|month|year)s?$/;
const SPAN_WORDS = new Set(['a', 'an', 'just', 'only', 'barely', 'less', 'more', 'than', 'about', 'some', 'nearly', 'almost', 'few', 'several']);
const RELATIVE_TIME = new Set(['after', 'before', 'since']);

/**
 * After the reporting verb at `verb` its sentence (tokens up to `end`) says nothing of its own, so what the verb
 * reports is before it: "..., witnesses said.", "..., the governor wrote on Telegram.", "..., the group's armed
 * wing said in a statement on Sunday.", "..., the spokesman said in a televised speech.", "..., the military said, adding that ..." (the participle clause after
 * the comma is its own frame), "..., officials told Reuters." Prepositional phrases and adverbs may follow; a
 * verb or a that-clause outside a participle clause means the content follows the verb.
 */
export function closesItsSentence(t: readonly Token[], verb: number, end: number): boolean {
  const told = t[verb].lemma === 'tell';
  let inPhrase = false;
  for (let j = verb + 1; j < end; j++) {
    const x = t[j];
    if (x.text === ',') {
      // ", adding that ...", ", citing security sources", ", without giving details"
      const next = t[j + 1];
      if (next && j + 1 < end && (next.pos === 'VERB' && next.lower.endsWith('ing') || next.lower === 'without')) return true;
      // ", as Hezbollah fired rockets", ", while protesters ...": a clause of time after the speaker is the outlet's
      if (next && j + 1 < end && TIME_SUBORDINATORS.has(next.lower) && t[j + 2] && t[j + 2].pos !== 'PUNCT') return true;
      // ", the latest in a wave of attacks", ", the deadliest since 2019": a noun phrase ranking the act told before
      if (opensRankingApposition(t, j, end)) return true;
      // ", days after Seoul and Washington wrapped up drills", ", shortly before talks were due": when the told act
      // happened, measured from another; the outlet's setting, no content of the verb (provenance:trailing-speaker)
      if (opensRelativeTime(t, j + 1, end)) return true;
      inPhrase = false;
      continue;
    }
    if (x.pos === 'PUNCT' || x.pos === 'ADV' || x.pos === 'DET') continue;
    if (x.pos === 'ADP') { inPhrase = true; continue; }
    // "said late on Wednesday", "said early Friday": the part of the day the words were said in, whatever its tag
    if (opensTimeOfDay(t, j, end)) continue;
    // "said Sunday", "told Reuters", "told the BBC's Persian service"
    if (x.pos === 'PROPN' && /day$/i.test(x.text)) continue;
    if (PHRASE_WORDS.has(x.pos) && (inPhrase || told)) continue;
    // "in a televised speech", "in a recorded message": right after the phrase's article the words are nominal, a
    // participle or a noun the tagger took for verbs ("a televised/VERB address/VERB"); "a statement accusing" is no such word
    // ("told The Associated/VERB Press": the same after the addressee's article)
    if ((inPhrase || told) && x.pos === 'VERB' && NOMINAL_BEFORE.has(t[j - 1]?.pos ?? '') && !x.lower.endsWith('ing')) continue;
    return false;
  }
  return true;
}

// "late", "early" before the day or the time they qualify: "late on Wednesday", "early Friday", "late last night"
const DAY_PART = new Set(['late', 'early']);
const DAY_PART_FOLLOWERS = /^(?:on|in|last|this|yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/** The word at `k` is "late" or "early" qualifying the time after it ("late on Wednesday"), so no content opens there. */
export function opensTimeOfDay(t: readonly Token[], k: number, end: number): boolean {
  return DAY_PART.has(t[k]?.lower ?? '') && k + 1 < end && DAY_PART_FOLLOWERS.test(t[k + 1].lower);
}

/** A time measured from another event opens at `k`: "days after", "two weeks before", "shortly after", "hours since". */
export function opensRelativeTime(t: readonly Token[], k: number, end: number): boolean {
  let j = k;
  while (j < end && j - k < 4 && (SPAN_WORDS.has(t[j].lower) || t[j].pos === 'NUM')) j++;
  const measured = j < end && TIME_MEASURES.test(t[j].lower) || j === k && /^(?:shortly|soon|just|moments|weeks|days|hours)$/.test(t[j]?.lower ?? '');
  return measured && j + 1 < end - 1 && RELATIVE_TIME.has(t[j + 1].lower);
}
