import type { Token } from '../nlp/types.ts';
import type { Trigger } from './triggers.ts';

// A tie of two verb rows at one head, read by longestMatches in triggers.ts.
// the rows' words before a participle are a passive's object words (an -ing verb after "was" is no passive: "the
// opposition was pushing Serbia towards"); a "from" names only whence, no one acted on ("were charged with espionage
// by" keeps its "charge * with": the content of a charge is no place left)
// ("Russian troops had withdrawn from the town": a participle after "have" is a perfect, no passive)
const isPassiveRow = (c: Trigger, tokens: readonly Token[]) => c.pattern.kind === 'verb' && c.tokens.some((k) => k < c.head) && !tokens[c.head].lower.endsWith('ing') && !afterHave(tokens, c.head);
const afterHave = (tokens: readonly Token[], head: number) => {
  let k = head - 1;
  while (k >= 0 && tokens[k].pos === 'ADV') k--;
  return k >= 0 && tokens[k].lemma === 'have';
};
const prepositions = (c: Trigger, tokens: readonly Token[]) => c.tokens.filter((k) => tokens[k].pos === 'ADP' && tokens[k].lower === 'from').length;
/** Of two verb rows of one head and length, one passive and one active, the one with fewer "from"s (0: no view). */
export function passiveObjectFirst(a: Trigger, b: Trigger, tokens: readonly Token[] | undefined): number {
  if (tokens === undefined || a.head !== b.head || isPassiveRow(a, tokens) === isPassiveRow(b, tokens)) return 0;
  return prepositions(a, tokens) - prepositions(b, tokens);
}
