import type { AlertStore } from '../../store/alerts-store.ts';
import { withIncidentIndex } from '../../store/open-incidents.ts';
import type { Store } from '../../store/index.ts';
import type { Alert } from '../alert.ts';
import { postAlert, type WebhookOptions } from '../deliver/webhook.ts';

// What every watch run does with the alerts it fired, `eventlens watch` and the hook after a store
// alike: store them once (an alert's id is its rule, series and window) with the sentence each report
// stands on, then POST the ones a webhook has not taken yet.

/** Stores the alerts not stored before and returns those (the new ones, to print or send). */
export async function storeAlerts(store: Pick<Store, 'url' | 'backend'>, alerts: AlertStore, fired: readonly Alert[]): Promise<Alert[]> {
  if (fired.length === 0) return [];
  return alerts.insert(await withSentences(store, fired), new Date().toISOString());
}

export interface Delivered {
  readonly delivered: readonly string[];
  /** One line per alert the webhook did not take (it is sent again by the next run). */
  readonly failed: readonly string[];
}

/** POSTs the stored alerts no webhook has taken yet (those `which` selects), oldest first. */
export async function deliverPending(alerts: AlertStore, webhook: WebhookOptions, which: (alert: Alert) => boolean = () => true): Promise<Delivered> {
  const delivered: string[] = [];
  const failed: string[] = [];
  for (const alert of (await alerts.undelivered()).filter(which)) {
    const result = await postAlert(alert, webhook);
    if (result.ok) delivered.push(alert.id);
    else failed.push(`${alert.id}: webhook ${webhook.url} failed after ${result.attempts} tries (${result.error}); the next run sends it again`);
  }
  await alerts.markDelivered(delivered, new Date().toISOString());
  return { delivered, failed };
}

// The sentence each report stands on, from the stored events: an analyst reads the evidence in the alert.
async function withSentences(store: Pick<Store, 'url' | 'backend'>, fired: readonly Alert[]): Promise<Alert[]> {
  const ids = [...new Set(fired.flatMap((a) => a.incidents.map((i) => i.id)))];
  if (ids.length === 0) return [...fired];
  const sentences = await withIncidentIndex(store, async (index) =>
    new Map((await index.reportsOfIncidents(ids)).map((r) => [r.key, r.event.evidence.sentence])));
  return fired.map((a) => ({
    ...a,
    incidents: a.incidents.map((i) => ({
      ...i,
      evidence: i.evidence.map((r) => (sentences.has(r.key) ? { ...r, sentence: sentences.get(r.key)! } : r)),
    })),
  }));
}
