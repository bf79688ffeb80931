//! Database access for the server: a small pool of connections, and the
//! read queries the store does not (yet) offer.
//!
//! Each pooled [`Db`] holds a [`Store`] (for every query the store has:
//! stats, dyads, timelines, actors, search, clusters, mentions, inserts) and
//! a second, **read-only** SQLite connection for the few views the store's
//! API lacks: a page of events newest first with an offset and a total, an
//! article by id with the clusters of its events, and event locations. Those
//! queries read the store's documented schema (`dyad_store::schema`); the
//! schema version is checked when the pool opens so a newer layout is
//! refused rather than misread.
//!
//! SQLite work is blocking, so it runs on tokio's blocking threads, at most
//! [`MAX_CONCURRENT`] at a time (a burst of requests queues instead of
//! opening hundreds of connections).

use crate::errors::{ApiError, ApiResult};
use dyad_model::{Category, Record};
use dyad_store::{parse_bound, Bound, EventCluster, Store, StoreError};
use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// How many database calls may run at once.
pub const MAX_CONCURRENT: usize = 8;

/// One pooled database handle.
pub struct Db {
    pub store: Store,
    /// Read-only: no request can modify the database through it.
    pub conn: Connection,
}

/// Connections to one database file, reused across requests.
pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Db>>,
    permits: Semaphore,
}

impl Pool {
    /// Opens the database (which must exist) and checks its schema version.
    pub fn open(path: &Path) -> Result<Arc<Pool>, StoreError> {
        let pool = Pool { path: path.to_path_buf(), idle: Mutex::new(Vec::new()), permits: Semaphore::new(MAX_CONCURRENT) };
        let db = pool.connect()?;
        pool.give(db);
        Ok(Arc::new(pool))
    }

    fn connect(&self) -> Result<Db, StoreError> {
        let store = Store::open_existing(&self.path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let open_err = |e| StoreError::Open { path: self.path.clone(), source: e };
        let conn = Connection::open_with_flags(&self.path, flags).map_err(open_err)?;
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(open_err)?;
        conn.execute_batch("PRAGMA cache_size = -32768; PRAGMA query_only = ON;").map_err(open_err)?;
        let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(open_err)?;
        let known = dyad_store::schema::MIGRATIONS.len() as i64;
        if version != known {
            return Err(StoreError::TooNew { path: self.path.clone(), found: version, known });
        }
        Ok(Db { store, conn })
    }

    fn take(&self) -> Result<Db, StoreError> {
        let pooled = self.idle.lock().ok().and_then(|mut v| v.pop());
        match pooled {
            Some(db) => Ok(db),
            None => self.connect(),
        }
    }

    fn give(&self, db: Db) {
        if let Ok(mut v) = self.idle.lock() {
            if v.len() < MAX_CONCURRENT {
                v.push(db);
            }
        }
    }

    /// Runs `f` with a pooled connection on a blocking thread.
    pub async fn run<T, F>(self: &Arc<Self>, f: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Db) -> ApiResult<T> + Send + 'static,
    {
        let _permit = self.permits.acquire().await.map_err(|_| ApiError::Internal("server is shutting down".into()))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut db = pool.take()?;
            let out = f(&mut db);
            pool.give(db);
            out
        })
        .await
        .map_err(|e| ApiError::Internal(format!("database task failed: {e}")))?
    }
}

/// Which page of events (clusters) to list.
#[derive(Debug, Clone, Default)]
pub struct EventPage {
    pub actor: Option<String>,
    pub recipient: Option<String>,
    pub event: Option<Category>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// Only clusters with a mention in this document.
    pub doc: Option<String>,
    /// Newest first (the default in the API) or oldest first.
    pub newest_first: bool,
    /// Also count every matching event (one more query).
    pub with_total: bool,
    pub offset: usize,
    pub limit: usize,
}

/// True for country-like actor codes (three upper-case ASCII letters), which
/// match `event_actors.code` exactly, as in the store's own filters.
fn is_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

fn actor_clause(role: &str, arg: &str, sql: &mut Vec<String>, params: &mut Vec<Value>) {
    // Same semantics as dyad_store::EventFilter: a code matches codes; any
    // other string an actor id, canonical name or text, case-insensitively.
    if is_code(arg) {
        sql.push(format!("c.rep_mention_key IN (SELECT mention_key FROM event_actors WHERE role = '{role}' AND code = ?)"));
        params.push(Value::Text(arg.to_string()));
    } else {
        // One indexed lookup per column, united: an OR over four columns would scan.
        sql.push(format!(
            "c.rep_mention_key IN (SELECT mention_key FROM event_actors WHERE role = '{role}' AND code = ? \
             UNION SELECT mention_key FROM event_actors WHERE role = '{role}' AND actor_id = ? \
             UNION SELECT mention_key FROM event_actors WHERE role = '{role}' AND name_lc = ? \
             UNION SELECT mention_key FROM event_actors WHERE role = '{role}' AND text_lc = ?)"
        ));
        let lc = arg.to_lowercase();
        params.extend([arg.to_string(), arg.to_string(), lc.clone(), lc].map(Value::Text));
    }
}

