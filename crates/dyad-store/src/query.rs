//! Event queries: event mentions (one per coded event in a document) and
//! event clusters (de-duplicated events), with the same filters.

use crate::dates::{parse_bound, Bound};
use crate::{Store, StoreError};
use dyad_model::{Category, Event, QuadClass};
use rusqlite::types::Value;
use rusqlite::OptionalExtension;
use std::collections::HashMap;

/// Which events to return, in which order, and which page of them. Every
/// field is optional; `Default` returns all, oldest first.
///
/// - `actor` / `recipient`: a country code (three upper-case letters, e.g.
///   `RUS`, or `IGO`, `UNO`, …) matches the actor code of any source /
///   recipient actor. Anything else matches an actor's linked id (`Q7747`),
///   canonical name or text, case-insensitively ("putin").
/// - `since` / `until`: inclusive, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), on the
///   event date, or the publication date when the event has none.
/// - `order`, `offset`, `limit`: the page, after filtering (see [`EventOrder`]).
///
/// ```
/// let f = dyad_store::EventFilter { actor: Some("RUS".into()), limit: Some(10), ..Default::default() };
/// assert!(f.recipient.is_none() && f.offset == 0);
/// assert_eq!(f.order, dyad_store::EventOrder::Oldest);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    pub actor: Option<String>,
    pub recipient: Option<String>,
    pub event: Option<Category>,
    pub since: Option<String>,
    pub until: Option<String>,
    /// At most this many rows (after `offset`).
    pub limit: Option<usize>,
    /// Skip this many rows of the ordered result first.
    pub offset: usize,
    pub order: EventOrder,
    /// Only the mentions of this cluster (by [`EventCluster::id`]).
    pub cluster: Option<String>,
    /// Only events mentioned in the document(s) with this id: for
    /// [`Store::events`] the mentions in it, for [`Store::clusters`] the
    /// clusters with a mention in it.
    pub doc: Option<String>,
}

/// The order of events (by their day: the event date, else the publication
/// date); ties go by id (cluster id, or storage order for mentions).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EventOrder {
    /// Oldest first, dateless events last (`dyad events`).
    #[default]
    Oldest,
    /// Newest first, dateless events last (the API's `order=desc`).
    Newest,
    /// Dateless events first, then oldest first: the day index read forwards,
    /// so a deep offset is cheap (the API's `order=asc`).
    DatelessFirst,
}

/// One stored event mention: the event as coded, and where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredEvent {
    /// The event exactly as in the document's record.
    pub event: Event,
    /// The cluster (de-duplicated event) this mention belongs to.
    pub cluster_id: Option<String>,
    /// The day used for filters: the event date, else the publication date.
    pub day: Option<String>,
    pub doc_id: String,
    pub doc_source: String,
    pub doc_url: Option<String>,
    pub doc_title: Option<String>,
    pub doc_date: Option<String>,
}

/// One de-duplicated event: every mention of one happening (see `docs/store.md`).
#[derive(Debug, Clone, PartialEq)]
pub struct EventCluster {
    pub id: String,
    pub event: Category,
    pub mode: Option<String>,
    pub quad: QuadClass,
    /// Mean PLOVER score of the mentions.
    pub score: f64,
    /// Source actor codes joined with `+` (`CHN+RUS`), empty when none.
    pub source: String,
    /// Recipient actor codes joined with `+`, empty when none.
    pub recipient: String,
    /// True when the mentions say the event did not happen.
    pub negated: bool,
    /// Day of the first mention's event (or publication) date.
    pub date: Option<String>,
    /// Earliest and latest publication date among the mentions.
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub mentions: usize,
    pub articles: usize,
    pub sources: usize,
    pub location_country: Option<String>,
    /// The first mention's trigger text, and its document.
    pub trigger: String,
    pub doc_id: String,
    pub doc_title: Option<String>,
    pub doc_source: String,
}

/// True for actor arguments that are codes (three upper-case ASCII letters).
fn is_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// The columns one event table is filtered and ordered by.
struct Table {
    /// `FROM` item with its alias.
    from: &'static str,
    /// The mention whose actors the actor filters test.
    actor_key: &'static str,
    day: &'static str,
    category: &'static str,
    cluster: &'static str,
    /// The row's id: unique, the tie-break of every order.
    id: &'static str,
    /// Condition on the document id (one `?`).
    doc: &'static str,
}

