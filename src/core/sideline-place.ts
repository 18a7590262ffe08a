/**
 * "THE HAGUE — ... Trump met Zelenskyy on the sidelines of the summit on Wednesday": a meeting held beside the story's
 * gathering (the summit, the meeting, the conference the article is filed from) is where that gathering is. A meeting is
 * no material act, so the dateline placed none of it, and the country the story is in (or none) was its place. The desk
 * is at the gathering, whatever country the story's actors make it (a summit story full of Trump is still filed from
 * The Hague).
 * Only a meeting (CONSULT) told as held, beside "the" gathering (the story's own): "on the sidelines of a summit in Kazan last year" names
 * its own place or none, and "plans to meet Xi on the sidelines of the BRICS summit" is at a venue not yet placed.
 */
const SIDELINES_OF_THE_GATHERING = /\b(?:on|at)\s+the\s+(?:sidelines?|margins?)\s+of\s+(?:the|this\s+week['’]s)\s+(?:[\w-]+\s+){0,3}?(?:summit|meeting|meetings|conference|talks|gathering|forum|assembly|session|ministerial)\b/i;

export const SIDELINE_PLACE_RULE = 'place:sidelines-of-gathering';

/** True when the sentence tells an act done on the sidelines of the story's own gathering. */
export function onSidelinesOfGathering(sentenceText: string): boolean {
  return SIDELINES_OF_THE_GATHERING.test(sentenceText);
}
