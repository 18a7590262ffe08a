import type { Token } from '../nlp/types.ts';
import type { Trigger } from './triggers.ts';

/**
 * "Xi Jinping, meeting Pedro Sanchez in Beijing on Friday, said": an -ing word both a verb row and a noun row read,
 * alone, right after a comma, opens an aside about the subject before it, and is the verb (the verb row exists only
 * where the tagger or the parse reads a verb there): its doer is the subject the participle hangs on, where the noun row
 * finds none. "held a meeting", "after meeting Putin" (the noun's rows read the clause's subject) keep the noun.
 * A comparator term: negative puts `a` first.
 */
export function verbReadingFirst(a: Trigger, b: Trigger, tokens: readonly Token[] | undefined): number {
  if (tokens === undefined || a.head !== b.head || a.pattern.kind === b.pattern.kind || a.tokens.length !== 1 || b.tokens.length !== 1) return 0;
  const word = tokens[a.head];
  if (!word.lower.endsWith('ing') || tokens[a.head - 1]?.text !== ',') return 0;
  return a.pattern.kind === 'verb' ? -1 : 1;
}
