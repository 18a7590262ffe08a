import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

/**
 * "chanted opposition slogans", "staged an opposition rally", "waved Hamas flags": a name that modifies what the
 * protest carries or holds (the pattern's own word, data/lexicon/protest-emblems.tsv) says whose side the protest is
 * on, not whom it is against ("protested government cuts", "occupied government offices", "joined a march against the
 * government" keep their target).
 */
const AGAINST_BEFORE = /\bagainst\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$/i;

export function withoutBannerOwner(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.trigger.pattern.kind !== 'verb' || c.targets.length === 0) return c;
  const t = ctx.doc.tokens;
  const own = tree.childrenWith(c.trigger.head, 'obj').filter((o) => c.trigger.tokens.includes(o) && ctx.kb.lexicon.protestEmblems.has(t[o].lemma));
  const modifies = (p: ActorPhrase) => own.some((o) => {
    const [first, last] = tree.span(o);
    // ("joined a march against the government": what the march is against is its target, no banner's owner)
    return p.start >= t[first].start && p.end <= t[last - 1].end && !(t[o].start >= p.start && t[o].end <= p.end) && !AGAINST_BEFORE.test(ctx.doc.text.slice(Math.max(0, p.start - 24), p.start));
  });
  return c.targets.every(modifies) ? { ...c, targets: [], rules: [...c.rules, 'roles:tree-banner-owner-no-target'] } : c;
}
