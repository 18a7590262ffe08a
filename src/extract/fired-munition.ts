import type { Token } from '../nlp/types.ts';
import type { SentenceContext } from './context.ts';
import type { ActorPhrase } from '../resolve/types.ts';
import { findObject } from './roles.ts';

// "intercepted a ballistic missile launched by the Houthis toward Riyadh", "drones fired by the rebels at the base":
// a projectile described by the participle of its firing, with the one who fired it named, tells an attack that
// happened (the interception answers it: both are events). Other reduced passives stay their noun's background
// ("areas seized by the rebels"), as triggers.ts and candidate.ts read them.
const FIRING = new Set(['launch', 'fire', 'shoot', 'lob', 'hurl']);
const PROJECTILES = new Set(['missile', 'rocket', 'drone', 'projectile', 'shell', 'mortar', 'grenade']);
const ASSAULT_CODE = /^(?:18|19|20)/;
export const FIRED_MUNITION_RULE = 'roles:fired-munition-described';

/** The match is the firing of a projectile in a reduced passive with its agent: "missiles fired by X (at Y)". */
export function isFiredMunition(tokens: readonly Token[], head: number, consumed: readonly number[], cameo: string): boolean {
  return ASSAULT_CODE.test(cameo) && FIRING.has(tokens[head].lemma) && tokens[head + 1]?.lower === 'by'
    && consumed.some((k) => k !== head && PROJECTILES.has(tokens[k].lemma)) && !consumed.some((k) => tokens[k].lower === 'down');
}

// the prepositions of what a projectile is aimed at
const AIMED_AT = new Set(['at', 'toward', 'towards', 'on', 'into', 'against']);

/**
 * Whom a described projectile was fired at: the phrase after "at"/"toward" past its agent ("a missile launched by the
 * Houthis toward Riyadh" → Riyadh). The described noun is the projectile, never the target; none named, none.
 */
export function firedAtTargets(ctx: SentenceContext, head: number, agent: readonly ActorPhrase[]): ActorPhrase[] {
  const tokens = ctx.doc.tokens;
  const agentEnd = agent.reduce((end, p) => Math.max(end, p.end), tokens[head].end);
  const end = Math.min(ctx.sentence.tokenEnd, head + 12);
  for (let k = head + 2; k < end; k++) {
    if (tokens[k].start < agentEnd) continue;
    if (tokens[k].pos === 'PUNCT') return [];
    if (AIMED_AT.has(tokens[k].lower)) return findObject(ctx, k + 1, 6);
  }
  return [];
}
