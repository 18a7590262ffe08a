import { headsRankingApposition } from '../extract/ranking-apposition.ts';
import type { Token } from '../nlp/types.ts';
import type { Knowledge } from '../knowledge/types.ts';
import type { Candidate } from '../extract/candidate.ts';
import { isActNoun } from '../extract/tree-roles/object-words.ts';
import type { TreeView } from '../extract/tree-roles/index.ts';
import { DEFINITE_ACT, DONE_BY_TOLD_ACT, PART_OF_TOLD_ACT, TOLD_ACT_STATED, UNREPORTED_ACT, isDefinite } from './coreference-compatible.ts';
import { tollOfToldAct } from './toll-of-told-act.ts';
import { isPartOfToldAct, toldActSubject } from './part-of-told-act.ts';
import { isUnreportedDefiniteAct, type AnchorVerbs } from './unreported-act.ts';
import { cuePhrases } from '../extract/cue-groups.ts';
import { ASKED_AT_REQUEST_RULE } from '../extract/asked-at-request.ts';
import { INQUIRED_ACT_RULE } from './inquired-act.ts';
import { TOLD_ACT_PASSIVE_RULE } from './told-act-passive.ts';

export interface MentionMarks {
  /** Rule ids to add to the event: the definite act, and whether it stands only as a mention of an earlier act. */
  rules: string[];
  /** The event may have neither actor nor target. */
  bare: boolean;
}

/**
 * "Friday's attack in the town of X", "the attack": a definite act noun refers back to an act already told;
 * alone it is kept only as a mention of that act (coreference drops it when it refers back to nothing).
 * "clashes broke out": a stated occurrence names nobody on either side and is an event as it stands.
 * "20 police were killed in the attack": the toll of a definite act is a mention of that act (src/core/toll-of-told-act.ts).
 * "The attack began with a car bomb and was followed by a gunfight": a stage of a definite act refers back to that
 * act (src/core/part-of-told-act.ts); it keeps its own participants and stands alone when nothing was told before.
 * "The strikes hit two homes": a verb whose subject is a definite act noun tells more of that act.
 * "a reaction to the American invasion of Iraq": a definite act noun with no anchor that reports it as happening
 * (a date, a count, "by X", a verb it is the subject of: src/core/unreported-act.ts) is only a mention too, whoever it names.
 */
