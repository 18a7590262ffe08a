import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';
import { landingNode } from './landing-node.ts';
import { nodePhrase, THING_RULE } from './node-phrase.ts';
import { assemblyObject, isAssemblyLanding } from './assembly-object.ts';
import { THING_TARGET } from './named-act.ts';

/** In an event's `rules`: a threat's target is whom (or what) the threatened act would land on. */
export const THREATENED_PARTY_RULE = 'roles:threatened-party';

// Threats whose content is an act done to someone (CAMEO 132 administrative sanctions and arrests, 136 expulsion,
// 137 repression, 138 force): the one it would be done to is the one threatened. Threats to cut aid or relations,
// to strike or to block a road (131, 133-135, 139), a blockade or an occupation of ground (1381, 1382) land on no
// party of their own this way.
const AIMED_THREATS = /^(132|136|137|138(?!1|2))/;

/**
 * "vowed to crush the uprising", "threatened to crush the student protests": where the window found no target, the
 * object of the threatened act the row spells ("to crush") is the threatened party when it names people: a rising or
 * a protest (its people, as the target of the act done: "crushed the uprising") or a known party. PLOVER manual,
 * THREATEN: "all threats, coercive or forceful warnings"; its recipient is the one warned of the act. A place or a
 * thing threatened ("to strike Israeli cities", "to blow up the bridge") names no party warned.
 */
export function withThreatenedParty(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.info.type !== 'THREATEN' || c.targets.length > 0 || c.trigger.pattern.kind !== 'verb' || !AIMED_THREATS.test(c.info.code)) return c;
  const act = threatenedVerb(tree, ctx, c);
  if (act === null) return c;
  const landing = assemblyObject(tree, ctx, act) ?? landingNode(tree, ctx.kb, ctx.doc.tokens, act, 'verb', c.trigger.tokens);
  if (!landing || landing.node < act) return c;
  const target = nodePhrase(tree, ctx, landing.node, false, isAssemblyLanding(landing));
  if (!target || target.locative || c.actors.some((a) => a.start < target.end && target.start < a.end)) return c;
  if (target.rule === THING_RULE && !isAssemblyLanding(landing)) return c;
  return { ...c, targets: [target], rules: [...c.rules, landing.rule, THREATENED_PARTY_RULE, ...(target.rule === THING_RULE ? [THING_TARGET] : [])] };
}

// the row's own verb after "to", the one the trigger's head governs as its to-clause ("vowed | to crush")
function threatenedVerb(tree: TreeView, ctx: SentenceContext, c: Candidate): number | null {
  const own = c.trigger.tokens;
  for (let i = own.length - 1; i > 0; i--) {
    const k = own[i];
    if (k === c.trigger.head || tree.upos(k) !== 'VERB' || ctx.doc.tokens[k - 1]?.lower !== 'to') continue;
    return tree.base(k) === 'xcomp' || tree.base(k) === 'ccomp' || tree.base(k) === 'advcl' ? k : null;
  }
  return null;
}
