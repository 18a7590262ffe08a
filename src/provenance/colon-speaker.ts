import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { ReportingFrame } from './frames.ts';

export const COLON_SPEAKER_RULE = 'provenance:colon-speaker';
const MAX_LABEL_WORDS = 5;
// the words a speaker's label is made of: "UN chief", "Kenyan police", "Rights group", "Israel's army"
const LABEL_WORDS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'PART']);
// a country or a place before the colon is the story's topic or a dateline ("Sudan: ...", "NAIROBI: ..."), no speaker;
// a place that names a government is one ("Kremlin:", "Pentagon:")
const SPEAKING_KINDS = new Set<ActorPhrase['kind']>(['person', 'role', 'organization', 'group', 'named']);

/**
 * "Army: 40 militants killed in raid", "Ruto: We will not negotiate with the protesters", "UN chief: 'Stop the
 * killing'": a headline's (or a line's) opening noun phrase and its colon name who says what the clause after it
 * tells, as "the army said 40 militants were killed" would; the clause's "we" is that speaker. The label is an actor
 * phrase of a speaking kind ("Key points:", "Photo:" are none) and what follows has a verb of its own.
 */
export function colonSpeakerFrame(ctx: SentenceContext): ReportingFrame | null {
  const t = ctx.doc.tokens, s = ctx.sentence;
  let colon = s.tokenStart;
  while (colon < s.tokenEnd && colon - s.tokenStart <= MAX_LABEL_WORDS && LABEL_WORDS.has(t[colon].pos)) colon++;
  if (colon === s.tokenStart || t[colon]?.text !== ':' || colon - s.tokenStart > MAX_LABEL_WORDS) return null;
  const last = t[colon - 1].pos;
  if (last !== 'NOUN' && last !== 'PROPN') return null;
  const tree = ctx.tree();
  let verbs = 0;
  for (let k = colon + 1; k < s.tokenEnd; k++) if (tree.upos(k) === 'VERB') verbs++;
  if (verbs === 0) return null;
  // "Report: Israel struck an Iranian radar site": a report no one is named for is hearsay (alleged, as "reports
  // said"); "UN report:" is its owner's word
  if (t[colon - 1].lemma === 'report' || t[colon - 1].lower === 'reports') {
    const owner = ctx.phraseAt.get(colon - 2) ?? null;
    return { from: colon + 1, to: s.tokenEnd, speaker: owner, verb: ':', certainty: owner ? 'claimed' : 'alleged', quote: null, rule: owner ? COLON_SPEAKER_RULE : 'provenance:hearsay' };
  }
  const speaker = labelSpeaker(ctx, s.tokenStart, colon);
  return speaker ? { from: colon + 1, to: s.tokenEnd, speaker, verb: ':', certainty: 'claimed', quote: null, rule: COLON_SPEAKER_RULE } : null;
}

// an actor phrase over the whole label (past an article): "Key points:" or "Photo:" is no actor, nor "Sudan:" a speaker
function labelSpeaker(ctx: SentenceContext, from: number, colon: number): ActorPhrase | null {
  const t = ctx.doc.tokens, phrase = ctx.phraseAt.get(colon - 1);
  if (t[from].pos === 'DET') from++;
  if (!phrase || phrase.start > t[from].start) return null;
  // "NAIROBI:" is a dateline, though the capital may stand for its country elsewhere; "Kremlin:" names a government
  return phrase.entry?.kind === 'metonym' ? (phrase.entry.role ? phrase : null) : !phrase.locative && SPEAKING_KINDS.has(phrase.kind) ? phrase : null;
}
