import { isoDay } from '../../incidents/index.ts';
import type { AlertStore } from '../../store/alerts-store.ts';
import { withAlertStore } from '../../store/open-alerts.ts';
import { withIncidentIndex } from '../../store/open-incidents.ts';
import type { Store } from '../../store/index.ts';
import type { Alert } from '../alert.ts';
import { affectedDays } from '../affected-days.ts';
import { evaluateRules, parseDay } from '../evaluate.ts';
import { lookbackDays } from '../lookback.ts';
import { incidentDay } from '../series.ts';
import { inSeries, isEmptyFilter, seriesFilter, touchedSeries } from '../touched-series.ts';
import { deliverPending, storeAlerts } from './record-alerts.ts';

// The ingest hook (docs/watch.md): after a writer — `ingest`, `import`, POST /articles, a queue worker —
// has stored events and linked them into incidents, the rules enabled on the store (`eventlens watch
// enable`) are evaluated on the days and the series those incidents can change (no other series can: a
// `watch` run sees them all), and what fires is stored (the
// dashboard's alerts panel shows it live) and POSTed to the rule's webhook, if it has one. Running it
// again over the same incidents makes nothing new: alert ids are rule + series + window, and a window
// overlapping the series' last alert is the same episode.

export interface HookOptions {
  /** The last day that can be evaluated (default: today, UTC). */
  readonly today?: string;
  /** Webhook tries per alert (default 3) and the first wait (500 ms, doubled each try). */
  readonly webhookTries?: number;
  readonly webhookBackoffMs?: number;
  /** Lines about deliveries that failed (the next run sends those alerts again). */
  readonly report?: (line: string) => void;
  /** Send to webhooks after returning (the server answers a POST without waiting for a slow receiver). */
  readonly deliverInBackground?: boolean;
}

export interface HookResult {
  /** Enabled rules evaluated (0: none enabled, nothing done). */
  readonly rules: number;
  /** Alerts stored for the first time by this run. */
  readonly alerts: readonly Alert[];
}

const NOTHING: HookResult = { rules: 0, alerts: [] };

/** True when the store has watch rules enabled (then writers that do not link always should). */
export async function hasEnabledRules(store: Pick<Store, 'url' | 'backend'>): Promise<boolean> {
  if (store.url === ':memory:') return false;
  return withAlertStore(store, async (alerts) => (await alerts.enabledRules()).length > 0);
}

/** Evaluates the enabled rules for these new or changed incidents; stores and sends what fires. */
export async function watchStoredIncidents(store: Pick<Store, 'url' | 'backend'>, incidentIds: readonly string[], options: HookOptions = {}): Promise<HookResult> {
  if (incidentIds.length === 0 || store.url === ':memory:') return NOTHING;
  return withAlertStore(store, async (alerts) => {
    const enabled = await alerts.enabledRules();
    if (enabled.length === 0) return NOTHING;
    const rules = enabled.map((e) => e.rule);
    const changed = await withIncidentIndex(store, (index) => index.incidents(incidentIds));
    const days = changed.map(incidentDay).filter((d): d is number => d !== null);
    const range = affectedDays(days, rules, options.today ?? new Date().toISOString().slice(0, 10));
    const only = seriesFilter(changed, rules);
    if (range === null || isEmptyFilter(only)) return { rules: rules.length, alerts: [] };
    const back = lookbackDays(rules);
    const incidents = await alerts.incidents(back === null ? null : isoDay(parseDay(range.from) - back), range.to, only);
    const evaluated = evaluateRules(incidents, rules, { ...range, lastSent: await alerts.lastWindows() });
    const fired = inSeries(evaluated, touchedSeries(changed, rules));
    const added = await storeAlerts(store, alerts, fired);
    if (!enabled.some((e) => e.webhook !== null)) return { rules: rules.length, alerts: added };
    if (options.deliverInBackground !== true) await deliver(alerts, enabled, options);
    // on a connection of its own: this one closes when the hook returns
    else void withAlertStore(store, (own) => deliver(own, enabled, options)).catch((error: Error) => options.report?.(`watch: webhook delivery: ${error.message}`));
    return { rules: rules.length, alerts: added };
  });
}

// Each webhook gets the stored alerts of its own rules that it has not taken yet (also those a receiver
// that was down missed before).
async function deliver(alerts: AlertStore, enabled: Awaited<ReturnType<AlertStore['enabledRules']>>, options: HookOptions): Promise<void> {
  const byWebhook = new Map<string, Set<string>>();
  for (const e of enabled) if (e.webhook !== null) byWebhook.set(e.webhook, (byWebhook.get(e.webhook) ?? new Set()).add(e.rule.id));
  for (const [url, ruleIds] of byWebhook) {
    const webhook = { url, attempts: options.webhookTries ?? 3, backoffMs: options.webhookBackoffMs ?? 500 };
    const { failed } = await deliverPending(alerts, webhook, (a) => ruleIds.has(a.rule));
    for (const line of failed) options.report?.(line);
  }
}
