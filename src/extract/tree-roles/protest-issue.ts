import type { ActorPhrase } from '../../resolve/types.ts';
import type { Candidate } from '../candidate.ts';
import type { SentenceContext } from '../context.ts';
import type { TreeView } from './tree-view.ts';

/** In a PROTEST's `rules`: a target read only in the site where the protesters gathered was dropped. */
export const GATHERING_SITE_RULE = 'roles:protest-site-no-target';
/** In a PROTEST's `rules`: a target read only as the owner of the issue protested over was dropped. */
export const ISSUE_OWNER_RULE = 'roles:protest-issue-owner-no-target';

// where a crowd stands: "outside parliament", "near the embassy", "in front of the court" (not "at": it aims as often,
// "threw stones at police", and a camp "at Columbia University" may be the protest's only party)
const SITE_MARKERS = new Set(['outside', 'outside of', 'near', 'in', 'inside', 'before', 'opposite', 'around', 'beside', 'in front of']);
// what a protest is over: "against the pension reform", "in protest at the trade deal", "over the budget cuts"
const ISSUE_MARKERS = new Set(['against', 'at', 'over', 'about']);
// the words of a name that qualify the noun they hang on: "the government's reform", "the EU trade deal", "U.S. embassy"
const QUALIFIER = /^(nmod:poss|nmod:desc|compound|amod|flat)/;

/**
 * "Hundreds rallied outside the education ministry", "gathered outside the court building", "marched against the
 * government's pension reform", "blocked roads in protest at the EU trade deal": the building a crowd gathers at is
 * where the protest is, and the side that owns what it is against (its reform, deal, victory) is no party it is
 * directed at; the hand-coded sets leave such a protest's target empty (67 of 78 protests). A party it is against
 * by name stays ("rallied against President Ruto", "chanted slogans against Turkey").
 */
export function withoutSiteOrIssueOwner(ctx: SentenceContext, tree: TreeView, c: Candidate): Candidate {
  if (c.targets.length === 0 || c.info.type !== 'PROTEST') return c;
  const reason = (p: ActorPhrase): string | null => {
    const head = headOf(ctx, tree, p);
    if (head === null) return null;
    let node = head;
    while (QUALIFIER.test(tree.label(node)) && tree.has(tree.head(node))) node = tree.head(node);
    // ("in front of the palace": the site is the "of" noun of "front")
    const front = tree.marker(node) === 'of' && tree.tokens[tree.head(node)]?.lower === 'front';
    const marker = front ? 'in front of' : tree.marker(node) ?? '';
    const aimed = marker === 'at' && c.trigger.tokens.some((k) => tree.head(k) === node && tree.base(k) === 'case');
    if (aimed) return null; // ("threw fireworks at police lines": what the pattern aims at is no site nor issue)
    if (SITE_MARKERS.has(marker)) return GATHERING_SITE_RULE;
    // (the issue itself is no party: "against the government's security forces" names one; nor is a site, a camp "at
    // Columbia University", data/lexicon/site-nouns.tsv)
    if (node !== head && ISSUE_MARKERS.has(marker) && !ctx.phraseAt.get(node)?.code && !ctx.kb.lexicon.siteNouns.has(tree.tokens[node].lemma)) return ISSUE_OWNER_RULE;
    return null;
  };
  const reasons = c.targets.map(reason);
  if (reasons.some((r) => r === null)) return c;
  return { ...c, targets: [], rules: [...c.rules, ...new Set(reasons as string[])] };
}

/** The tree node heading a phrase: its token whose head lies outside it. */
function headOf(ctx: SentenceContext, tree: TreeView, p: ActorPhrase): number | null {
  const t = ctx.doc.tokens;
  const inside: number[] = [];
  for (let k = ctx.sentence.tokenStart; k < ctx.sentence.tokenEnd; k++) if (t[k].start >= p.start && t[k].end <= p.end && tree.has(k)) inside.push(k);
  return inside.find((k) => !inside.includes(tree.head(k))) ?? null;
}
