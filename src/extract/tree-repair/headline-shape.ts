import type { Token } from '../../nlp/types.ts';

const FINAL_STOPS = new Set(['.', '!', '?', '…']);
const CLOSERS = /^["'”’)\]]+$/;

/**
 * A sentence with no final stop (after any closing quote or bracket) is a headline, a subhead or a caption line:
 * headlines drop their stop ("Journalist detained in Minsk", "Russia to expel British diplomats"), prose keeps one.
 * `first`, `last`: the doc token indexes of the sentence's first and last tokens.
 */
export function headlineShaped(tokens: readonly Token[], first: number, last: number): boolean {
  let end = last;
  while (end > first && CLOSERS.test(tokens[end].text)) end--;
  return end > first && !FINAL_STOPS.has(tokens[end].text);
}
