import type { ActorPhrase } from './types.ts';
import { phraseWith } from './phrase-shape.ts';

/** In a phrase's rule: a metonym owned by another country's name stands for that country's body. */
export const POSSESSED_METONYM_RULE = 'actor:possessed-metonym';

/**
 * "Colombia's Justice Department", "Kenya's Defence Department": a metonym whose dictionary state is one country's
 * ("the Justice Department": the US one) owned by another country's name is that country's body of the same role,
 * the possessor's, as "Colombia's defence department" is.
 */
export function possessedMetonyms(text: string, phrases: readonly ActorPhrase[]): ActorPhrase[] {
  return phrases.map((p, i) => {
    const owner = phrases[i - 1];
    if (p.entry?.kind !== 'metonym' || !owner || owner.kind !== 'country' || !owner.code || !p.code) return p;
    if (!/^['’]s\s+$/.test(text.slice(owner.end, p.start)) || p.code.startsWith(owner.code)) return p;
    return phraseWith(p, { code: `${owner.code.slice(0, 3)}${p.code.slice(3)}`, rule: `${p.rule}+${POSSESSED_METONYM_RULE}` });
  });
}
