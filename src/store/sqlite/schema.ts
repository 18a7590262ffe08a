// The SQLite schema, one constant per migration (see migrations.ts: never edit a released one).

export const SQLITE_V1 = `
  CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    doc_id       TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    published    TEXT,
    url          TEXT,
    source_path  TEXT,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
  ) STRICT;

  -- The flat columns exist only to filter and sort; record_json is the Event as the coder produced it.
  CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    article_id     INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    type           TEXT NOT NULL,
    cameo          TEXT NOT NULL,
    goldstein      REAL NOT NULL,
    quad_class     INTEGER NOT NULL,
    actor_code     TEXT,
    actor_name     TEXT,
    target_code    TEXT,
    target_name    TEXT,
    date_value     TEXT,
    date_precision TEXT,
    location_name  TEXT,
    country        TEXT,
    lat            REAL,
    lon            REAL,
    certainty      TEXT NOT NULL,
    source_name    TEXT,
    confidence     REAL NOT NULL,
    record_json    TEXT NOT NULL,
    UNIQUE (article_id, ordinal)
  ) STRICT;

  CREATE INDEX events_type ON events(type);
  CREATE INDEX events_actor_code ON events(actor_code);
  CREATE INDEX events_target_code ON events(target_code);
  CREATE INDEX events_date_value ON events(date_value);
  CREATE INDEX events_article_id ON events(article_id);
`;

// v2: near-duplicates, speaker codes, folded names, full-text search, indexes for the common filters,
// and views that show the parts of the event record analysts ask for as tables.
export const SQLITE_V2 = `
  ALTER TABLE articles ADD COLUMN simhash TEXT;
  ALTER TABLE articles ADD COLUMN duplicate_of TEXT;
  ALTER TABLE events ADD COLUMN actor_name_folded TEXT;
  ALTER TABLE events ADD COLUMN target_name_folded TEXT;
  ALTER TABLE events ADD COLUMN source_code TEXT;
  ALTER TABLE events ADD COLUMN source_name_folded TEXT;
  UPDATE events SET
    actor_name_folded = casefold(actor_name),
    target_name_folded = casefold(target_name),
    source_code = json_extract(record_json, '$.provenance.source.code'),
    source_name_folded = casefold(source_name);

  -- (actor, target, date) serves actor codes, dyads in either direction (two probes) and dyad × period
  -- counts; the UNIQUE (article_id, ordinal) index already serves article lookups.
  DROP INDEX events_actor_code;
  DROP INDEX events_target_code;
  DROP INDEX events_type;
  DROP INDEX events_article_id;
  CREATE INDEX events_dyad ON events(actor_code, target_code, date_value);
  CREATE INDEX events_target ON events(target_code, date_value);
  CREATE INDEX events_type_date ON events(type, date_value);
  CREATE INDEX events_country ON events(country);
  CREATE INDEX events_lat ON events(lat);

  CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content = 'articles', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
  );
  INSERT INTO articles_fts(articles_fts) VALUES ('rebuild');
  CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
  END;
  CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
  END;
  CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
  END;

  -- One row per participant (actor, target, or the source that asserts the event), with its span.
  CREATE VIEW actors AS
    SELECT e.id AS event_id, a.doc_id, r.role,
      json_extract(e.record_json, '$.' || r.path || '.code') AS code,
      json_extract(e.record_json, '$.' || r.path || '.name') AS name,
      json_extract(e.record_json, '$.' || r.path || '.text') AS text,
      json_extract(e.record_json, '$.' || r.path || '.basis') AS basis,
      json_extract(e.record_json, '$.' || r.path || '.span[0]') AS span_start,
      json_extract(e.record_json, '$.' || r.path || '.span[1]') AS span_end
    FROM events e JOIN articles a ON a.id = e.article_id
    JOIN (SELECT 'actor' AS role, 'actor' AS path UNION ALL SELECT 'target', 'target'
          UNION ALL SELECT 'source', 'provenance.source') r
    WHERE json_type(e.record_json, '$.' || r.path) = 'object';
  CREATE VIEW places AS
    SELECT e.id AS event_id, a.doc_id, e.location_name AS name, e.country, e.lat, e.lon,
      json_extract(e.record_json, '$.location.precision') AS precision,
      json_extract(e.record_json, '$.location.id') AS place_id,
      json_extract(e.record_json, '$.location.text') AS text,
      json_extract(e.record_json, '$.location.span[0]') AS span_start,
      json_extract(e.record_json, '$.location.span[1]') AS span_end
    FROM events e JOIN articles a ON a.id = e.article_id WHERE e.location_name IS NOT NULL;
  CREATE VIEW quotes AS
    SELECT e.id AS event_id, a.doc_id, e.source_code, e.source_name,
      json_extract(e.record_json, '$.provenance.quote.text') AS quote,
      json_extract(e.record_json, '$.provenance.quote.span[0]') AS span_start,
      json_extract(e.record_json, '$.provenance.quote.span[1]') AS span_end
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE json_type(e.record_json, '$.provenance.quote') = 'object';
  -- Events someone other than the outlet asserts: who, with which verb, how sure, and the evidence span.
  CREATE VIEW claims AS
    SELECT e.id AS event_id, a.doc_id, e.source_code, e.source_name,
      json_extract(e.record_json, '$.provenance.reporting_verb') AS reporting_verb, e.certainty,
      json_extract(e.record_json, '$.evidence.sentence') AS sentence,
      json_extract(e.record_json, '$.evidence.span[0]') AS span_start,
      json_extract(e.record_json, '$.evidence.span[1]') AS span_end
    FROM events e JOIN articles a ON a.id = e.article_id WHERE e.source_name IS NOT NULL;
`;

// v3: every folded actor, target and source name once, so a name substring ("iran") is a scan of a few
// thousand names and then index lookups, not a scan of every event.
export const SQLITE_V3 = `
  CREATE TABLE names (folded TEXT PRIMARY KEY) STRICT, WITHOUT ROWID;
  INSERT OR IGNORE INTO names
    SELECT actor_name_folded FROM events WHERE actor_name_folded IS NOT NULL
    UNION SELECT target_name_folded FROM events WHERE target_name_folded IS NOT NULL
    UNION SELECT source_name_folded FROM events WHERE source_name_folded IS NOT NULL;
  CREATE INDEX events_actor_name ON events(actor_name_folded);
  CREATE INDEX events_target_name ON events(target_name_folded);
  CREATE INDEX events_source_name ON events(source_name_folded);
`;
