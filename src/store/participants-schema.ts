// Participants (SQLite v7, PostgreSQL v6): one row per actor and per target of each event, so "Chad and
// Cameroon deployed forces" (one event, two actors) is found by a filter on either country. Position 0 is
// the primary participant, the one the events table's flat actor/target columns hold.
//
// Upgrading fills the table from record_json (`actors`/`targets` when the event has a list, else `actor`/
// `target`), adds the new names to `names`, rebuilds the `actors` view on the table (it gains `position`)
// and drops the four events indexes only the old actor/target filters used. Nothing stored is changed:
// the events rows and their record_json stay as they were. Every statement can run twice (IF NOT EXISTS,
// OR IGNORE / ON CONFLICT), and the runner applies the migration in one transaction with its version row.

const table = (text: string, int: string, big: string, suffix: string) => `
  CREATE TABLE IF NOT EXISTS participants (
    event_id    ${big} NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role        ${text} NOT NULL CHECK (role IN ('actor', 'target')),
    position    ${int} NOT NULL,
    code        ${text},
    name        ${text} NOT NULL,
    name_folded ${text} NOT NULL,
    text        ${text} NOT NULL,
    basis       ${text},
    span_start  ${int} NOT NULL,
    span_end    ${int} NOT NULL,
    PRIMARY KEY (event_id, role, position)
  )${suffix};
  -- (role, code) serves --actor/--target codes and code prefixes; (role, name_folded) name substrings
  -- after the names lookup. The primary key serves the dyad's second probe (this event's targets).
  CREATE INDEX IF NOT EXISTS participants_code ON participants(role, code);
  CREATE INDEX IF NOT EXISTS participants_name ON participants(role, name_folded);
  DROP INDEX IF EXISTS events_dyad;
  DROP INDEX IF EXISTS events_target;
  DROP INDEX IF EXISTS events_actor_name;
  DROP INDEX IF EXISTS events_target_name;
`;

export const SQLITE_V7_PARTICIPANTS = `${table('TEXT', 'INTEGER', 'INTEGER', ' STRICT, WITHOUT ROWID')}
  INSERT OR IGNORE INTO participants (event_id, role, position, code, name, name_folded, text, basis, span_start, span_end)
    SELECT e.id, r.role, CAST(j.key AS INTEGER), json_extract(j.value, '$.code'), json_extract(j.value, '$.name'),
      casefold(json_extract(j.value, '$.name')), json_extract(j.value, '$.text'), json_extract(j.value, '$.basis'),
      json_extract(j.value, '$.span[0]'), json_extract(j.value, '$.span[1]')
    FROM events e
    JOIN (SELECT 'actor' AS role, '$.actors' AS list, '$.actor' AS one UNION ALL SELECT 'target', '$.targets', '$.target') r
    JOIN json_each(CASE
      WHEN json_type(e.record_json, r.list) = 'array' THEN json_extract(e.record_json, r.list)
      WHEN json_type(e.record_json, r.one) = 'object' THEN '[' || json_extract(e.record_json, r.one) || ']'
      ELSE '[]' END) j
    ORDER BY e.id;
  INSERT OR IGNORE INTO names SELECT DISTINCT name_folded FROM participants;

  DROP VIEW IF EXISTS actors;
  -- One row per participant (every actor and target, and the source that asserts the event), with its span.
  CREATE VIEW actors AS
    SELECT p.event_id, a.doc_id, p.role, p.position, p.code, p.name, p.text, p.basis, p.span_start, p.span_end
    FROM participants p JOIN events e ON e.id = p.event_id JOIN articles a ON a.id = e.article_id
    UNION ALL
    SELECT e.id, a.doc_id, 'source', 0, e.source_code, e.source_name,
      json_extract(e.record_json, '$.provenance.source.text'), json_extract(e.record_json, '$.provenance.source.basis'),
      json_extract(e.record_json, '$.provenance.source.span[0]'), json_extract(e.record_json, '$.provenance.source.span[1]')
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE json_type(e.record_json, '$.provenance.source') = 'object';
`;

// PostgreSQL folds names in SQL with lower() here; the runner's `after` step (refoldParticipantNames)
// then refolds the non-ASCII ones in JS, where lower() and casefold() can differ ("İ"), and fills `names`.
export const POSTGRES_V6_PARTICIPANTS = `${table('text COLLATE "C"', 'integer', 'bigint', '')}
  INSERT INTO participants (event_id, role, position, code, name, name_folded, text, basis, span_start, span_end)
    SELECT e.id, r.role, (p.ord - 1)::int, p.v ->> 'code', p.v ->> 'name', lower(p.v ->> 'name'), p.v ->> 'text',
      p.v ->> 'basis', (p.v -> 'span' ->> 0)::int, (p.v -> 'span' ->> 1)::int
    FROM events e,
      LATERAL (VALUES ('actor', e.record_json::jsonb -> 'actors', e.record_json::jsonb -> 'actor'),
                      ('target', e.record_json::jsonb -> 'targets', e.record_json::jsonb -> 'target')) AS r(role, list, one),
      LATERAL jsonb_array_elements(CASE
        WHEN jsonb_typeof(r.list) = 'array' THEN r.list
        WHEN jsonb_typeof(r.one) = 'object' THEN jsonb_build_array(r.one)
        ELSE '[]'::jsonb END) WITH ORDINALITY AS p(v, ord)
    ON CONFLICT DO NOTHING;

  DROP VIEW IF EXISTS actors;
  -- One row per participant (every actor and target, and the source that asserts the event), with its span.
  CREATE VIEW actors AS
    SELECT p.event_id, a.doc_id, p.role, p.position, p.code, p.name, p.text, p.basis, p.span_start, p.span_end
    FROM participants p JOIN events e ON e.id = p.event_id JOIN articles a ON a.id = e.article_id
    UNION ALL
    SELECT e.id, a.doc_id, 'source', 0, e.source_code, e.source_name,
      e.record_json::jsonb #>> '{provenance,source,text}', e.record_json::jsonb #>> '{provenance,source,basis}',
      (e.record_json::jsonb #>> '{provenance,source,span,0}')::int, (e.record_json::jsonb #>> '{provenance,source,span,1}')::int
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE jsonb_typeof(e.record_json::jsonb #> '{provenance,source}') = 'object';
`;