const CLUSTER_COLUMNS: &str = "c.cluster_id, c.category, c.mode, c.score, c.source_key, c.recipient_key, c.negated, c.day,
    c.first_seen, c.last_seen, c.mentions, c.articles, c.sources, c.location_country, c.trigger,
    d.doc_id, d.title, d.source";

fn cluster_row(r: &rusqlite::Row) -> rusqlite::Result<EventCluster> {
    let category: String = r.get(1)?;
    let event = category
        .parse::<Category>()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e)))?;
    let n = |i: usize| -> rusqlite::Result<usize> { Ok(r.get::<_, i64>(i)?.max(0) as usize) };
    Ok(EventCluster {
        id: r.get(0)?,
        event,
        mode: r.get(2)?,
        quad: event.quad(),
        score: r.get(3)?,
        source: r.get(4)?,
        recipient: r.get(5)?,
        negated: r.get(6)?,
        date: r.get(7)?,
        first_seen: r.get(8)?,
        last_seen: r.get(9)?,
        mentions: n(10)?,
        articles: n(11)?,
        sources: n(12)?,
        location_country: r.get(13)?,
        trigger: r.get(14)?,
        doc_id: r.get(15)?,
        doc_title: r.get(16)?,
        doc_source: r.get(17)?,
    })
}

/// A page of events and, when asked, the number of events matching the filters (else 0).
pub fn event_page(conn: &Connection, q: &EventPage) -> ApiResult<(Vec<EventCluster>, usize)> {
    let mut sql = Vec::new();
    let mut params = Vec::new();
    if let Some(a) = &q.actor {
        actor_clause("source", a, &mut sql, &mut params);
    }
    if let Some(r) = &q.recipient {
        actor_clause("recipient", r, &mut sql, &mut params);
    }
    if let Some(c) = q.event {
        sql.push("c.category = ?".into());
        params.push(Value::Text(c.as_str().into()));
    }
    if let Some(s) = &q.since {
        sql.push("c.day >= ?".into());
        params.push(Value::Text(parse_bound(s, Bound::Start)?));
    }
    if let Some(u) = &q.until {
        sql.push("c.day <= ?".into());
        params.push(Value::Text(parse_bound(u, Bound::End)?));
    }
    if let Some(d) = &q.doc {
        sql.push(
            "c.cluster_id IN (SELECT m.cluster_id FROM event_mentions m JOIN documents dd ON dd.doc_key = m.doc_key WHERE dd.doc_id = ?)"
                .into(),
        );
        params.push(Value::Text(d.clone()));
    }
    let clause = if sql.is_empty() { String::new() } else { format!("WHERE {}", sql.join(" AND ")) };
    let total: i64 = if q.with_total {
        conn.query_row(&format!("SELECT COUNT(*) FROM clusters c {clause}"), rusqlite::params_from_iter(params.iter()), |r| r.get(0))?
    } else {
        -1
    };
    // Plain `day` order so the day index serves it (newest first puts
    // dateless events last; oldest first puts them first). The page of ids is
    // chosen on the clusters table alone, so a deep offset skips index
    // entries instead of joined rows; the joins run for the page only.
    let order = if q.newest_first { "c.day DESC, c.cluster_id" } else { "c.day, c.cluster_id" };
    let page_sql = format!(
        "SELECT {CLUSTER_COLUMNS}
         FROM (SELECT c.cluster_id AS id FROM clusters c {clause} ORDER BY {order} LIMIT {} OFFSET {}) p
         JOIN clusters c ON c.cluster_id = p.id
         JOIN event_mentions m ON m.mention_key = c.rep_mention_key
         JOIN documents d ON d.doc_key = m.doc_key
         ORDER BY {order}",
        q.limit.min(i64::MAX as usize),
        q.offset.min(i64::MAX as usize)
    );
    let mut stmt = conn.prepare(&page_sql)?;
    let rows = stmt.query_map(rusqlite::params_from_iter(params.iter()), cluster_row)?;
    Ok((rows.collect::<rusqlite::Result<_>>()?, total.max(0) as usize))
}

/// A stored article: its record, the cluster of each event (by index), and
/// every source it was read from.
pub struct StoredArticle {
    pub record: Record,
    pub clusters: Vec<Option<String>>,
    pub sources: Vec<(String, Option<String>)>,
}

