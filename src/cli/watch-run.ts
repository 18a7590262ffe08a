import { appendFileSync, readFileSync } from 'node:fs';
import type { Incident } from '../incidents/index.ts';
import type { AlertStore } from '../store/alerts-store.ts';
import type { Store } from '../store/index.ts';
import { evaluateRules, lookbackDays, readRules, type Rule } from '../watch/index.ts';
import { deliverPending, storeAlerts } from '../watch/hook/index.ts';
import { UsageError, type ExitCode, type Io } from './io.ts';
import { alertLine, type WatchFormat } from './watch-output.ts';

// `eventlens watch`: evaluate the rules over the stored incidents of the last days, store the alerts
// not stored before and print them (stdout, a JSONL file), and POST every alert the webhook has not
// taken yet: a receiver that stays down gets it on the next run. Never twice: an alert's id is its rule,
// series and window, and an alert overlapping the last window of its series is not made at all.

export interface WatchOptions {
  readonly rules: readonly Rule[];
  /** Last day evaluated (default: today, UTC) and how many days up to it. */
  readonly until: string;
  readonly days: number;
  readonly format: WatchFormat;
  readonly jsonl?: string;
  readonly webhook?: { readonly url: string; readonly attempts: number; readonly backoffMs: number };
}

export function loadRules(path: string): Rule[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RulesFileError([`${path}: cannot read rules file: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
  }
  const read = readRules(text, path);
  if (!read.ok) throw new RulesFileError(read.errors);
  return [...read.rules];
}

/** A rules file that cannot be used: every problem, one line each. */
export class RulesFileError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(lines.join('\n'));
  }
}

export async function watchOnce(io: Io, store: Store, alerts: AlertStore, options: WatchOptions): Promise<ExitCode> {
  const from = addDays(options.until, -(options.days - 1));
  const incidents = await loadIncidents(alerts, options.rules, from, options.until);
  const fired = evaluateRules(incidents, options.rules, { from, to: options.until, lastSent: await alerts.lastWindows() });
  const added = await storeAlerts(store, alerts, fired);
  // stdout and the file get each alert once, when it is new; the webhook also gets those a down
  // receiver missed before
  for (const alert of added) {
    io.out(alertLine(alert, options.format));
    if (options.jsonl !== undefined) appendFileSync(options.jsonl, `${JSON.stringify(alert)}\n`);
  }
  if (options.webhook === undefined) {
    await alerts.markDelivered(added.map((a) => a.id), new Date().toISOString());
    return 0;
  }
  const { delivered, failed } = await deliverPending(alerts, options.webhook);
  for (const line of failed) io.err(line);
  return failed.length > 0 && delivered.length === 0 ? 1 : 0;
}

/** `watch --backtest`: every alert the rules give over the period, day by day; nothing stored or sent. */
export async function backtest(io: Io, alerts: AlertStore, rules: readonly Rule[], since: string, until: string, format: WatchFormat): Promise<ExitCode> {
  if (since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  const fired = evaluateRules(await loadIncidents(alerts, rules, since, until), rules, { from: since, to: until });
  for (const alert of fired) io.out(alertLine(alert, format));
  if (format === 'text') io.err(`${fired.length} alert${fired.length === 1 ? '' : 's'} from ${since} to ${until}`);
  return 0;
}

async function loadIncidents(alerts: AlertStore, rules: readonly Rule[], from: string, to: string): Promise<Incident[]> {
  const back = lookbackDays(rules);
  return alerts.incidents(back === null ? null : addDays(from, -back), to);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
