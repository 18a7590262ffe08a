import type { Token } from '../nlp/types.ts';
import type { Trigger } from './triggers.ts';

// A tie of two verb rows at one head, read by longestMatches in triggers.ts.
// the rows' words before the verb are a passive's object words; a preposition names no one acted on
const isPassiveRow = (c: Trigger) => c.pattern.kind === 'verb' && c.tokens.some((k) => k < c.head);
const prepositions = (c: Trigger, tokens: readonly Token[]) => c.tokens.filter((k) => tokens[k].pos === 'ADP').length;
/** Of two verb rows of one head and length, one passive and one active, the one with fewer prepositions (0: no view). */
export function passiveObjectFirst(a: Trigger, b: Trigger, tokens: readonly Token[] | undefined): number {
  if (tokens === undefined || a.head !== b.head || isPassiveRow(a) === isPassiveRow(b)) return 0;
  return prepositions(a, tokens) - prepositions(b, tokens);
}
