import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';
import { findSubject } from './roles.ts';

// Prepositions that time a clause by a meeting held before or during it.
const TIMING = new Set(['after', 'following', 'during', 'before']);
// "following two days of talks", "after a second round of negotiations"
const SPAN_WORDS = new Set(['of', 'days', 'hours', 'weeks', 'months', 'round', 'rounds']);
// Types whose nouns name something the clause's subject took part in; an attack timing a clause
// ("after the attack on the base, the army deployed troops") is often done to the subject, so it is not here.
export const TIMED_BY_OWN_ACT = new Set(['CONSULT']);

/**
 * A meeting noun that times a clause is the clause subject's own meeting when nothing else names who met:
 * "Following two days of talks with Kenyan officials, the Somali president agreed ...", "the minister told
 * reporters after meeting his Egyptian counterpart". The subject is read after the comma that closes an opening
 * phrase, else from the verb before the preposition.
 */
export function timingClauseSubject(ctx: SentenceContext, tr: Trigger): ActorPhrase[] {
  const t = ctx.doc.tokens;
  const { tokenStart, tokenEnd } = ctx.sentence;
  let i = tr.start - 1;
  while (i >= tokenStart && tr.start - i <= 6 && (['DET', 'ADJ', 'NUM'].includes(t[i].pos) || SPAN_WORDS.has(t[i].lower))) i--;
  if (i < tokenStart || !TIMING.has(t[i].lower)) return [];
  const before = t[i - 1];
  const opening = i === tokenStart || before.text === ',' || before.lower === 'that';
  if (opening) {
    // the clause after the phrase: its first verb, once the comma that closes the phrase is passed
    let k = tr.end;
    while (k < tokenEnd && t[k].text !== ',') k++;
    for (k++; k < tokenEnd; k++) {
      if (t[k].pos !== 'VERB' && t[k].pos !== 'AUX') continue;
      const subject = findSubject(ctx, k);
      return subject.every((p) => p.start > t[tr.end - 1].end) ? subject : [];
    }
    return [];
  }
  for (let k = i - 1; k >= Math.max(tokenStart, i - 8); k--) {
    if (t[k].text === ',' || t[k].pos === 'SCONJ') return [];
    if (t[k].pos === 'VERB') return findSubject(ctx, k);
  }
  return [];
}
