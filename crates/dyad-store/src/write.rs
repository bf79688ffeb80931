//! Idempotent, transactional writes.
//!
//! One [`Store::insert`] call is one SQLite transaction: the documents, their
//! actors, quotes, event mentions, and the re-clustering of every
//! de-duplication block they touch. A process killed mid-call leaves the
//! database as it was before the call (WAL rollback), so re-running the same
//! input stores exactly what a clean run stores: documents already present are
//! recognised by their content hash and skipped.

use crate::codes::{self, Participant};
use crate::{dates, dedup, Store, StoreError};
use dyad_model::{DatePrecision, DateSource, Event, Record};
use rusqlite::{params, OptionalExtension, Transaction};
use std::collections::BTreeSet;

/// What [`Store::insert`] did with one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InsertOutcome {
    /// A document not seen before, stored with this many event mentions.
    New { events: usize },
    /// The same normalized text is already stored: nothing new was stored for
    /// it except, when it came from a new source or URL, that source (which
    /// counts toward its events' source counts).
    Unchanged,
}

impl Store {
    /// Stores records in one transaction, in order. A record whose document
    /// (by the stable hash of `dyad_model::normalize_for_hash(doc.text)`) is
    /// already stored — earlier, or earlier in the same batch — is
    /// [`InsertOutcome::Unchanged`].
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let mut store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// let record: dyad_model::Record = serde_json::from_str(r#"{"doc":{"id":"a","source":"a.txt",
    ///   "url":null,"title":null,"lang":"it","date":"2024-06-20","text":"Putin  visita Hanoi."},
    ///   "actors":[],"events":[],"quotes":[]}"#).unwrap();
    /// let mut respaced = record.clone();
    /// respaced.doc.text = "Putin visita\nHanoi.".into();
    /// let out = store.insert(&[record, respaced]).unwrap();
    /// assert_eq!(out, [dyad_store::InsertOutcome::New { events: 0 }, dyad_store::InsertOutcome::Unchanged]);
    /// ```
    pub fn insert(&mut self, records: &[Record]) -> Result<Vec<InsertOutcome>, StoreError> {
        let tx = self.conn.transaction()?;
        let mut outcomes = Vec::with_capacity(records.len());
        let mut blocks = BTreeSet::new();
        for record in records {
            outcomes.push(insert_one(&tx, record, &mut blocks)?);
        }
        for block in &blocks {
            dedup::rebuild_block(&tx, block)?;
        }
        tx.commit()?;
        Ok(outcomes)
    }
}

fn insert_one(tx: &Transaction, record: &Record, blocks: &mut BTreeSet<String>) -> Result<InsertOutcome, StoreError> {
    let doc = &record.doc;
    let hash = codes::content_hash(record);
    let url = doc.url.as_deref().map(str::trim).filter(|u| !u.is_empty());
    let outlet = codes::outlet(url, &doc.source);

    let existing: Option<i64> = tx
        .query_row("SELECT doc_key FROM documents WHERE content_hash = ?1", [&hash], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(doc_key) = existing {
        let added = tx.execute(
            "INSERT OR IGNORE INTO document_sources (doc_key, source, url, outlet) VALUES (?1, ?2, ?3, ?4)",
            params![doc_key, doc.source, url.unwrap_or(""), outlet],
        )?;
        if added > 0 {
            // A new outlet may change the source counts of this document's clusters.
            let mut stmt = tx.prepare_cached("SELECT DISTINCT block_key FROM event_mentions WHERE doc_key = ?1")?;
            let rows = stmt.query_map([doc_key], |r| r.get::<_, String>(0))?;
            for b in rows {
                blocks.insert(b?);
            }
        }
        return Ok(InsertOutcome::Unchanged);
    }

    let json = serde_json::to_string(record)?;
    tx.execute(
        "INSERT INTO documents (content_hash, doc_id, source, url, title, lang, date, outlet)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![hash, doc.id, doc.source, url, doc.title, doc.lang, doc.date, outlet],
    )?;
    let doc_key = tx.last_insert_rowid();
    tx.execute(
        "INSERT INTO document_bodies (doc_key, title, text, record) VALUES (?1, ?2, ?3, ?4)",
        params![doc_key, doc.title.as_deref().unwrap_or(""), doc.text, json],
    )?;
    tx.execute(
        "INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)",
        params![doc_key, doc.title.as_deref().unwrap_or(""), doc.text],
    )?;
    tx.execute(
        "INSERT INTO document_sources (doc_key, source, url, outlet) VALUES (?1, ?2, ?3, ?4)",
        params![doc_key, doc.source, url.unwrap_or(""), outlet],
    )?;

    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO actor_mentions (doc_key, idx, text, start, end, kind, country, sector, actor_id, name)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        )?;
        for (i, a) in record.actors.iter().enumerate() {
            stmt.execute(params![
                doc_key,
                i as i64,
                a.text,
                a.start as i64,
                a.end as i64,
                a.kind.as_str(),
                a.country,
                a.sector,
                a.id,
                a.name
            ])?;
        }
    }
    {
        let mut stmt = tx.prepare_cached(
            "INSERT INTO quotes (doc_key, idx, speaker, speaker_start, speaker_end, text, start, end)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        )?;
        for (i, q) in record.quotes.iter().enumerate() {
            let sp = q.speaker.as_ref();
            stmt.execute(params![
                doc_key,
                i as i64,
                sp.map(|s| s.text.as_str()),
                sp.map(|s| s.start as i64),
                sp.map(|s| s.end as i64),
                q.text,
                q.start as i64,
                q.end as i64
            ])?;
        }
    }
    for (i, event) in record.events.iter().enumerate() {
        let block = insert_event(tx, doc_key, i, event, record)?;
        blocks.insert(block);
    }
    Ok(InsertOutcome::New {
        events: record.events.len(),
    })
}

