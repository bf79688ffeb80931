//! Full-text search over article titles and texts (SQLite FTS5, tokenizer
//! `unicode61 remove_diacritics 2`, so "giovedi" finds "giovedì").

use crate::{Store, StoreError};

/// One matching document.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    pub doc_id: String,
    pub title: Option<String>,
    pub source: String,
    pub url: Option<String>,
    pub date: Option<String>,
    /// A passage around the matches, matches wrapped in the given markers.
    pub snippet: String,
    /// BM25 relevance (lower is better, as SQLite reports it).
    pub rank: f64,
}

/// The query as plain words: every word quoted, so FTS5 operators and
/// punctuation in user input ("Kim Jong-un", "U.S.") cannot be syntax errors.
fn as_plain_words(query: &str) -> String {
    query
        .split(|c: char| !c.is_alphanumeric())
        // Operator words left over from a query that did not parse are dropped.
        .filter(|w| !w.is_empty() && !matches!(*w, "AND" | "OR" | "NOT" | "NEAR"))
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(" ")
}

impl Store {
    /// Documents matching an FTS5 query, best first. The query may use FTS5
    /// syntax (`"visita di stato"`, `putin AND hanoi`, `sanzion*`); if it does
    /// not parse, it is retried as plain words, all required.
    ///
    /// ```
    /// # let dir = tempfile::tempdir().unwrap();
    /// # let store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    /// assert!(store.search("Kim Jong-un (", 10, ("[", "]")).unwrap().is_empty());
    /// assert!(store.search("  ", 10, ("[", "]")).is_err());
    /// ```
    pub fn search(&self, query: &str, limit: usize, markers: (&str, &str)) -> Result<Vec<SearchHit>, StoreError> {
        let plain = as_plain_words(query);
        if plain.is_empty() {
            return Err(StoreError::Search {
                query: query.to_string(),
                message: "no words to search for".into(),
            });
        }
        match self.search_raw(query, limit, markers) {
            Ok(hits) => Ok(hits),
            Err(first) => self.search_raw(&plain, limit, markers).map_err(|_| StoreError::Search {
                query: query.to_string(),
                message: first.to_string(),
            }),
        }
    }

    fn search_raw(&self, query: &str, limit: usize, (open, close): (&str, &str)) -> rusqlite::Result<Vec<SearchHit>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.doc_id, d.title, d.source, d.url, d.date,
                    snippet(documents_fts, 1, ?2, ?3, '…', 16), bm25(documents_fts) AS rank
             FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid
             WHERE documents_fts MATCH ?1
             ORDER BY rank, d.doc_key LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            rusqlite::params![query, open, close, limit.min(i64::MAX as usize) as i64],
            |r| {
                Ok(SearchHit {
                    doc_id: r.get(0)?,
                    title: r.get(1)?,
                    source: r.get(2)?,
                    url: r.get(3)?,
                    date: r.get(4)?,
                    snippet: r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                    rank: r.get(6)?,
                })
            },
        )?;
        rows.collect()
    }
}
