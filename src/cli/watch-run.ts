import { appendFileSync, readFileSync } from 'node:fs';
import type { Incident } from '../incidents/index.ts';
import type { AlertStore } from '../store/alerts-store.ts';
import type { Store } from '../store/index.ts';
import { evaluateRules, lookbackDays, readRules, type Alert, type Rule } from '../watch/index.ts';
import { postAlert } from '../watch/deliver/webhook.ts';
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
  const incidents = await loadIncidents(alerts, options.rules, from);
  const fired = evaluateRules(incidents, options.rules, { from, to: options.until, lastSent: await alerts.lastWindows() });
  const added = await alerts.insert(await withSentences(store, fired), new Date().toISOString());
  // stdout and the file get each alert once, when it is new; the webhook also gets those a down
  // receiver missed before
  for (const alert of added) {
    io.out(alertLine(alert, options.format));
    if (options.jsonl !== undefined) appendFileSync(options.jsonl, `${JSON.stringify(alert)}\n`);
  }
  let failed = 0;
  const delivered: string[] = [];
  for (const alert of options.webhook === undefined ? added : await alerts.undelivered()) {
    if (options.webhook !== undefined) {
      const result = await postAlert(alert, options.webhook);
      if (!result.ok) {
        io.err(`${alert.id}: webhook ${options.webhook.url} failed after ${result.attempts} tries (${result.error}); the next run sends it again`);
        failed++;
        continue;
      }
    }
    delivered.push(alert.id);
  }
  await alerts.markDelivered(delivered, new Date().toISOString());
  return failed > 0 && delivered.length === 0 ? 1 : 0;
}

/** `watch --backtest`: every alert the rules give over the period, day by day; nothing stored or sent. */
export async function backtest(io: Io, alerts: AlertStore, rules: readonly Rule[], since: string, until: string, format: WatchFormat): Promise<ExitCode> {
  if (since > until) throw new UsageError(`--since ${since} is after --until ${until}`);
  const fired = evaluateRules(await loadIncidents(alerts, rules, since), rules, { from: since, to: until });
  for (const alert of fired) io.out(alertLine(alert, format));
  if (format === 'text') io.err(`${fired.length} alert${fired.length === 1 ? '' : 's'} from ${since} to ${until}`);
  return 0;
}

async function loadIncidents(alerts: AlertStore, rules: readonly Rule[], from: string): Promise<Incident[]> {
  const back = lookbackDays(rules);
  return alerts.incidents(back === null ? null : addDays(from, -back));
}

// The sentence each report stands on, from the stored events: an analyst reads the evidence in the alert.
async function withSentences(store: Store, fired: readonly Alert[]): Promise<Alert[]> {
  const ids = [...new Set(fired.flatMap((a) => a.incidents.map((i) => i.id)))];
  if (ids.length === 0) return [...fired];
  const { withIncidentIndex } = await import('../store/open-incidents.ts');
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

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
