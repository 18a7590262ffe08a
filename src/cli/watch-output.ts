import type { Alert } from '../watch/index.ts';
import type { StoredAlert } from '../store/alerts-store.ts';
import type { Io } from './io.ts';

// How alerts print: one JSON object a line (`--format jsonl`), or one readable line each.

export type WatchFormat = 'text' | 'jsonl';

export function alertLine(alert: Alert, format: WatchFormat): string {
  if (format === 'jsonl') return JSON.stringify(alert);
  const group = alert.group === '' ? '' : `  ${alert.group}`;
  const who = alert.attribution === 'asserted' ? 'all asserted by outlets'
    : alert.attribution === 'claimed' ? 'only claimed by a party' : `${alert.asserted_incidents} asserted, ${alert.claimed_incidents} only claimed`;
  const n = alert.incident_ids.length;
  return `${alert.fired_on}  ${alert.id}  ${alert.rule}${group}: ${alert.reason} (${n} incident${n === 1 ? '' : 's'}, ${who})`;
}

export function storedLine(stored: StoredAlert, format: WatchFormat): string {
  if (format === 'jsonl') return JSON.stringify(stored);
  const state = stored.acked_at !== null ? `acked ${stored.acked_at}` : stored.delivered_at !== null ? 'sent' : 'not sent yet';
  return `${alertLine(stored.alert, 'text')}  [${state}]`;
}

/** After an ingest or import: what the store's enabled rules fired on the new incidents. */
export function printFired(io: Pick<Io, 'out'>, fired: { readonly rules: number; readonly alerts: readonly Alert[] }): void {
  const n = fired.alerts.length;
  io.out(`watch: ${fired.rules} enabled rule${fired.rules === 1 ? '' : 's'}, ${n} new alert${n === 1 ? '' : 's'}`);
  for (const alert of fired.alerts) io.out(`  ${alertLine(alert, 'text')}`);
}
