import type { Token } from '../nlp/types.ts';
import type { ActorPhrase } from '../resolve/types.ts';

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
