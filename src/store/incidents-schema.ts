// Incidents (docs/incidents.md): one migration per backend, appended to each list (SQLite v4,
// PostgreSQL v3). The events table is not changed: an event's incident is a row of incident_reports.
//
// incidents          one row per incident: the reconciled record (record_json) and flat columns to filter
//                    and sort on; geo_precision + centroid say whether lat/lon is the spot or a centroid.
// incident_reports   one row per linked event: its incident, its report key (doc_id#ordinal), and the
//                    blocking columns the incremental linker looks candidates up by (type, country, the
//                    span of days its date can mean; long_span: more than a month, a year-precision date).
// incident_state     one row: a counter every linking run bumps, so two linkers never overwrite each
//                    other's work (the loser sees the counter moved and links again).

const columns = (text: string, real: string, int: string, big: string) => `
  CREATE TABLE incidents (
    id             ${text} PRIMARY KEY,
    type           ${text} NOT NULL,
    cameo          ${text} NOT NULL,
    goldstein      ${real} NOT NULL,
    date_value     ${text},
    date_precision ${text},
    date_start     ${text},
    date_end       ${text},
    actor_code     ${text},
    actor_name     ${text},
    target_code    ${text},
    target_name    ${text},
    location_name  ${text},
    country        ${text},
    lat            ${real},
    lon            ${real},
    geo_precision  ${text},
    centroid       ${int} NOT NULL,
    certainty      ${text} NOT NULL,
    killed         ${int},
    injured        ${int},
    arrested       ${int},
    size           ${int},
    num_reports    ${int} NOT NULL,
    num_sources    ${int} NOT NULL,
    first_report   ${text},
    last_report    ${text},
    confidence     ${real} NOT NULL,
    record_json    ${text} NOT NULL
  )__STRICT__;
  CREATE INDEX incidents_date ON incidents(date_value);
  CREATE INDEX incidents_type_date ON incidents(type, date_value);

  CREATE TABLE incident_reports (
    event_id    ${big} PRIMARY KEY REFERENCES events(id) ON DELETE CASCADE,
    incident_id ${text} NOT NULL,
    report_key  ${text} NOT NULL UNIQUE,
    type        ${text} NOT NULL,
    country     ${text} NOT NULL,
    day_start   ${int},
    day_end     ${int},
    long_span   ${int} NOT NULL
  )__STRICT__;
  CREATE INDEX incident_reports_incident ON incident_reports(incident_id);
  CREATE INDEX incident_reports_block ON incident_reports(type, country, long_span, day_start);

  CREATE TABLE incident_state (
    id      ${int} PRIMARY KEY,
    version ${int} NOT NULL
  )__STRICT__;
  INSERT INTO incident_state (id, version) VALUES (1, 0);
`;

export const SQLITE_V4_INCIDENTS = columns('TEXT', 'REAL', 'INTEGER', 'INTEGER').replaceAll('__STRICT__', ' STRICT');

// COLLATE "C": byte order, as SQLite compares, so both backends sort and match alike.
export const POSTGRES_V3_INCIDENTS = columns('text COLLATE "C"', 'double precision', 'integer', 'bigint').replaceAll('__STRICT__', '');
