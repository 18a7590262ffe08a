import type { ActorPhrase } from '../resolve/types.ts';
import type { SentenceContext } from './context.ts';
import type { Trigger } from './triggers.ts';

// "drills around Taiwan", "troops massed near Ukraine", "warships off Yemen": where a force is shown to a country
const FACING_PREPS = new Set(['around', 'near', 'off', 'toward', 'towards']);
const BORDER_WORDS = new Set(['border', 'borders', 'frontier']);
export const FACING_RULE = 'roles:mobilized-facing-country';

/** The first token after the phrase, searched from its token `from`. */
const tokenEndOf = (ctx: SentenceContext, p: ActorPhrase, from: number) => {
  let k = from;
  while (k < ctx.doc.tokens.length && ctx.doc.tokens[k].start < p.end) k++;
  return k;
};
const countryOf = (p: ActorPhrase) => p.entry?.country ?? (p.code && /^[A-Z]{3}/.test(p.code) ? p.code.slice(0, 3) : null);

/**
 * The country a show of force faces: a country (not a city) right after "around", "near", "off" or "toward", or
 * after "the border with", within a few words of the pattern: "staged drills around Taiwan", "massed troops near
 * the border with Guyana". The PLOVER manual (MOBILIZE): the recipient is the entity against whom the actor
 * mobilizes "if that is clear"; a force moved within or to its own country faces nobody.
 */
export function facingCountry(ctx: SentenceContext, tr: Trigger, actors: readonly ActorPhrase[]): ActorPhrase | null {
  const own = new Set(actors.map(countryOf));
  const tokens = ctx.doc.tokens;
  for (let i = tr.end; i < Math.min(ctx.sentence.tokenEnd, tr.end + 10); i++) {
    const p = ctx.phraseAt.get(i);
    if (!p || p.kind !== 'country' || own.has(countryOf(p))) continue;
    // "near the Burma-China border": a country that modifies a noun names a place, not a side faced
    const after = tokens[tokenEndOf(ctx, p, i)];
    if (after && after.sentence === tokens[i].sentence && (after.text === '-' || after.pos === 'NOUN' || after.pos === 'PROPN')) continue;
    let b = i - 1;
    while (b > tr.end && (tokens[b].lower === 'the' || tokens[b].pos === 'ADJ')) b--;
    const facing = FACING_PREPS.has(tokens[b].lower) || tokens[b].lower === 'with' && BORDER_WORDS.has(tokens[b - 1]?.lower ?? '');
    if (facing) return p;
  }
  return null;
}
