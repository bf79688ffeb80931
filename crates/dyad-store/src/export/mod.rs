//! Exports: the stored records as JSONL, one row per event mention as CSV or
//! Parquet (partitioned by date), and the actor graph as GraphML or GEXF.
//!
//! CSV and Parquet share one row shape, [`EventRow`], whose columns are listed
//! in [`COLUMNS`] and documented in `docs/store.md`; the names follow GDELT's
//! event table where a GDELT column means the same thing.

mod csv;
mod graph;
mod jsonl;
#[cfg(feature = "parquet")]
mod parquet;

pub use self::csv::write_csv_row;

use crate::{Store, StoreError};
use dyad_model::Event;
use rusqlite::Statement;
use std::path::Path;

/// The CSV / Parquet columns, in order. Stable: append, never rename or reorder.
pub const COLUMNS: &[&str] = &[
    "EventID",
    "ClusterID",
    "Day",
    "DatePrecision",
    "DateSource",
    "Actor1Code",
    "Actor1CountryCode",
    "Actor1Type1Code",
    "Actor1Name",
    "Actor2Code",
    "Actor2CountryCode",
    "Actor2Type1Code",
    "Actor2Name",
    "EventCategory",
    "EventMode",
    "EventContext",
    "QuadClass",
    "Score",
    "Modality",
    "NumMentions",
    "NumArticles",
    "NumSources",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "AttributionName",
    "AttributionCountryCode",
    "Trigger",
    "Sentence",
    "SentenceStart",
    "SentenceEnd",
    "Confidence",
    "Reason",
    "DocID",
    "DocDate",
    "DocLang",
    "DocTitle",
    "SOURCEURL",
];

/// One side of an event as exported.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SideRow {
    /// Actor codes joined with `+` (the de-duplication key of the side).
    pub code: String,
    /// Country and sector of the first actor.
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Actor texts joined with `; `.
    pub name: String,
}

/// One event mention with its cluster and document, as exported.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRow {
    pub cluster_id: Option<String>,
    pub day: Option<String>,
    pub actor1: SideRow,
    pub actor2: SideRow,
    pub num_mentions: i64,
    pub num_articles: i64,
    pub num_sources: i64,
    pub event: Event,
    pub doc_id: String,
    pub doc_date: Option<String>,
    pub doc_lang: String,
    pub doc_title: Option<String>,
    /// The document URL, else its source (file path).
    pub source_url: String,
}

/// Cell text helpers shared by the writers.
pub(crate) fn precision_str(e: &Event) -> Option<&'static str> {
    e.date_precision.map(|p| match p {
        dyad_model::DatePrecision::Day => "day",
        dyad_model::DatePrecision::Week => "week",
        dyad_model::DatePrecision::Month => "month",
        dyad_model::DatePrecision::Year => "year",
    })
}

pub(crate) fn date_source_str(e: &Event) -> Option<&'static str> {
    e.date_source.map(|s| match s {
        dyad_model::DateSource::Text => "text",
        dyad_model::DateSource::Publication => "publication",
    })
}

/// An `event_actors` row: mention, role, code, country, sector, text.
type ActorDbRow = (i64, String, String, Option<String>, Option<String>, String);
/// One participant: code, country, sector, text.
type Part = (String, Option<String>, Option<String>, String);

/// Reads the event_actors rows of one mention from a cursor ordered by mention.
struct ActorCursor<'a> {
    rows: rusqlite::Rows<'a>,
    pending: Option<ActorDbRow>,
}

impl ActorCursor<'_> {
    fn next_row(&mut self) -> rusqlite::Result<Option<ActorDbRow>> {
        if let Some(p) = self.pending.take() {
            return Ok(Some(p));
        }
        match self.rows.next()? {
            Some(r) => Ok(Some((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))),
            None => Ok(None),
        }
    }

    /// The two sides of mention `key` (cursor rows for smaller keys are skipped).
    fn sides(&mut self, key: i64) -> rusqlite::Result<(SideRow, SideRow)> {
        let mut parts: [Vec<Part>; 2] = [Vec::new(), Vec::new()];
        while let Some(row) = self.next_row()? {
            if row.0 < key {
                continue;
            }
            if row.0 > key {
                self.pending = Some(row);
                break;
            }
            let side = usize::from(row.1 != "source");
            parts[side].push((row.2, row.3, row.4, row.5));
        }
        let side = |p: &[Part]| {
            let mut codes: Vec<&str> = p.iter().map(|x| x.0.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            SideRow {
                code: codes.join("+"),
                country: p.first().and_then(|x| x.1.clone()),
                sector: p.first().and_then(|x| x.2.clone()),
                name: p.iter().map(|x| x.3.as_str()).collect::<Vec<_>>().join("; "),
            }
        };
        Ok((side(&parts[0]), side(&parts[1])))
    }
}

impl Store {
    /// Calls `f` with every event mention, in storage order.
    pub fn for_each_event_row(&self, mut f: impl FnMut(&EventRow) -> Result<(), StoreError>) -> Result<(), StoreError> {
        let mut mentions: Statement = self.conn.prepare(
            "SELECT m.mention_key, m.cluster_id, m.day, m.event, c.mentions, c.articles, c.sources,
                    d.doc_id, d.date, d.lang, d.title, COALESCE(d.url, d.source)
             FROM event_mentions m
             JOIN documents d ON d.doc_key = m.doc_key
             LEFT JOIN clusters c ON c.cluster_id = m.cluster_id
             ORDER BY m.mention_key",
        )?;
        let mut actors = self
            .conn
            .prepare("SELECT mention_key, role, code, country, sector, text FROM event_actors ORDER BY mention_key, role DESC, pos")?;
        // role DESC puts 'source' before 'recipient'; the cursor does not depend on it.
        let mut cursor = ActorCursor {
            rows: actors.query([])?,
            pending: None,
        };
        let mut rows = mentions.query([])?;
        while let Some(r) = rows.next()? {
            let key: i64 = r.get(0)?;
            let json: String = r.get(3)?;
            let (actor1, actor2) = cursor.sides(key)?;
            let row = EventRow {
                cluster_id: r.get(1)?,
                day: r.get(2)?,
                actor1,
                actor2,
                num_mentions: r.get::<_, Option<i64>>(4)?.unwrap_or(1),
                num_articles: r.get::<_, Option<i64>>(5)?.unwrap_or(1),
                num_sources: r.get::<_, Option<i64>>(6)?.unwrap_or(1),
                event: serde_json::from_str(&json)?,
                doc_id: r.get(7)?,
                doc_date: r.get(8)?,
                doc_lang: r.get(9)?,
                doc_title: r.get(10)?,
                source_url: r.get(11)?,
            };
            f(&row)?;
        }
        Ok(())
    }
}

impl Store {
    /// Writes the event rows as Parquet under `dir`, partitioned by day
    /// (Hive style: `dir/day=2024-06-20/part-0.parquet`, events without a
    /// date under `day=__HIVE_DEFAULT_PARTITION__`), zstd-compressed. Returns
    /// (rows, files). Needs the `parquet` cargo feature; without it this
    /// returns an error saying so.
    pub fn export_parquet(&self, dir: &Path) -> Result<(usize, usize), StoreError> {
        #[cfg(feature = "parquet")]
        {
            parquet::export(self, dir)
        }
        #[cfg(not(feature = "parquet"))]
        {
            let _ = dir;
            Err(StoreError::Invalid(
                "this dyad was built without Parquet support: rebuild with `cargo build --release --features parquet`"
                    .into(),
            ))
        }
    }
}
