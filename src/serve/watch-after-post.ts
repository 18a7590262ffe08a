import { linkNewEvents } from '../store/incidents-link.ts';
import type { Store } from '../store/index.ts';
import { hasEnabledRules, watchStoredIncidents } from '../watch/hook/index.ts';

// After POST /articles stores an article, when the store has watch rules enabled: its events join the
// stored incidents (as `ingest` links its own) and the rules are evaluated over those incidents, so an
// alert shows on the dashboard as the article that caused it is coded. Webhooks are sent after the
// answer. Without rules nothing is linked here: linking runs on the server's thread, and a 10 MB
// article's 90,000 events would hold it (`eventlens link-incidents` links them beside the server).

export interface AfterPost {
  /** Ids of the alerts this article made fire. */
  readonly alerts: readonly string[];
  /** What went wrong after the article was stored (it stays stored; `link-incidents` and `watch` redo it). */
  readonly warnings: readonly string[];
}

export async function linkAndWatch(store: Store, docId: string, log: (line: string) => void): Promise<AfterPost> {
  try {
    if (!await hasEnabledRules(store)) return { alerts: [], warnings: [] };
    const linked = await linkNewEvents(store, [docId]);
    const fired = await watchStoredIncidents(store, linked.incidentIds, { deliverInBackground: true, report: log });
    return { alerts: fired.alerts.map((a) => a.id), warnings: [] };
  } catch (error) {
    return { alerts: [], warnings: [`stored, but not linked into incidents or watched: ${(error as Error).message}`] };
  }
}
