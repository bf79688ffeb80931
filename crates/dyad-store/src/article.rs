//! Stored articles: a document's record as coded, with the de-duplicated
//! event each of its events belongs to and every source it was read from.

use crate::{Store, StoreError};
use dyad_model::Record;
use rusqlite::OptionalExtension;

/// One stored document, as [`Store::article`] returns it.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredArticle {
    /// The record exactly as `dyad extract` printed it (text, actors, events, quotes).
    pub record: Record,
    /// The cluster ([`EventCluster::id`](crate::EventCluster::id)) of each of
    /// the record's events, by index; `None` where an event has none.
    pub clusters: Vec<Option<String>>,
    /// Every place the text was read from, by source, then URL.
    pub sources: Vec<DocumentSource>,
}

/// One source of a document (a file, a feed) and the URL it gave, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSource {
    pub source: String,
    pub url: Option<String>,
}

impl Store {
    /// The document with this id (the first stored, if ids repeat), or `None`.
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// assert!(store.article("no-such-doc").unwrap().is_none());
    /// ```
    pub fn article(&self, doc_id: &str) -> Result<Option<StoredArticle>, StoreError> {
        let row: Option<(i64, String)> = self
            .conn
            .prepare_cached(
                "SELECT d.doc_key, b.record FROM documents d JOIN document_bodies b ON b.doc_key = d.doc_key
                 WHERE d.doc_id = ?1 ORDER BY d.doc_key LIMIT 1",
            )?
            .query_row([doc_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        let Some((key, json)) = row else {
            return Ok(None);
        };
        let record: Record = serde_json::from_str(&json)?;
        let mut clusters = vec![None; record.events.len()];
        let mut stmt = self
            .conn
            .prepare_cached("SELECT idx, cluster_id FROM event_mentions WHERE doc_key = ?1")?;
        for row in stmt.query_map([key], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, Option<String>>(1)?)))? {
            let (idx, cluster) = row?;
            if let Some(slot) = usize::try_from(idx).ok().and_then(|i| clusters.get_mut(i)) {
                *slot = cluster;
            }
        }
        let mut stmt = self
            .conn
            .prepare_cached("SELECT source, url FROM document_sources WHERE doc_key = ?1 ORDER BY source, url")?;
        let sources = stmt
            .query_map([key], |r| {
                let url: String = r.get(1)?;
                Ok(DocumentSource {
                    source: r.get(0)?,
                    // Stored as '' when there is none (it is part of the key).
                    url: (!url.is_empty()).then_some(url),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(StoredArticle {
            record,
            clusters,
            sources,
        }))
    }
}
