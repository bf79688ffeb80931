//! The embedded store of dyad: SQLite (bundled, WAL) holding documents, actor
//! mentions, event mentions, event clusters and quotes, with full-text search,
//! analytics and exports.
//!
//! `dyad-store` owns everything that happens after coding: the schema and its
//! migrations ([`schema`]), idempotent transactional writes
//! (`write`), cross-article event de-duplication (`dedup`), event queries
//! with paging and event details (`query`), stored articles (`article`), dyad
//! and actor analytics, statistics and locations (`analytics`), full-text
//! search (`search`) and the exports ([`export`]). Every read a client needs
//! is a method of [`Store`]: nothing outside this crate should query its
//! tables, whose layout may change with any migration. The rules it applies are written up
//! in `docs/store.md`.
//!
//! ```
//! # fn main() -> Result<(), dyad_store::StoreError> {
//! let dir = tempfile::tempdir().unwrap();
//! let mut store = dyad_store::Store::open(&dir.path().join("dyad.db"))?;
//! assert!(store.insert(&[])?.is_empty());
//! assert_eq!(store.stats()?.documents, 0);
//! # Ok(()) }
//! ```

mod analytics;
mod article;
mod codes;
mod dates;
mod dedup;
mod error;
pub mod export;
mod query;
pub mod schema;
mod search;
mod write;

pub use analytics::{coop_conflict_index, ActorRow, DyadQuery, DyadRow, Locations, Period, Place, Stats};
pub use article::{DocumentSource, StoredArticle};
pub use dates::{parse_bound, Bound};
pub use error::StoreError;
pub use query::{EventCluster, EventDetail, EventFilter, EventOrder, MentionDetail, StoredEvent};
pub use search::SearchHit;
pub use write::InsertOutcome;

use rusqlite::{Connection, OpenFlags};
use std::path::{Path, PathBuf};

/// An open dyad database.
///
/// Writes go through [`Store::insert`], one transaction per call; reads never
/// modify anything. Open with [`Store::open`] to create the file when missing
/// (ingest), [`Store::open_existing`] for read commands, which must not
/// leave an empty database behind, or [`Store::open_read_only`] for readers
/// that must not be able to write at all (`dyad serve` without ingest).
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens or creates the database: WAL journal, migrations applied.
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// let store = dyad_store::Store::open(&dir.path().join("new.db")).unwrap();
    /// assert_eq!(store.stats().unwrap().event_mentions, 0);
    /// ```
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let conn = Connection::open(path).map_err(|e| StoreError::open(path, e))?;
        Store::init(conn, path)
    }

    /// Opens a database that must already exist (for read commands).
    ///
    /// ```
    /// let err = dyad_store::Store::open_existing(std::path::Path::new("/nonexistent/dyad.db")).err().unwrap();
    /// assert_eq!(err.to_string(), "no database at /nonexistent/dyad.db (run `dyad ingest` first)");
    /// ```
    pub fn open_existing(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        // No CREATE flag: a file removed between the check and here is an
        // error, never a fresh empty database.
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| StoreError::open(path, e))?;
        Store::init(conn, path)
    }

    /// Opens a database that must already exist, read-only: every query
    /// works, [`Store::insert`] fails. Nothing is migrated, so the schema must
    /// be the one this version writes (an older one is
    /// [`StoreError::Outdated`], a newer one [`StoreError::TooNew`]).
    ///
    /// ```
    /// let dir = tempfile::tempdir().unwrap();
    /// let path = dir.path().join("d.db");
    /// dyad_store::Store::open(&path).unwrap();
    /// let store = dyad_store::Store::open_read_only(&path).unwrap();
    /// assert_eq!(store.stats().unwrap().documents, 0);
    /// assert!(dyad_store::Store::open_read_only(&dir.path().join("none.db")).is_err());
    /// ```
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        if !path.is_file() {
            return Err(StoreError::Missing(path.to_path_buf()));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| StoreError::open(path, e))?;
        schema::configure_read_only(&conn).map_err(|e| StoreError::open(path, e))?;
        schema::check_version(&conn, path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    fn init(mut conn: Connection, path: &Path) -> Result<Store, StoreError> {
        schema::configure(&conn).map_err(|e| StoreError::open(path, e))?;
        schema::migrate(&mut conn, path)?;
        Ok(Store {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// The database file this store was opened from.
    pub fn path(&self) -> &Path {
        &self.path
    }
}
