//! The database schema and its migrations.
//!
//! Each migration is one SQL script, applied in its own transaction; the
//! number of applied scripts is kept in SQLite's `user_version`. A database
//! from a newer dyad (a higher version than [`MIGRATIONS`] knows) is refused
//! rather than misread. Never edit a released script: append a new one.
//!
//! Tables (see `docs/store.md` for every column):
//! - `documents`: one row per distinct normalized text (metadata), with
//!   `document_bodies` holding its text and the record JSON exactly as `dyad
//!   extract` printed it; `documents_fts` indexes title and text.
//! - `document_sources`: every source/URL a document was read from.
//! - `actor_mentions`, `quotes`: the record's actors and quotes.
//! - `event_mentions`: one row per coded event in a document (the record's
//!   event JSON included), with `event_actors` for its participants.
//! - `clusters`: de-duplicated events (see `dedup`), and `cluster_dyads`, one
//!   row per (source, recipient) pair of a cluster, for analytics.
//! - `mention_locations` (version 2): each located event mention's place,
//!   country and coordinates in columns, for the map (`Store::locations`).

use crate::StoreError;
use rusqlite::Connection;
use std::path::Path;

/// The migration scripts, in order. `user_version` = how many are applied.
pub const MIGRATIONS: &[&str] = &[V1, V2];

const V1: &str = r#"
CREATE TABLE documents (
    doc_key      INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    doc_id       TEXT NOT NULL,
    source       TEXT NOT NULL,
    url          TEXT,
    title        TEXT,
    lang         TEXT NOT NULL,
    date         TEXT,
    outlet       TEXT NOT NULL
);
CREATE INDEX documents_doc_id ON documents(doc_id);

-- Bodies apart from metadata: queries that show a document's id or title
-- then read small rows.
CREATE TABLE document_bodies (
    doc_key INTEGER PRIMARY KEY REFERENCES documents(doc_key),
    title   TEXT,
    text    TEXT NOT NULL,
    record  TEXT NOT NULL
);

CREATE TABLE document_sources (
    doc_key INTEGER NOT NULL REFERENCES documents(doc_key),
    source  TEXT NOT NULL,
    url     TEXT NOT NULL,   -- '' when none, so the key is never NULL
    outlet  TEXT NOT NULL,
    PRIMARY KEY (doc_key, source, url)
) WITHOUT ROWID;

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'document_bodies', content_rowid = 'doc_key',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE actor_mentions (
    doc_key  INTEGER NOT NULL REFERENCES documents(doc_key),
    idx      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    kind     TEXT NOT NULL,
    country  TEXT,
    sector   TEXT,
    actor_id TEXT,
    name     TEXT,
    PRIMARY KEY (doc_key, idx)
) WITHOUT ROWID;
CREATE INDEX actor_mentions_country ON actor_mentions(country);
CREATE INDEX actor_mentions_actor_id ON actor_mentions(actor_id);

CREATE TABLE quotes (
    doc_key       INTEGER NOT NULL REFERENCES documents(doc_key),
    idx           INTEGER NOT NULL,
    speaker       TEXT,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    text          TEXT NOT NULL,
    start         INTEGER NOT NULL,
    end           INTEGER NOT NULL,
    PRIMARY KEY (doc_key, idx)
) WITHOUT ROWID;

CREATE TABLE event_mentions (
    mention_key      INTEGER PRIMARY KEY,
    doc_key          INTEGER NOT NULL REFERENCES documents(doc_key),
    idx              INTEGER NOT NULL,
    event_id         TEXT NOT NULL,
    category         TEXT NOT NULL,
    mode             TEXT,
    quad             INTEGER NOT NULL,
    score            REAL NOT NULL,
    modality         TEXT NOT NULL,
    day              TEXT,
    day_num          INTEGER,
    tolerance        INTEGER NOT NULL,
    location_country TEXT,
    trigger          TEXT NOT NULL,
    source_key       TEXT NOT NULL,
    recipient_key    TEXT NOT NULL,
    block_key        TEXT NOT NULL,
    cluster_id       TEXT,
    event            TEXT NOT NULL,
    UNIQUE (doc_key, idx)
);
CREATE INDEX event_mentions_block ON event_mentions(block_key);
CREATE INDEX event_mentions_cluster ON event_mentions(cluster_id);
CREATE INDEX event_mentions_day ON event_mentions(day);
CREATE INDEX event_mentions_category_day ON event_mentions(category, day);

CREATE TABLE event_actors (
    mention_key INTEGER NOT NULL REFERENCES event_mentions(mention_key),
    role        TEXT NOT NULL CHECK (role IN ('source', 'recipient')),
    pos         INTEGER NOT NULL,
    code        TEXT NOT NULL,
    country     TEXT,
    sector      TEXT,
    actor_id    TEXT,
    name        TEXT,
    text        TEXT NOT NULL,
    name_lc     TEXT,
    text_lc     TEXT NOT NULL,
    PRIMARY KEY (mention_key, role, pos)
) WITHOUT ROWID;
CREATE INDEX event_actors_code ON event_actors(role, code, mention_key);
CREATE INDEX event_actors_actor_id ON event_actors(actor_id);
CREATE INDEX event_actors_name ON event_actors(name_lc);
CREATE INDEX event_actors_text ON event_actors(text_lc);