/// The de-duplication date tolerance of a mention, in days: how far apart two
/// mentions' dates may be and still describe one happening.
pub(crate) fn tolerance(event: &Event, has_event_date: bool) -> i64 {
    if !has_event_date || event.date_source == Some(DateSource::Publication) {
        // The publication date stands in: reports lag the event by a day or two.
        return 2;
    }
    match event.date_precision {
        None | Some(DatePrecision::Day) => 1,
        Some(DatePrecision::Week) => 7,
        Some(DatePrecision::Month) => 31,
        Some(DatePrecision::Year) => 366,
    }
}

fn insert_event(
    tx: &Transaction,
    doc_key: i64,
    idx: usize,
    event: &Event,
    record: &Record,
) -> Result<String, StoreError> {
    let sources: Vec<Participant> = event
        .actor
        .iter()
        .map(|a| codes::participant(a, &record.actors))
        .collect();
    let recipients: Vec<Participant> = event
        .recipient
        .iter()
        .map(|a| codes::participant(a, &record.actors))
        .collect();
    let source_key = codes::side_key(&sources);
    let recipient_key = codes::side_key(&recipients);
    let block = codes::block_key(event, &source_key, &recipient_key);
    let event_day = event.date.as_deref().and_then(dates::day_number);
    let day_num = event_day.or_else(|| record.doc.date.as_deref().and_then(dates::day_number));
    let day = day_num.map(dates::format_day);
    let tolerance = tolerance(event, event_day.is_some());
    let location_country = event
        .location
        .as_ref()
        .and_then(|l| l.country.clone())
        .filter(|c| !c.trim().is_empty());
    let json = serde_json::to_string(event)?;
    tx.prepare_cached(
        "INSERT INTO event_mentions (doc_key, idx, event_id, category, mode, quad, score, modality, day, day_num,
             tolerance, location_country, trigger, source_key, recipient_key, block_key, event)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?
    .execute(params![
        doc_key,
        idx as i64,
        event.id,
        event.event.as_str(),
        event.mode,
        event.quad.number(),
        if event.score.is_finite() { event.score } else { 0.0 },
        event.modality.as_str(),
        day,
        day_num,
        tolerance,
        location_country,
        event.trigger.text,
        source_key,
        recipient_key,
        block,
        json
    ])?;
    let mention_key = tx.last_insert_rowid();
    if let Some(loc) = &event.location {
        // As the event JSON holds it: a coordinate that is not finite is
        // written as null there, so it is NULL here.
        let finite = |v: Option<f64>| v.filter(|x| x.is_finite());
        tx.prepare_cached(
            "INSERT INTO mention_locations (mention_key, day, place, country, lat, lon) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![mention_key, day, loc.text, location_country, finite(loc.lat), finite(loc.lon)])?;
    }
    let mut stmt = tx.prepare_cached(
        "INSERT INTO event_actors (mention_key, role, pos, code, country, sector, actor_id, name, text, name_lc, text_lc)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
    )?;
    for (role, parts) in [("source", &sources), ("recipient", &recipients)] {
        for (pos, p) in parts.iter().enumerate() {
            stmt.execute(params![
                mention_key,
                role,
                pos as i64,
                p.code,
                p.country,
                p.sector,
                p.actor_id,
                p.name,
                p.text,
                p.name.as_deref().map(str::to_lowercase),
                p.text.to_lowercase()
            ])?;
        }
    }
    Ok(block)
}
