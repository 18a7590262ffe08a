import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';

// Verbal acts (QuadClass 1 and 3: statements, demands, threats, accusations) say something: what they say may
// stand as their object
const VERBAL_CLASSES = new Set([1, 3]);
// words a colon may follow after the verb: "warned again:", "demanded firmly:"
const BETWEEN = new Set(['ADV', 'PART']);
// at least this many words after the colon: a statement, not a list marker
const MIN_WORDS = 3;

/**
 * "We firmly warn: any provocation will be answered by the army", "The ministry demanded: release the sailors now",
 * "He cautioned: the next strike will not go unanswered": a colon after the verb of a verbal act opens what the
 * speaker says, which is its object as much as "warned Iran" names one. A verb pattern that requires an object (so
 * that "warned that the economy may shrink" stays a report) is satisfied by it.
 */
export function colonContent(ctx: SentenceContext, tr: Trigger, quadClass: number): boolean {
  if (!VERBAL_CLASSES.has(quadClass) || tr.pattern.kind !== 'verb') return false;
  const t = ctx.doc.tokens;
  let i = tr.end;
  while (i < ctx.sentence.tokenEnd && BETWEEN.has(t[i].pos)) i++;
  if (t[i]?.text !== ':' || i >= ctx.sentence.tokenEnd) return false;
  let words = 0;
  for (let k = i + 1; k < ctx.sentence.tokenEnd; k++) if (t[k].pos !== 'PUNCT') words++;
  return words >= MIN_WORDS;
}