const MENTIONS: Table = Table {
    from: "event_mentions m",
    actor_key: "m.mention_key",
    day: "m.day",
    category: "m.category",
    cluster: "m.cluster_id",
    id: "m.mention_key",
    doc: "m.doc_key IN (SELECT doc_key FROM documents WHERE doc_id = ?)",
};

const CLUSTERS: Table = Table {
    from: "clusters c",
    actor_key: "c.rep_mention_key",
    day: "c.day",
    category: "c.category",
    cluster: "c.cluster_id",
    id: "c.cluster_id",
    doc: "c.cluster_id IN (SELECT dm.cluster_id FROM event_mentions dm JOIN documents dd ON dd.doc_key = dm.doc_key \
          WHERE dd.doc_id = ?)",
};

/// SQL and parameters of the WHERE clause of an event filter.
struct Where {
    sql: Vec<String>,
    params: Vec<Value>,
}

impl Where {
    fn actor(&mut self, role: &str, key_expr: &str, arg: &str) {
        let arg = arg.trim();
        if is_code(arg) {
            self.sql.push(format!(
                "{key_expr} IN (SELECT mention_key FROM event_actors WHERE role = '{role}' AND code = ?)"
            ));
            self.params.push(Value::Text(arg.to_string()));
        } else {
            // One indexed lookup per column, united: an OR over four columns would scan.
            self.sql.push(format!(
                "{key_expr} IN (SELECT mention_key FROM event_actors WHERE role = '{role}' AND code = ? \
                 UNION SELECT mention_key FROM event_actors WHERE role = '{role}' AND actor_id = ? \
                 UNION SELECT mention_key FROM event_actors WHERE role = '{role}' AND name_lc = ? \
                 UNION SELECT mention_key FROM event_actors WHERE role = '{role}' AND text_lc = ?)"
            ));
            let lc = arg.to_lowercase();
            self.params
                .extend([arg.to_string(), arg.to_string(), lc.clone(), lc].map(Value::Text));
        }
    }

    fn push(&mut self, sql: String, param: String) {
        self.sql.push(sql);
        self.params.push(Value::Text(param));
    }

    fn build(filter: &EventFilter, t: &Table) -> Result<Where, StoreError> {
        let mut w = Where {
            sql: Vec::new(),
            params: Vec::new(),
        };
        if let Some(a) = &filter.actor {
            w.actor("source", t.actor_key, a);
        }
        if let Some(r) = &filter.recipient {
            w.actor("recipient", t.actor_key, r);
        }
        if let Some(c) = filter.event {
            w.push(format!("{} = ?", t.category), c.as_str().to_string());
        }
        if let Some(s) = &filter.since {
            w.push(format!("{} >= ?", t.day), parse_bound(s, Bound::Start)?);
        }
        if let Some(u) = &filter.until {
            w.push(format!("{} <= ?", t.day), parse_bound(u, Bound::End)?);
        }
        if let Some(c) = &filter.cluster {
            w.push(format!("{} = ?", t.cluster), c.clone());
        }
        if let Some(d) = &filter.doc {
            w.push(t.doc.to_string(), d.clone());
        }
        Ok(w)
    }

    /// `WHERE …` with the filter's conditions and `extra`, or nothing.
    fn clause(&self, extra: Option<String>) -> String {
        let mut all = self.sql.clone();
        all.extend(extra);
        if all.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", all.join(" AND "))
        }
    }
}

/// One ordered query of a page: a condition on the day and an ORDER BY.
///
/// [`EventOrder::Oldest`] runs two: dated rows by day, then dateless ones,
/// rather than `ORDER BY day IS NULL, day`, which no index can serve: with
/// the split, a limit reads only the first rows of the day index. The other
/// orders are one `ORDER BY day [DESC]` (SQLite sorts NULL lowest).
fn phases(order: EventOrder, t: &Table) -> Vec<(Option<String>, String)> {
    let (day, id) = (t.day, t.id);
    match order {
        EventOrder::Oldest => vec![
            (Some(format!("{day} IS NOT NULL")), format!("{day}, {id}")),
            (Some(format!("{day} IS NULL")), id.to_string()),
        ],
        EventOrder::Newest => vec![(None, format!("{day} DESC, {id}"))],
        EventOrder::DatelessFirst => vec![(None, format!("{day}, {id}"))],
    }
}