/// The article with this document id (the first stored, if ids repeat).
pub fn article(conn: &Connection, doc_id: &str) -> ApiResult<Option<StoredArticle>> {
    let row: Option<(i64, String)> = conn
        .query_row(
            "SELECT d.doc_key, b.record FROM documents d JOIN document_bodies b ON b.doc_key = d.doc_key
             WHERE d.doc_id = ?1 ORDER BY d.doc_key LIMIT 1",
            [doc_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    let Some((key, json)) = row else { return Ok(None) };
    let record: Record = serde_json::from_str(&json)?;
    let mut clusters = vec![None; record.events.len()];
    let mut stmt = conn.prepare_cached("SELECT idx, cluster_id FROM event_mentions WHERE doc_key = ?1")?;
    for row in stmt.query_map([key], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?)))? {
        let (idx, cluster) = row?;
        if let Some(slot) = usize::try_from(idx).ok().and_then(|i| clusters.get_mut(i)) {
            *slot = cluster;
        }
    }
    let mut stmt = conn.prepare_cached("SELECT source, url FROM document_sources WHERE doc_key = ?1 ORDER BY source, url")?;
    let sources = stmt
        .query_map([key], |r| {
            let url: String = r.get(1)?;
            Ok((r.get::<_, String>(0)?, (!url.is_empty()).then_some(url)))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Some(StoredArticle { record, clusters, sources }))
}

/// The text of the document with this id (the first stored, if ids repeat).
pub fn doc_text(conn: &Connection, doc_id: &str) -> ApiResult<Option<String>> {
    let mut stmt = conn.prepare_cached(
        "SELECT b.text FROM documents d JOIN document_bodies b ON b.doc_key = d.doc_key
         WHERE d.doc_id = ?1 ORDER BY d.doc_key LIMIT 1",
    )?;
    Ok(stmt.query_row([doc_id], |r| r.get(0)).optional()?)
}

/// Event locations: one row per place with coordinates, and per country.
pub struct Locations {
    /// (place text, country, lat, lon, event mentions), most events first.
    pub places: Vec<(String, Option<String>, f64, f64, usize)>,
    /// (country code, clusters), most first.
    pub countries: Vec<(String, usize)>,
}

/// Where events happened between `since` and `until` (inclusive bounds).
pub fn locations(conn: &Connection, since: Option<&str>, until: Option<&str>, limit: usize) -> ApiResult<Locations> {
    let lo = since.map(|s| parse_bound(s, Bound::Start)).transpose()?.unwrap_or_else(|| "0000-01-01".into());
    let hi = until.map(|s| parse_bound(s, Bound::End)).transpose()?.unwrap_or_else(|| "9999-12-31".into());
    let mut stmt = conn.prepare_cached(
        "SELECT location_country, COUNT(*) AS n FROM clusters
         WHERE location_country IS NOT NULL AND day BETWEEN ?1 AND ?2
         GROUP BY location_country ORDER BY n DESC, location_country",
    )?;
    let countries = stmt
        .query_map([&lo, &hi], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?.max(0) as usize)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut stmt = conn.prepare_cached(
        "SELECT json_extract(event, '$.location.text') AS place, location_country,
                json_extract(event, '$.location.lat') AS lat, json_extract(event, '$.location.lon') AS lon, COUNT(*) AS n
         FROM event_mentions
         WHERE location_country IS NOT NULL AND day BETWEEN ?1 AND ?2
         GROUP BY place, location_country, lat, lon
         HAVING lat IS NOT NULL AND lon IS NOT NULL
         ORDER BY n DESC, place LIMIT ?3",
    )?;
    let places = stmt
        .query_map(rusqlite::params![lo, hi, limit.min(i64::MAX as usize) as i64], |r| {
            Ok((
                r.get::<_, Option<String>>(0)?.unwrap_or_default(),
                r.get(1)?,
                r.get::<_, f64>(2)?,
                r.get::<_, f64>(3)?,
                r.get::<_, i64>(4)?.max(0) as usize,
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
        .into_iter()
        .filter(|p| p.2.is_finite() && p.3.is_finite() && p.2.abs() <= 90.0 && p.3.abs() <= 180.0)
        .collect();
    Ok(Locations { places, countries })
}

/// The first and last event day in the store.
pub fn date_range(conn: &Connection) -> ApiResult<(Option<String>, Option<String>)> {
    Ok(conn.query_row("SELECT MIN(day), MAX(day) FROM clusters WHERE day IS NOT NULL", [], |r| Ok((r.get(0)?, r.get(1)?)))?)
}