CREATE TABLE clusters (
    cluster_id       TEXT PRIMARY KEY,
    block_key        TEXT NOT NULL,
    category         TEXT NOT NULL,
    mode             TEXT,
    quad             INTEGER NOT NULL,
    negated          INTEGER NOT NULL,
    source_key       TEXT NOT NULL,
    recipient_key    TEXT NOT NULL,
    day              TEXT,
    first_seen       TEXT,
    last_seen        TEXT,
    mentions         INTEGER NOT NULL,
    articles         INTEGER NOT NULL,
    sources          INTEGER NOT NULL,
    score            REAL NOT NULL,
    location_country TEXT,
    trigger          TEXT NOT NULL,
    rep_mention_key  INTEGER NOT NULL,
    rep_doc_key      INTEGER NOT NULL
);
CREATE INDEX clusters_day ON clusters(day, cluster_id);
CREATE INDEX clusters_category_day ON clusters(category, day, cluster_id);
CREATE INDEX clusters_block ON clusters(block_key);
CREATE INDEX clusters_rep ON clusters(rep_mention_key);

CREATE TABLE cluster_dyads (
    cluster_id TEXT NOT NULL,
    source     TEXT NOT NULL,
    recipient  TEXT NOT NULL,
    category   TEXT NOT NULL,
    day        TEXT,
    week       TEXT,
    month      TEXT,
    quad       INTEGER NOT NULL,
    score      REAL NOT NULL,
    mentions   INTEGER NOT NULL,
    PRIMARY KEY (cluster_id, source, recipient)
) WITHOUT ROWID;
-- Covering: dyad aggregates scan this index alone, in group order.
CREATE INDEX cluster_dyads_pair ON cluster_dyads(source, recipient, day, week, month, category, quad, score, mentions);
CREATE INDEX cluster_dyads_recipient ON cluster_dyads(recipient, day);
CREATE INDEX cluster_dyads_day ON cluster_dyads(day);
"#;

/// Version 2: the location of every event mention that has one, in real
/// columns (from V1 it was only in the event JSON), so `Store::locations`
/// counts places from an index instead of parsing every event. Existing
/// mentions are backfilled from their stored JSON, exactly as V1's query read
/// it (`json_extract`); new ones are filled on insert. Plus a covering index
/// for the events per country of located clusters.
const V2: &str = r#"
CREATE TABLE mention_locations (
    mention_key INTEGER PRIMARY KEY REFERENCES event_mentions(mention_key),
    day         TEXT,   -- event_mentions.day (event date, else publication date)
    place       TEXT,   -- location.text
    country     TEXT,   -- event_mentions.location_country (NULL when blank)
    -- Coordinates, NULL when missing or not finite. Declared without a type
    -- (no affinity) so values keep their exact float: REAL affinity stores
    -- -0.0 as the integer 0.
    lat,
    lon
);
INSERT INTO mention_locations (mention_key, day, place, country, lat, lon)
SELECT mention_key, day, json_extract(event, '$.location.text'), location_country,
       json_extract(event, '$.location.lat'), json_extract(event, '$.location.lon')
FROM event_mentions
WHERE json_type(event, '$.location') = 'object';
-- Covering, in group order: the map's place counts read this index alone.
CREATE INDEX mention_locations_place ON mention_locations(place, country, lat, lon, day);
-- Covering for the map's events per country (partial: other clusters
-- queries never see it).
CREATE INDEX clusters_location ON clusters(day, location_country) WHERE location_country IS NOT NULL;
"#;

/// Connection settings: WAL (readers never block the writer, and a killed
/// writer leaves the last committed transaction intact), NORMAL sync (safe
/// under WAL against process death), foreign keys, and a busy timeout so a
/// concurrent reader does not fail at once.
pub(crate) fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    // journal_mode returns a row; query it rather than execute.
    let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
    conn.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -32768;")?;
    Ok(())
}

/// Settings of a read-only connection: the busy timeout and cache of
/// [`configure`], and `query_only` so not even a stray statement can write.
pub(crate) fn configure_read_only(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(10))?;
    conn.execute_batch("PRAGMA cache_size = -32768; PRAGMA query_only = ON;")?;
    Ok(())
}

/// Checks that a database opened read-only has exactly the schema this
/// version knows (it cannot be migrated).
pub(crate) fn check_version(conn: &Connection, path: &Path) -> Result<(), StoreError> {
    let found: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| StoreError::open(path, e))?;
    let known = MIGRATIONS.len() as i64;
    let path = path.to_path_buf();
    match found.cmp(&known) {
        std::cmp::Ordering::Equal => Ok(()),
        std::cmp::Ordering::Greater => Err(StoreError::TooNew { path, found, known }),
        std::cmp::Ordering::Less => Err(StoreError::Outdated { path, found, known }),
    }
}

/// Applies the migrations the database lacks.
pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    let open_err = |e| StoreError::open(path, e);
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(open_err)?;
    let known = MIGRATIONS.len() as i64;
    if version > known {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known,
        });
    }
    for (i, script) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(script)?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
        tx.commit()?;
    }
    Ok(())
}
