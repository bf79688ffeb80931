//! Event queries: event mentions (one per coded event in a document) and
//! event clusters (de-duplicated events), with the same filters.

use crate::dates::{parse_bound, Bound};
use crate::{Store, StoreError};
use dyad_model::{Category, Event, QuadClass};
use rusqlite::types::Value;

/// Which events to return. Every field is optional; `Default` returns all.
///
/// - `actor` / `recipient`: a country code (three upper-case letters, e.g.
///   `RUS`, or `IGO`, `UNO`, …) matches the actor code of any source /
///   recipient actor. Anything else matches an actor's linked id (`Q7747`),
///   canonical name or text, case-insensitively ("putin").
/// - `since` / `until`: inclusive, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), on the
///   event date, or the publication date when the event has none.
///
/// ```
/// let f = dyad_store::EventFilter { actor: Some("RUS".into()), limit: Some(10), ..Default::default() };
/// assert!(f.recipient.is_none());
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EventFilter {
    pub actor: Option<String>,
    pub recipient: Option<String>,
    pub event: Option<Category>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub limit: Option<usize>,
    /// Only the mentions of this cluster (by [`EventCluster::id`]).
    pub cluster: Option<String>,
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
pub(crate) fn is_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// SQL and parameters of the WHERE clause shared by both queries.
pub(crate) struct Where {
    pub sql: Vec<String>,
    pub params: Vec<Value>,
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

    pub(crate) fn build(
        filter: &EventFilter,
        key_expr: &str,
        day_expr: &str,
        cat_expr: &str,
    ) -> Result<Where, StoreError> {
        let mut w = Where {
            sql: Vec::new(),
            params: Vec::new(),
        };
        if let Some(a) = &filter.actor {
            w.actor("source", key_expr, a);
        }
        if let Some(r) = &filter.recipient {
            w.actor("recipient", key_expr, r);
        }
        if let Some(c) = filter.event {
            w.sql.push(format!("{cat_expr} = ?"));
            w.params.push(Value::Text(c.as_str().to_string()));
        }
        if let Some(s) = &filter.since {
            w.sql.push(format!("{day_expr} >= ?"));
            w.params.push(Value::Text(parse_bound(s, Bound::Start)?));
        }
        if let Some(u) = &filter.until {
            w.sql.push(format!("{day_expr} <= ?"));
            w.params.push(Value::Text(parse_bound(u, Bound::End)?));
        }
        Ok(w)
    }

    fn clause_with(&self, extra: String) -> String {
        let mut all = self.sql.clone();
        all.push(extra);
        format!("WHERE {}", all.join(" AND "))
    }
}

/// Dated rows come first, by day, then dateless ones. Two queries rather
/// than `ORDER BY day IS NULL, day`, which no index can serve: with the
/// split, `--limit` reads only the first rows of the day index.
#[derive(Clone, Copy)]
enum Phase {
    Dated,
    Dateless,
}

impl Phase {
    const BOTH: [Phase; 2] = [Phase::Dated, Phase::Dateless];

    fn condition(self, day: &str) -> String {
        match self {
            Phase::Dated => format!("{day} IS NOT NULL"),
            Phase::Dateless => format!("{day} IS NULL"),
        }
    }

    fn order(self, day: &str, key: &str) -> String {
        match self {
            Phase::Dated => format!("{day}, {key}"),
            Phase::Dateless => key.to_string(),
        }
    }

    /// The limit for this phase, or `None` when the limit is already reached.
    fn remaining(self, limit: Option<usize>, got: usize) -> Option<Option<usize>> {
        match limit {
            None => Some(None),
            Some(n) if got < n => Some(Some(n - got)),
            Some(_) => None,
        }
    }
}

fn limit_clause(limit: Option<usize>) -> String {
    match limit {
        Some(n) => format!("LIMIT {}", n.min(i64::MAX as usize)),
        None => String::new(),
    }
}

impl Store {
    /// Event mentions matching the filter, by day (dateless last), then in
    /// storage order.
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// let bad = dyad_store::EventFilter { since: Some("June".into()), ..Default::default() };
    /// assert!(store.events(&bad).is_err());
    /// assert!(store.events(&Default::default()).unwrap().is_empty());
    /// ```
    pub fn events(&self, filter: &EventFilter) -> Result<Vec<StoredEvent>, StoreError> {
        let mut w = Where::build(filter, "m.mention_key", "m.day", "m.category")?;
        if let Some(c) = &filter.cluster {
            w.sql.push("m.cluster_id = ?".into());
            w.params.push(Value::Text(c.clone()));
        }
        let mut out = Vec::new();
        for phase in Phase::BOTH {
            let Some(limit) = phase.remaining(filter.limit, out.len()) else {
                break;
            };
            let sql = format!(
                "SELECT m.event, m.cluster_id, m.day, d.doc_id, d.source, d.url, d.title, d.date
                 FROM event_mentions m JOIN documents d ON d.doc_key = m.doc_key
                 {} ORDER BY {} {}",
                w.clause_with(phase.condition("m.day")),
                phase.order("m.day", "m.mention_key"),
                limit_clause(limit)
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let mut rows = stmt.query(rusqlite::params_from_iter(w.params.iter()))?;
            while let Some(r) = rows.next()? {
                let json: String = r.get(0)?;
                out.push(StoredEvent {
                    event: serde_json::from_str(&json)?,
                    cluster_id: r.get(1)?,
                    day: r.get(2)?,
                    doc_id: r.get(3)?,
                    doc_source: r.get(4)?,
                    doc_url: r.get(5)?,
                    doc_title: r.get(6)?,
                    doc_date: r.get(7)?,
                });
            }
        }
        Ok(out)
    }

    /// De-duplicated events matching the filter, by day (dateless last), then id.
    /// Actor filters apply to the cluster's actors, which all its mentions share.
    pub fn clusters(&self, filter: &EventFilter) -> Result<Vec<EventCluster>, StoreError> {
        let mut w = Where::build(filter, "c.rep_mention_key", "c.day", "c.category")?;
        if let Some(c) = &filter.cluster {
            w.sql.push("c.cluster_id = ?".into());
            w.params.push(Value::Text(c.clone()));
        }
        let mut out = Vec::new();
        for phase in Phase::BOTH {
            let Some(limit) = phase.remaining(filter.limit, out.len()) else {
                break;
            };
            let sql = format!(
                "SELECT c.cluster_id, c.category, c.mode, c.score, c.source_key, c.recipient_key, c.negated, c.day,
                    c.first_seen, c.last_seen, c.mentions, c.articles, c.sources, c.location_country, c.trigger,
                    d.doc_id, d.title, d.source
             FROM clusters c JOIN documents d ON d.doc_key = c.rep_doc_key
             {} ORDER BY {} {}",
                w.clause_with(phase.condition("c.day")),
                phase.order("c.day", "c.cluster_id"),
                limit_clause(limit)
            );
            let mut stmt = self.conn.prepare(&sql)?;
            let rows = stmt.query_map(rusqlite::params_from_iter(w.params.iter()), |r| {
                let category: String = r.get(1)?;
                // Categories are written from the enum; an unknown one means a newer writer.
                let event = category.parse::<Category>().map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, Box::new(e))
                })?;
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
                    mentions: r.get::<_, i64>(10)?.max(0) as usize,
                    articles: r.get::<_, i64>(11)?.max(0) as usize,
                    sources: r.get::<_, i64>(12)?.max(0) as usize,
                    location_country: r.get(13)?,
                    trigger: r.get(14)?,
                    doc_id: r.get(15)?,
                    doc_title: r.get(16)?,
                    doc_source: r.get(17)?,
                })
            })?;
            for row in rows {
                out.push(row?);
            }
        }
        Ok(out)
    }
}
