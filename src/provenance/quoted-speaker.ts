import type { SentenceContext } from '../extract/context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import type { ReportingFrame } from './frames.ts';
import { findSubject } from '../extract/roles.ts';
import { plainSpeaker } from './speaker-phrase.ts';

// how far back from "as saying" the verb "quoted" may be: "quoted the country's defence minister as saying"
const MAX_BACK = 10;

/**
 * "State media quoted the defence minister as saying troops ...", "The army chief was quoted by state television as
 * saying ...": the one quoted says it; who quotes only carries the words. The frame covers what follows "saying".
 * Null when the reporting word at `i` is no "as saying" after a form of "quote".
 */
export function quotedAsSayingFrame(ctx: SentenceContext, i: number, certainty: string): ReportingFrame | null {
  const t = ctx.doc.tokens;
  if (t[i - 1]?.lower !== 'as' || !/ing$/.test(t[i].lower)) return null;
  let quoted = -1;
  for (let k = i - 2; k >= ctx.sentence.tokenStart && k >= i - MAX_BACK; k--) {
    if (t[k].lemma === 'quote' || t[k].lower === 'quoted') { quoted = k; break; }
    if (t[k].text === ',' || t[k].pos === 'VERB') return null;
  }
  if (quoted < 0) return null;
  const speaker = t[quoted + 1]?.lower === 'by' || quoted + 1 === i - 1 ? passiveSubject(ctx, quoted) : quotedObject(ctx, quoted + 1, i - 1);
  return speaker ? { from: i + 1, to: ctx.sentence.tokenEnd, speaker, verb: `quoted as ${t[i].text}`, certainty, quote: null, rule: 'provenance:quoted-as-saying' } : null;
}

/** "The army chief was quoted (by ...) as saying": the subject of the passive. */
function passiveSubject(ctx: SentenceContext, quoted: number): ActorPhrase | null {
  return findSubject(ctx, quoted)[0] ?? null;
}

/** "quoted the defence minister as saying": the words between, as an actor phrase where one starts there. */
function quotedObject(ctx: SentenceContext, from: number, to: number): ActorPhrase | null {
  if (to <= from) return null;
  const phrase = ctx.phraseAt.get(from) ?? ctx.phraseAt.get(from + 1);
  if (phrase && phrase.end <= ctx.doc.tokens[to - 1].end) return phrase;
  return plainSpeaker(ctx.doc.tokens, from, to);
}
