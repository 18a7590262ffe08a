import type { Token } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { isQuote } from '../extract/clause.ts';

/**
 * A speaker as the text names it, when no gazetteer entry or role word makes it an actor phrase: "witnesses",
 * "aid workers in Goma", "Roberto Diaz". It has no code; what it says is still a claim, and `provenance.source`
 * shows who says so. Tokens [from, to) of one sentence.
 */
export function plainSpeaker(t: readonly Token[], from: number, to: number): ActorPhrase {
  const text = t.slice(from, to).map((x, i) => (i === 0 ? '' : ' '.repeat(x.start - t[from + i - 1].end)) + x.text).join('');
  return {
    start: t[from].start, end: t[to - 1].end, text, name: text.replace(/^the\s+/i, ''), code: null, kind: 'named',
    plural: /s$/i.test(t[to - 1].text), entry: null, locative: false, rule: 'actor:unknown-speaker',
  };
}

// words joining the parts of a proper name: "Commission on Human Rights", "Ministry of Health", "Peace and Security"
const NAME_JOINERS = new Set(['of', 'on', 'for', 'and']);
const isNameWord = (x: Token | undefined) => x !== undefined && x.pos === 'PROPN' && /^[A-Z]/.test(x.text);

/**
 * The last token of a proper name that a known name only opens, the name's words going on from `next` (below `end`):
 * "Kenya | National Commission on Human Rights", "Uganda | Law Society"; -1 when `next` continues no name.
 */
export function longerNameEnd(t: readonly Token[], next: number, end: number): number {
  let last = -1;
  for (let k = next; k < end; k++) {
    if (isNameWord(t[k])) last = k;
    else if (!(last >= 0 && NAME_JOINERS.has(t[k].lower) && isNameWord(t[k + 1]))) break;
  }
  return last;
}

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
