import { resolve } from 'node:path';
import type { AlertStore } from '../store/alerts-store.ts';
import type { Rule } from '../watch/index.ts';
import type { ExitCode, Io } from './io.ts';

// `watch enable --rules FILE [--webhook URL]`: the file's rules are kept on the store, and every writer
// (ingest, import, POST /articles, a queue worker) evaluates them over what it stores. `watch disable ID`
// (or `--rules FILE`: its rules) stops that; `watch rules` lists what is enabled.

export interface EnableArgs {
  readonly rules: readonly Rule[];
  readonly rulesFile?: string;
  readonly id?: string;
  readonly webhook: string | null;
}

export async function enabledRulesAction(io: Io, alerts: AlertStore, action: 'enable' | 'disable' | 'rules', args: EnableArgs): Promise<ExitCode> {
  if (action === 'enable') {
    await alerts.enableRules(args.rules, resolve(args.rulesFile!), args.webhook, new Date().toISOString());
    io.out(`${args.rules.length} rule${args.rules.length === 1 ? '' : 's'} enabled: ${args.rules.map((r) => r.id).join(', ')}` +
      `${args.webhook === null ? '' : ` → ${args.webhook}`} (evaluated by every ingest, import and POST /articles into this store)`);
    return 0;
  }
  if (action === 'disable') {
    const ids = args.id !== undefined ? [args.id] : args.rules.map((r) => r.id);
    const removed = await alerts.disableRules(ids);
    for (const id of ids.filter((i) => !removed.includes(i))) io.err(`watch disable: rule ${id} is not enabled`);
    if (removed.length > 0) io.out(`disabled: ${removed.join(', ')}`);
    return removed.length === 0 ? 1 : 0;
  }
  for (const e of await alerts.enabledRules()) {
    io.out(`${e.rule.id}\t${e.rule.when.kind}\t${e.webhook ?? '-'}\t${e.rules_file}\t${e.enabled_at}`);
  }
  return 0;
}