export function definiteMentionMarks(kb: Knowledge, tokens: readonly Token[], text: string, sentenceStart: number, c: Candidate, agentless: string | null, view?: () => TreeView): MentionMarks {
  // ("sent jets at the request of the government": the asking is told where it is named, no act told before)
  if (c.rules.includes(ASKED_AT_REQUEST_RULE)) return { rules: [], bare: false };
  // ("The truce was signed on Monday": only a mention of the act told before, told-act-passive.ts)
  if (agentless === TOLD_ACT_PASSIVE_RULE) return { rules: [DEFINITE_ACT, 'actor:definite-mention'], bare: true };
  const toll = view ? tollOfToldAct(kb, view(), text, sentenceStart, c) : null;
  // (a counted toll with nothing of its own stands alone only where the article tells no act of its type)
  if (toll === 'count') return { rules: [DEFINITE_ACT, TOLD_ACT_STATED, `actor:toll-of-told-act:${toll}`], bare: false };
  if (toll) return { rules: [DEFINITE_ACT, 'actor:definite-mention', `actor:toll-of-told-act:${toll}`], bare: false };
  const last = tokens[c.trigger.end - 1];
  // ", the second killing of a politician this year", ", the third abduction of a cleric": an act noun ranking the act
  // told before it names that act's kind; it joins that act or says nothing, however indefinite its undergoer
  if (c.trigger.pattern.kind === 'noun' && headsRankingApposition(tokens, c.trigger.end - 1)) return { rules: [DEFINITE_ACT, 'actor:definite-mention', RANKED_ACT], bare: false };
  if (view && isPartOfToldAct(kb, view(), text, sentenceStart, c)) return { rules: [DEFINITE_ACT, PART_OF_TOLD_ACT], bare: agentless === 'actor:stated-occurrence' };
  // ("the strikes hit five areas" with nobody named tells more of the strikes told before)
  // ... but "the airstrike killed 12 people", "the shelling destroyed 40 homes" state the act and what it did: an event
  // on their own when nothing told before takes them up (as "X said the airstrike killed 12 people" opening a story)
  const subject = view ? toldActSubject(kb, view(), text, sentenceStart, c) : null;
  if (subject) return { rules: [DEFINITE_ACT, DONE_BY_TOLD_ACT, ...(agentless === 'actor:stated-occurrence' && subject === 'it' ? ['actor:definite-mention'] : subject === 'noun' && c.actors.length === 0 ? [TOLD_ACT_STATED] : [])], bare: agentless === 'actor:stated-occurrence' };
  const definiteAct = last.pos === 'NOUN' && isActNoun(kb, last.lemma) && isDefinite(text, last.start, sentenceStart);
  const agentlessNoun = (agentless === 'actor:agentless-act' || agentless === INQUIRED_ACT_RULE) && c.trigger.pattern.kind === 'noun' && c.targets.length === 0;
  // (an agentless act first told with its undergoer, a place and a day stands with no one named: "the attack on a clinic in Goma")
  // ... and so does one its day owns: "condemned Tuesday's raid on its headquarters", "Saturday's drone strike on a bus":
  // the day tells the occasion (a told act of its type and day still takes it up in coreference)
  const firstTold = agentlessNoun && (opensIndefiniteUndergoer(tokens, c.trigger.end, sentenceEnd(tokens, c.trigger.end)) || ownedByDay(tokens, c.trigger.start));
  const mentionOnly = definiteAct && agentlessNoun && !firstTold;
  const unreported = !mentionOnly && agentless !== 'actor:stated-occurrence' && view !== undefined && isUnreportedDefiniteAct(view(), c, anchorVerbs(kb));
  return {
    rules: [...(definiteAct || unreported ? [DEFINITE_ACT] : []), ...(mentionOnly ? ['actor:definite-mention'] : []), ...(unreported ? ['actor:definite-mention', UNREPORTED_ACT] : [])],
    bare: agentless === 'actor:stated-occurrence' || mentionOnly || firstTold,
  };
}

const RANKED_ACT = 'actor:ranking-apposition';

// verbs whose object act noun is done by their subject (data/lexicon/support-verbs.tsv), taken part in or reacted to (clause-cues)
const anchorVerbs = (kb: Knowledge): AnchorVerbs => ({ supports: kb.lexicon.supportVerbs, partaking: cuePhrases(kb.lexicon.clauseCues, 'partaking'), reacting: cuePhrases(kb.lexicon.clauseCues, 'reacting'), phases: cuePhrases(kb.lexicon.clauseCues, 'phase'), suspicion: cuePhrases(kb.lexicon.clauseCues, 'suspicion'), blaming: cuePhrases(kb.lexicon.clauseCues, 'blaming'), ordering: kb.lexicon.orderingVerbs, isActNoun: (lemma) => isActNoun(kb, lemma) });

// "the shelling of a school in Kharkiv", "the attack on a clinic": a definite act noun whose undergoer is indefinite
// is told here for the first time (English puts "the" before any act noun its complement pins down); "the shelling of
// the school" may take up an act told before
const UNDERGOER_PREPOSITIONS = new Set(['of', 'on', 'against', 'upon']);
const INDEFINITE = new Set(['a', 'an', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'several', 'some']);

function opensIndefiniteUndergoer(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  if (!UNDERGOER_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '')) {
    if (!UNDERGOER_PREPOSITIONS.has(tokens[k]?.lower ?? '')) return false;
    k++;
  }
  return k < end && (INDEFINITE.has(tokens[k].lower) || tokens[k].pos === 'NUM');
}

// "Tuesday's raid", "yesterday's attack": a day's possessive right before the act's words
const DAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today']);
const ownedByDay = (tokens: readonly Token[], start: number) => start >= 2 && (tokens[start - 1].lower === "'s" || tokens[start - 1].lower === '’s')
  && DAYS.has(tokens[start - 2].lower) && tokens[start - 2].sentence === tokens[start].sentence;

const sentenceEnd = (tokens: readonly Token[], from: number) => {
  let k = from;
  while (k < tokens.length && !(tokens[k].pos === 'PUNCT' && /^[.!?]$/.test(tokens[k].text))) k++;
  return k;
};