fn limit_clause(limit: Option<usize>, offset: usize) -> String {
    let offset = offset.min(i64::MAX as usize);
    match (limit, offset) {
        (None, 0) => String::new(),
        (None, o) => format!("LIMIT -1 OFFSET {o}"),
        (Some(n), 0) => format!("LIMIT {}", n.min(i64::MAX as usize)),
        (Some(n), o) => format!("LIMIT {} OFFSET {o}", n.min(i64::MAX as usize)),
    }
}

impl Store {
    /// Rows of `t` matching the filter, in its order, the page `offset` /
    /// `limit`. `select(from, where, order)` writes the query of one phase
    /// (`from` names the table with its alias; joins follow it); `row` reads
    /// its rows.
    fn page<T>(
        &self,
        filter: &EventFilter,
        t: &Table,
        select: impl Fn(&str, &str, &str) -> String,
        row: impl Fn(&rusqlite::Row) -> Result<T, StoreError>,
    ) -> Result<Vec<T>, StoreError> {
        let w = Where::build(filter, t)?;
        let mut out = Vec::new();
        let mut offset = filter.offset;
        let phases = phases(filter.order, t);
        let last = phases.len() - 1;
        for (i, (cond, order)) in phases.into_iter().enumerate() {
            let limit = match filter.limit {
                None => None,
                Some(n) if out.len() < n => Some(n - out.len()),
                Some(_) => break,
            };
            let clause = w.clause(cond);
            let sql = if limit.is_none() && offset == 0 {
                select(t.from, &clause, &order)
            } else {
                // The page's ids are chosen on the table alone, so an offset
                // skips index entries rather than joined rows; the joins run
                // for the page only.
                let from = format!(
                    "(SELECT {id} AS id FROM {from} {clause} ORDER BY {order} {limit}) p JOIN {from} ON {id} = p.id",
                    id = t.id,
                    from = t.from,
                    limit = limit_clause(limit, offset)
                );
                select(&from, "", &order)
            };
            let mut stmt = self.conn.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(w.params.iter()))?;
            let before = out.len();
            while let Some(r) = rows.next()? {
                out.push(row(r)?);
            }
            if out.len() > before {
                offset = 0;
            } else if offset > 0 && i < last {
                // The offset reaches past this phase: skip what it holds.
                let sql = format!("SELECT COUNT(*) FROM {} {clause}", t.from);
                let n: i64 = self
                    .conn
                    .query_row(&sql, rusqlite::params_from_iter(w.params.iter()), |r| r.get(0))?;
                offset = offset.saturating_sub(n.max(0) as usize);
            }
        }
        Ok(out)
    }

    fn count(&self, filter: &EventFilter, t: &Table) -> Result<usize, StoreError> {
        let w = Where::build(filter, t)?;
        let sql = format!("SELECT COUNT(*) FROM {} {}", t.from, w.clause(None));
        let n: i64 = self
            .conn
            .query_row(&sql, rusqlite::params_from_iter(w.params.iter()), |r| r.get(0))?;
        Ok(n.max(0) as usize)
    }

    /// Event mentions matching the filter, in its order and page.
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// let bad = dyad_store::EventFilter { since: Some("June".into()), ..Default::default() };
    /// assert!(store.events(&bad).is_err());
    /// assert!(store.events(&Default::default()).unwrap().is_empty());
    /// ```
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>, StoreError> {
        Ok(self
            .mentions_with_doc_key(filter)?
            .into_iter()
            .map(|(e, _)| e)
            .collect())
    }

    /// How many event mentions match the filter (its order and page aside).
    pub fn count_events(&self, filter: &EventFilter) -> Result<usize, StoreError> {
        self.count(filter, &MENTIONS)
    }

    /// [`Store::events`], each with its document's key.
    fn mentions_with_doc_key(&self, filter: &EventFilter) -> Result<Vec<(StoredEvent, i64)>, StoreError> {
        self.page(
            filter,
            &MENTIONS,
            |from, clause, order| {
                format!(
                    "SELECT m.event, m.cluster_id, m.day, d.doc_id, d.source, d.url, d.title, d.date, m.doc_key
                     FROM {from} JOIN documents d ON d.doc_key = m.doc_key {clause} ORDER BY {order}"
                )
            },
            |r| {
                let json: String = r.get(0)?;
                let event = StoredEvent {
                    event: serde_json::from_str(&json)?,
                    cluster_id: r.get(1)?,
                    day: r.get(2)?,
                    doc_id: r.get(3)?,
                    doc_source: r.get(4)?,
                    doc_url: r.get(5)?,
                    doc_title: r.get(6)?,
                    doc_date: r.get(7)?,
                };
                Ok((event, r.get(8)?))
            },
        )
    }

    /// De-duplicated events matching the filter, in its order and page.
    /// Actor filters apply to the cluster's actors, which all its mentions share.
    pub fn clusters(&self, filter: &EventFilter) -> Result<Vec<EventCluster>, StoreError> {
        self.page(
            filter,
            &CLUSTERS,
            |from, clause, order| {
                format!(
                    "SELECT c.cluster_id, c.category, c.mode, c.score, c.source_key, c.recipient_key, c.negated, c.day,
                        c.first_seen, c.last_seen, c.mentions, c.articles, c.sources, c.location_country, c.trigger,
                        d.doc_id, d.title, d.source
                     FROM {from} JOIN documents d ON d.doc_key = c.rep_doc_key {clause} ORDER BY {order}"
                )
            },
            cluster_row,
        )
    }

    /// How many de-duplicated events match the filter (its order and page aside).
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// let f = dyad_store::EventFilter { actor: Some("RUS".into()), limit: Some(1), ..Default::default() };
    /// assert_eq!(store.count_clusters(&f).unwrap(), 0);
    /// ```
    pub fn count_clusters(&self, filter: &EventFilter) -> Result<usize, StoreError> {
        self.count(filter, &CLUSTERS)
    }

    /// One de-duplicated event and up to `mentions` of its mentions (in
    /// [`EventOrder::Oldest`] order), each with the text of its sentence;
    /// `None` for an unknown id.
    pub fn event_detail(&self, cluster_id: &str, mentions: usize) -> Result<Option<EventDetail>, StoreError> {
        let mut filter = EventFilter {
            cluster: Some(cluster_id.to_string()),
            limit: Some(1),
            ..Default::default()
        };
        let Some(cluster) = self.clusters(&filter)?.into_iter().next() else {
            return Ok(None);
        };
        filter.limit = Some(mentions);
        let mut texts: HashMap<i64, Option<String>> = HashMap::new();
        let mut stmt = self
            .conn
            .prepare_cached("SELECT text FROM document_bodies WHERE doc_key = ?1")?;
        let mut out = Vec::new();
        for (mention, doc_key) in self.mentions_with_doc_key(&filter)? {
            let text = match texts.get(&doc_key) {
                Some(t) => t,
                None => {
                    let t = stmt.query_row([doc_key], |r| r.get(0)).optional()?;
                    texts.entry(doc_key).or_insert(t)
                }
            };
            let (start, end) = (mention.event.start, mention.event.end);
            let sentence = text
                .as_deref()
                .filter(|_| start <= end)
                .and_then(|t| t.get(start..end))
                .map(str::to_string);
            out.push(MentionDetail { mention, sentence });
        }
        Ok(Some(EventDetail { cluster, mentions: out }))
    }
}

/// One de-duplicated event with its mentions, as [`Store::event_detail`] returns it.
#[derive(Debug, Clone, PartialEq)]
pub struct EventDetail {
    pub cluster: EventCluster,
    pub mentions: Vec<MentionDetail>,
}

/// One mention of an event, with the sentence it was coded from.
#[derive(Debug, Clone, PartialEq)]
pub struct MentionDetail {
    pub mention: StoredEvent,
    /// The document text between the event's `start` and `end` (byte
    /// offsets), or `None` when that is not a valid range of the text.
    pub sentence: Option<String>,
}

fn cluster_row(r: &rusqlite::Row) -> Result<EventCluster, StoreError> {
    let category: String = r.get(1)?;
    // Categories are written from the enum; an unknown one means a newer writer.
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
