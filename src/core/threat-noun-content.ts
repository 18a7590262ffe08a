import type { Candidate } from '../extract/candidate.ts';
import type { SentenceContext } from '../extract/context.ts';
import { withTreeTargets, type TreeView } from '../extract/tree-roles/index.ts';
import { threatOf } from './conditional-threat.ts';

// the clause a threat noun takes as its content: "the threat to strike Seoul" (acl), "the warning that it would strike
// Israeli cities" (acl, or acl:relcl where the parse took "that" for a relative pronoun), "the threat was that …" (ccomp)
const CONTENT = new Set(['acl', 'acl:relcl', 'ccomp']);

type Phrase = Candidate['targets'][number];
/** Whether a phrase lies inside the words the tree hangs under `node`. */
const within = (tree: TreeView, t: SentenceContext['doc']['tokens'], node: number) => {
  const [first, last] = tree.span(node);
  return (p: Phrase) => p.start >= t[first].start && p.end <= t[last - 1].end;
};

/**
 * "the warning by Hezbollah that it would strike Israeli cities", "North Korea's threat to strike Seoul": whom a threat
 * noun threatens is the target of the hostile act its content clause names, as for the verb ("warned that it would
 * strike", core/speech-acts.ts). The content act itself is the threat's content (dropped as hypothetical later).
 */
export function withThreatNounTargets(ctx: SentenceContext, candidates: readonly Candidate[], view: () => TreeView): readonly Candidate[] {
  if (!candidates.some((c) => c.info.type === 'THREATEN' && c.trigger.pattern.kind === 'noun')) return candidates;
  const tree = view();
  const t = ctx.doc.tokens;
  return candidates.map((threat) => {
    if (threat.info.type !== 'THREATEN' || threat.trigger.pattern.kind !== 'noun') return threat;
    // "Hezbollah's warning that it would strike Israeli cities alarmed residents": what the window read past the noun's
    // phrase (the sentence's object) is not whom it threatens; a target inside the phrase ("threat to Israel") stands
    if (threat.targets.some(within(tree, t, threat.trigger.head))) return threat;
    const content = candidates.find((c) => c !== threat && c.info.quadClass === 4 && c.trigger.pattern.kind === 'verb'
      && threat.trigger.tokens.includes(tree.head(c.trigger.head)) && CONTENT.has(tree.label(c.trigger.head))
      && (tree.label(c.trigger.head) !== 'acl:relcl' || tree.marker(c.trigger.head) === 'that' && t[c.trigger.head - 1]?.lower !== 'that'));
    const own = (p: Phrase) => threat.actors.some((a) => a.start === p.start || a.code !== null && a.code === p.code);
    if (!content) return threat;
    const targets = contentTargets(ctx, view, content, own);
    // a bare threat noun is coded by what it threatens, as the verb is (core/speech-acts.ts): "would strike" is force
    const info = threat.info.code === '130' ? threatOf(ctx.kb, content.info.code) ?? threat.info : threat.info;
    return targets.length || threat.targets.length || info !== threat.info ? { ...threat, info, targets, rules: [...threat.rules, 'speech-act:threat-noun-content'] } : threat;
  });
}

/**
 * Whom a threatened act threatens: what it lands on by the tree, as its event would have it ("strike Israeli cities": the
 * cities' country), before the word window's reading (which may run past a clause's end into the sentence's predicate:
 * "... Israeli cities | alarmed residents", so only what lies inside the content clause counts). Not the threatener's own.
 */
export function contentTargets(ctx: SentenceContext, view: () => TreeView, content: Candidate, own: (p: Phrase) => boolean): Phrase[] {
  const bounded = { ...content, targets: content.targets.filter(within(view(), ctx.doc.tokens, content.trigger.head)) };
  const landed = withTreeTargets(ctx, view, bounded).targets.filter((p) => p.code !== null && !own(p));
  return landed.length ? landed : bounded.targets.filter((p) => !own(p));
}
