import type { Token } from '../nlp/types.ts';
import { isQuote } from '../extract/clause.ts';

/**
 * Tokens [from, to) hold a quotation mark, and the last quotation they open is closed before `to`: '"…," Ruto said' has a
 * quotation before its speaker; in '"… the people of Kenya, who have said …, I concede," Ruto said' the speaker of "have
 * said" stands inside a quotation still open, and speaks only there.
 */
export function quoteClosesBefore(t: readonly Token[], from: number, to: number): boolean {
  let seen = false;
  let open = false;
  for (let k = from; k < to; k++) {
    if (!isQuote(t[k])) continue;
    seen = true;
    open = t[k].text === '“' || t[k].text === '«' || t[k].text === '"' && !open;
  }
  return seen && !open;
}
