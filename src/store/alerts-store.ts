import type { Incident } from '../incidents/index.ts';
import { Rule, type Alert } from '../watch/index.ts';
import type { SeriesFilter } from '../watch/touched-series.ts';
import type { SqlValue } from './dialect.ts';
import { seriesWhere } from './series-where.ts';

// Stored watch alerts over any SQL backend (the statements are the same in SQLite and PostgreSQL;
// open-alerts.ts brings the connection). Also reads the incidents a watch run evaluates.

export interface AlertSql {
  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface StoredAlert {
  readonly alert: Alert;
  readonly created_at: string;
  readonly delivered_at: string | null;
  readonly acked_at: string | null;
}

export interface AlertStore {
  /** Stores the alerts not stored yet (by id) and returns those. */
  insert(alerts: readonly Alert[], at: string): Promise<Alert[]>;
  /** rule + "\u0000" + series → end of the latest stored alert's window (evaluate's `lastSent`). */
  lastWindows(): Promise<Map<string, string>>;
  /** Stored alerts no sink has taken yet, oldest first. */
  undelivered(): Promise<Alert[]>;
  markDelivered(ids: readonly string[], at: string): Promise<void>;
  /** 'acked', 'already' (acked before), or 'missing'. */
  ack(id: string, at: string): Promise<'acked' | 'already' | 'missing'>;
  get(id: string): Promise<StoredAlert | null>;
  /** Newest first; `unacked` leaves out the acknowledged ones. */
  list(options?: { readonly unacked?: boolean; readonly limit?: number }): Promise<StoredAlert[]>;
  /** Alerts stored at or after this ISO time, oldest first (the dashboard's live feed). */
  createdSince(at: string): Promise<StoredAlert[]>;
  /** Incidents dated on or after `since` (YYYY-MM-DD; null: all) and, given `until`, on or before it;
   *  given `only`, those in its series (what the ingest hook reads: src/watch/touched-series.ts). */
  incidents(since: string | null, until?: string, only?: SeriesFilter): Promise<Incident[]>;
  /** The rules every writer evaluates on what it stores (`eventlens watch enable`), by id. */
  enabledRules(): Promise<EnabledRule[]>;
  /** Enables these rules (replacing any enabled rule with the same id). */
  enableRules(rules: readonly Rule[], rulesFile: string, webhook: string | null, at: string): Promise<void>;
  /** Disables these rule ids; returns those that were enabled. */
  disableRules(ids: readonly string[]): Promise<string[]>;
  close(): Promise<void>;
}

export interface EnabledRule {
  readonly rule: Rule;
  readonly rules_file: string;
  readonly webhook: string | null;
  readonly enabled_at: string;
}

interface AlertRow { record_json: string; created_at: string; delivered_at: string | null; acked_at: string | null }

export function sqlAlertStore(sql: AlertSql): AlertStore {
  return {
    async insert(alerts, at) {
      const added: Alert[] = [];
      for (const a of alerts) {
        const rows = await sql.all<{ id: string }>(
          `INSERT INTO watch_alerts (id, rule, series, window_start, window_end, fired_on, created_at, record_json)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING RETURNING id`,
          [a.id, a.rule, a.group, a.window.start, a.window.end, a.fired_on, at, JSON.stringify(a)]);
        if (rows.length > 0) added.push(a);
      }
      return added;
    },
    async lastWindows() {
      const rows = await sql.all<{ rule: string; series: string; last: string }>(
        'SELECT rule, series, max(window_end) AS last FROM watch_alerts GROUP BY rule, series');
      return new Map(rows.map((r) => [`${r.rule}\u0000${r.series}`, r.last]));
    },
    async undelivered() {
      const rows = await sql.all<AlertRow>('SELECT record_json FROM watch_alerts WHERE delivered_at IS NULL ORDER BY fired_on, id');
      return rows.map((r) => JSON.parse(r.record_json) as Alert);
    },
    async markDelivered(ids, at) {
      for (const id of ids) await sql.all('UPDATE watch_alerts SET delivered_at = ? WHERE id = ? RETURNING id', [at, id]);
    },
    async ack(id, at) {
      const [row] = await sql.all<{ acked_at: string | null }>('SELECT acked_at FROM watch_alerts WHERE id = ?', [id]);
      if (row === undefined) return 'missing';
      if (row.acked_at !== null) return 'already';
      await sql.all('UPDATE watch_alerts SET acked_at = ? WHERE id = ? RETURNING id', [at, id]);
      return 'acked';
    },
    async get(id) {
      const [row] = await sql.all<AlertRow>('SELECT record_json, created_at, delivered_at, acked_at FROM watch_alerts WHERE id = ?', [id]);
      return row === undefined ? null : storedAlert(row);
    },
    async list(options = {}) {
      const where = options.unacked === true ? 'WHERE acked_at IS NULL' : '';
      const rows = await sql.all<AlertRow>(
        `SELECT record_json, created_at, delivered_at, acked_at FROM watch_alerts ${where} ORDER BY fired_on DESC, id LIMIT ?`, [options.limit ?? 100]);
      return rows.map(storedAlert);
    },
    async createdSince(at) {
      const rows = await sql.all<AlertRow>(
        'SELECT record_json, created_at, delivered_at, acked_at FROM watch_alerts WHERE created_at >= ? ORDER BY created_at, id LIMIT 500', [at]);
      return rows.map(storedAlert);
    },
    async incidents(since, until, only) {
      // month- and year-dated incidents are not counted in windows (watch/series.ts); "2020-03" < "2020-03-01".
      // A run after an ingest of old news evaluates days years back: what comes after them is not read.
      const where = [since === null ? 'date_value IS NOT NULL' : 'date_value >= ?', ...(until === undefined ? [] : ['date_value <= ?'])];
      const params: SqlValue[] = [...(since === null ? [] : [since]), ...(until === undefined ? [] : [until])];
      if (only !== undefined && !only.everything) {
        const series = seriesWhere(only);
        where.push(series.sql);
        params.push(...series.params);
      }
      const rows = await sql.all<{ record_json: string }>(`SELECT record_json FROM incidents WHERE ${where.join(' AND ')}`, params);
      return rows.map((r) => JSON.parse(r.record_json) as Incident);
    },
    async enabledRules() {
      const rows = await sql.all<{ id: string; rule_json: string; rules_file: string; webhook: string | null; enabled_at: string }>(
        'SELECT id, rule_json, rules_file, webhook, enabled_at FROM watch_rules ORDER BY id');
      return rows.map((r) => {
        // stored by a version of eventlens whose rules this one no longer reads: say which, do not guess
        const rule = Rule.safeParse(JSON.parse(r.rule_json));
        if (!rule.success) throw new Error(`enabled watch rule ${r.id} (from ${r.rules_file}) is not valid: ${rule.error.issues[0]?.message}; enable its file again`);
        return { rule: rule.data, rules_file: r.rules_file, webhook: r.webhook, enabled_at: r.enabled_at };
      });
    },
    async enableRules(rules, rulesFile, webhook, at) {
      for (const rule of rules) {
        await sql.all(
          `INSERT INTO watch_rules (id, rule_json, rules_file, webhook, enabled_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (id) DO UPDATE SET rule_json = excluded.rule_json, rules_file = excluded.rules_file,
             webhook = excluded.webhook, enabled_at = excluded.enabled_at RETURNING id`,
          [rule.id, JSON.stringify(rule), rulesFile, webhook, at]);
      }
    },
    async disableRules(ids) {
      const removed: string[] = [];
      for (const id of ids) {
        if ((await sql.all('DELETE FROM watch_rules WHERE id = ? RETURNING id', [id])).length > 0) removed.push(id);
      }
      return removed;
    },
    close: () => sql.close(),
  };
}

function storedAlert(r: AlertRow): StoredAlert {
  return { alert: JSON.parse(r.record_json) as Alert, created_at: r.created_at, delivered_at: r.delivered_at, acked_at: r.acked_at };
}
