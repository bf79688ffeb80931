//! The one error type of the store.

use std::path::{Path, PathBuf};

/// Everything that can go wrong in the store. Messages are meant to be shown
/// to users as they are.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A read command was pointed at a database that does not exist.
    #[error("no database at {} (run `dyad ingest` first)", .0.display())]
    Missing(PathBuf),
    /// The file could not be opened or is not a SQLite database.
    #[error("cannot open database {}: {source}", path.display())]
    Open { path: PathBuf, source: rusqlite::Error },
    /// The database was written by a newer dyad.
    #[error("database {} has schema version {found}, newer than this dyad understands ({known}); upgrade dyad", path.display())]
    TooNew { path: PathBuf, found: i64, known: i64 },
    /// A database from an older dyad, opened read-only (so it cannot be upgraded).
    #[error("database {} has schema version {found}, older than this dyad's ({known}); open it for writing once (e.g. `dyad ingest`) to upgrade it", path.display())]
    Outdated { path: PathBuf, found: i64, known: i64 },
    /// A date argument that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    #[error("invalid date '{0}': expected YYYY-MM-DD (or YYYY-MM, YYYY)")]
    BadDate(String),
    /// A malformed argument (period, format, …).
    #[error("{0}")]
    Invalid(String),
    /// The full-text query could not be parsed even as plain words.
    #[error("invalid search query '{query}': {message}")]
    Search { query: String, message: String },
    /// Any other SQLite failure.
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored JSON value could not be read back or a record not written.
    #[error("stored JSON: {0}")]
    Json(#[from] serde_json::Error),
    /// Writing an export failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The Parquet writer failed.
    #[error("parquet: {0}")]
    Parquet(String),
}

impl StoreError {
    pub(crate) fn open(path: &Path, source: rusqlite::Error) -> StoreError {
        StoreError::Open {
            path: path.to_path_buf(),
            source,
        }
    }
}
