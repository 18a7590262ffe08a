// Watch alerts (docs/watch.md): one migration per backend, appended to each list (SQLite v5,
// PostgreSQL v4).
//
// watch_alerts   one row per alert: its id hashes rule, group and window, so the same window is stored
//                (and sent) once; delivered_at is set once every sink took it (a failed webhook leaves it
//                null and the next run sends it again); acked_at by `eventlens watch ack ID`.

const table = (text: string, strict: string) => `
  CREATE TABLE watch_alerts (
    id           ${text} PRIMARY KEY,
    rule         ${text} NOT NULL,
    series       ${text} NOT NULL,
    window_start ${text} NOT NULL,
    window_end   ${text} NOT NULL,
    fired_on     ${text} NOT NULL,
    created_at   ${text} NOT NULL,
    delivered_at ${text},
    acked_at     ${text},
    record_json  ${text} NOT NULL
  )${strict};
  CREATE INDEX watch_alerts_series ON watch_alerts(rule, series, window_end);
  CREATE INDEX watch_alerts_created ON watch_alerts(created_at);
`;

export const SQLITE_V5_ALERTS = table('TEXT', ' STRICT');
export const POSTGRES_V4_ALERTS = table('text COLLATE "C"', '');

// Watch rules enabled on this store (SQLite v6, PostgreSQL v5): every writer — ingest, import,
// POST /articles, a queue worker — evaluates them over the incidents it stores (src/watch/hook/),
// so the rules live with the data, not with one process's flags.
//
// watch_rules    one row per enabled rule (its id unique across files): the validated rule as JSON,
//                the file it came from, and the webhook its alerts are POSTed to (null: stored only).

const rulesTable = (text: string, strict: string) => `
  CREATE TABLE watch_rules (
    id          ${text} PRIMARY KEY,
    rule_json   ${text} NOT NULL,
    rules_file  ${text} NOT NULL,
    webhook     ${text},
    enabled_at  ${text} NOT NULL
  )${strict};
`;

export const SQLITE_V6_RULES = rulesTable('TEXT', ' STRICT');
export const POSTGRES_V5_RULES = rulesTable('text COLLATE "C"', '');
