import { NO_HIERARCHY, type ActorHierarchy } from './actors.ts';
import { candidatePairs } from './block.ts';
import { clusterMentions } from './cluster.ts';
import { compareMentions, type Check } from './compare.ts';
import { assignIds } from './incident-id.ts';
import { mentionsOf, type Mention } from './mention.ts';
import type { Report } from './report.ts';

// Reports → incidents: group the events of one statement into mentions, block, compare, cluster,
// name. Deterministic: the same reports give the same incidents whatever order they come in.

/** Why a report is in its incident. */
export interface ReportLink {
  /**
   * linked: the report agrees with `with` (its strongest partner in the incident) by `checks`;
   * same-mention: another event of the same sentence (`with`), which names several participants;
   * alone: nothing else tells this event.
   */
  readonly rule: 'linked' | 'same-mention' | 'alone';
  readonly with: string | null;
  readonly score: number | null;
  readonly checks: readonly Check[];
}

export interface LinkedIncident {
  readonly id: string;
  /** Sorted by key; the first is the anchor. */
  readonly reports: readonly Report[];
  /** Report key → why it is here. */
  readonly links: ReadonlyMap<string, ReportLink>;
}

export interface LinkOptions {
  readonly hierarchy?: ActorHierarchy;
  /** Report key → the incident it was in before (ids are kept; see incident-id.ts). */
  readonly previous?: ReadonlyMap<string, string>;
  /** Ids held by incidents outside this run. */
  readonly taken?: ReadonlySet<string>;
}

// Explaining a mention compares it with the others of its incident: bounded, for the rare huge one.
const MAX_PARTNERS = 300;

export function linkReports(reports: readonly Report[], options: LinkOptions = {}): LinkedIncident[] {
  const mentions = mentionsOf(reports, options.hierarchy ?? NO_HIERARCHY);
  const groups = clusterMentions(mentions, candidatePairs(mentions));
  const ids = assignIds(groups.map((g) => ({ keys: g.flatMap((i) => mentions[i].reports.map((r) => r.key)).sort() })), options.previous ?? new Map(), options.taken);
  return groups.map((group, n) => {
    const members = group.map((i) => mentions[i]);
    const links = new Map<string, ReportLink>();
    for (const m of members) {
      const link = explainMention(m, members);
      m.reports.forEach((r, k) => links.set(r.key, k === 0 ? link : { rule: 'same-mention', with: m.key, score: null, checks: [] }));
    }
    const all = members.flatMap((m) => m.reports).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return { id: ids[n], reports: all, links };
  });
}

function explainMention(m: Mention, members: readonly Mention[]): ReportLink {
  let best: { other: Mention; score: number } | null = null;
  for (const other of members.slice(0, MAX_PARTNERS)) {
    if (other === m) continue;
    const verdict = compareMentions(m, other);
    if (verdict.linked && (best === null || verdict.score > best.score)) best = { other, score: verdict.score };
  }
  if (best === null) return { rule: 'alone', with: null, score: null, checks: [] };
  const verdict = compareMentions(m, best.other, true);
  return { rule: 'linked', with: best.other.key, score: verdict.score, checks: verdict.checks };
}
