import { DEFAULT_DB, UsageError, type ExitCode, type Io, type RegisterCommands } from './io.ts';
import type { Rule } from '../watch/index.ts';
import type { WatchFormat } from './watch-output.ts';

// `watch --rules FILE` (evaluate, store, send; `--follow` keeps doing it), `watch --backtest`,
// `watch list` and `watch ack ID`; `watch enable --rules FILE [--webhook URL]`, `watch disable ID|--rules
// FILE` and `watch rules` keep rules on the store, which every writer then evaluates (src/watch/hook/). Exit codes: 0 done; 1 a rules file that cannot be used, a missing
// database, or a webhook that took none of the new alerts; 2 a usage error.

const ACTIONS = ['list', 'ack', 'enable', 'disable', 'rules'];

interface WatchFlags {
  db: string; rules?: string; backtest?: boolean; since?: string; until?: string; days: string; format: string;
  jsonl?: string; webhook?: string; webhookTries: string; webhookBackoff: string; follow?: boolean; interval: string; unacked?: boolean;
}

export const registerWatchCommands: RegisterCommands = (program, io, done) => {
  program.command('watch').description('early warning: evaluate watch rules over the stored incidents and send the alerts (docs/watch.md)')
    .argument('[action]', 'list: stored alerts; ack: acknowledge the alert ID; enable: keep --rules on the store, evaluated by every ingest; disable: the rule ID (or --rules FILE); rules: the enabled rules')
    .argument('[id]', 'the alert id for ack (alr-…), the rule id for disable')
    .option('--rules <file>', 'rules file, YAML or JSON (presets in data/rules/)')
    .option('--db <path|url>', 'SQLite file or postgres:// URL', DEFAULT_DB)
    .option('--until <day>', 'last day evaluated, YYYY-MM-DD (default: today, UTC)')
    .option('--days <n>', 'days evaluated, up to --until', '7')
    .option('--backtest', 'replay the stored incidents day by day from --since to --until and list the alerts that would have fired (nothing stored or sent)')
    .option('--since <day>', 'first day of a backtest, YYYY-MM-DD')
    .option('--format <f>', 'text or jsonl (one alert a line)', 'text')
    .option('--jsonl <file>', 'also append each new alert to this file, one JSON object a line')
    .option('--webhook <url>', 'POST each alert as JSON to this URL (retried with backoff)')
    .option('--webhook-tries <n>', 'tries per alert', '5')
    .option('--webhook-backoff <ms>', 'wait before the first retry, doubled each time', '500')
    .option('--follow', 'keep watching: evaluate again every --interval seconds until interrupted')
    .option('--interval <s>', 'seconds between evaluations with --follow', '60')
    .option('--unacked', 'list: only alerts not acknowledged')
    .action(async (action: string | undefined, id: string | undefined, o: WatchFlags) => done(await watchCommand(io, action, id, o)));
};

async function watchCommand(io: Io, action: string | undefined, id: string | undefined, o: WatchFlags): Promise<ExitCode> {
  const format = parseFormat(o.format);
  if (action !== undefined && !ACTIONS.includes(action)) throw new UsageError(`watch: unknown action '${action}' (${ACTIONS.join(', ')})`);
  if (action === 'ack' && id === undefined) throw new UsageError('watch ack: give the alert id (alr-…)');
  if ((action === undefined || action === 'enable') && o.rules === undefined) throw new UsageError(`watch${action === undefined ? '' : ` ${action}`}: --rules FILE is required (presets in data/rules/)`);
  if (action === 'disable' && id === undefined && o.rules === undefined) throw new UsageError('watch disable: give a rule id or --rules FILE');
  const until = o.until === undefined ? new Date().toISOString().slice(0, 10) : day(o.until, '--until');
  const { loadRules, RulesFileError, watchOnce, backtest } = await import('./watch-run.ts');
  let rules: Rule[];
  try {
    rules = o.rules === undefined ? [] : loadRules(o.rules);
  } catch (error) {
    if (!(error instanceof RulesFileError)) throw error;
    for (const line of error.lines) io.err(line);
    return 1;
  }
  const { openStore } = await import('../store/index.ts');
  const { withAlertStore } = await import('../store/open-alerts.ts');
  const store = await openStore(o.db, { mustExist: true });
  try {
    return await withAlertStore(store, async (alerts) => {
      if (action === 'ack') return ack(io, await alerts.ack(id!, new Date().toISOString()), id!);
      if (action === 'enable' || action === 'disable' || action === 'rules') {
        const { enabledRulesAction } = await import('./watch-enable.ts');
        return enabledRulesAction(io, alerts, action, { rules, rulesFile: o.rules, id, webhook: o.webhook === undefined ? null : webhookUrl(o.webhook) });
      }
      if (action === 'list') {
        const { storedLine } = await import('./watch-output.ts');
        for (const stored of await alerts.list({ unacked: o.unacked })) io.out(storedLine(stored, format));
        return 0;
      }
      if (o.backtest) {
        if (o.since === undefined) throw new UsageError('watch --backtest: --since DAY is required');
        return backtest(io, alerts, rules, day(o.since, '--since'), until, format);
      }
      const options = {
        rules, until, format, days: count(o.days, '--days'), jsonl: o.jsonl,
        webhook: o.webhook === undefined ? undefined : { url: webhookUrl(o.webhook), attempts: count(o.webhookTries, '--webhook-tries'), backoffMs: count(o.webhookBackoff, '--webhook-backoff') },
      };
      if (!o.follow) return watchOnce(io, store, alerts, options);
      const { follow } = await import('./watch-follow.ts');
      return follow(io, () => watchOnce(io, store, alerts, { ...options, until: o.until ?? new Date().toISOString().slice(0, 10) }), count(o.interval, '--interval') * 1000);
    });
  } finally {
    await store.close();
  }
}

function ack(io: Io, result: 'acked' | 'already' | 'missing', id: string): ExitCode {
  if (result === 'missing') {
    io.err(`watch ack: no alert ${id}`);
    return 1;
  }
  io.out(result === 'acked' ? `${id} acknowledged` : `${id} was already acknowledged`);
  return 0;
}

function parseFormat(value: string): WatchFormat {
  if (value !== 'text' && value !== 'jsonl') throw new UsageError(`--format must be text or jsonl, not '${value}'`);
  return value;
}

function day(value: string, flag: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} must be a real day YYYY-MM-DD, not '${value}'`);
  }
  return value;
}

function count(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number ≥ 1, not '${value}'`);
  return n;
}

function webhookUrl(value: string): string {
  const ok = URL.canParse(value) && /^https?:$/.test(new URL(value).protocol);
  if (!ok) throw new UsageError(`--webhook must be an http(s) URL, not '${value}'`);
  return value;
}
