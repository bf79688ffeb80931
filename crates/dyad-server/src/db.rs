//! Database access for the server: a small pool of [`Store`]s, reused across
//! requests. Every query goes through the store's public API; the server
//! never reads the store's tables itself, so it follows any schema change.
//!
//! Without ingest the stores are opened read-only ([`Store::open_read_only`]):
//! no request can modify the database. With ingest they are opened for
//! writing, and only `POST /api/ingest` writes.
//!
//! SQLite work is blocking, so it runs on tokio's blocking threads, at most
//! [`MAX_CONCURRENT`] at a time (a burst of requests queues instead of
//! opening hundreds of connections).

use crate::errors::{ApiError, ApiResult};
use dyad_store::{Store, StoreError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

/// How many database calls may run at once.
pub const MAX_CONCURRENT: usize = 8;

/// Stores over one database file, reused across requests.
pub struct Pool {
    path: PathBuf,
    writable: bool,
    idle: Mutex<Vec<Store>>,
    permits: Semaphore,
}

impl Pool {
    /// Opens the database (which must exist), read-only unless `writable`.
    pub fn open(path: &Path, writable: bool) -> Result<Arc<Pool>, StoreError> {
        let pool = Pool {
            path: path.to_path_buf(),
            writable,
            idle: Mutex::new(Vec::new()),
            permits: Semaphore::new(MAX_CONCURRENT),
        };
        let store = pool.connect()?;
        pool.give(store);
        Ok(Arc::new(pool))
    }

    fn connect(&self) -> Result<Store, StoreError> {
        if self.writable {
            Store::open_existing(&self.path)
        } else {
            Store::open_read_only(&self.path)
        }
    }

    fn take(&self) -> Result<Store, StoreError> {
        let pooled = self.idle.lock().ok().and_then(|mut v| v.pop());
        match pooled {
            Some(store) => Ok(store),
            None => self.connect(),
        }
    }

    fn give(&self, store: Store) {
        if let Ok(mut v) = self.idle.lock() {
            if v.len() < MAX_CONCURRENT {
                v.push(store);
            }
        }
    }

    /// Runs `f` with a pooled store on a blocking thread.
    pub async fn run<T, F>(self: &Arc<Self>, f: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Store) -> ApiResult<T> + Send + 'static,
    {
        let _permit = self
            .permits
            .acquire()
            .await
            .map_err(|_| ApiError::Internal("server is shutting down".into()))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut store = pool.take()?;
            let out = f(&mut store);
            pool.give(store);
            out
        })
        .await
        .map_err(|e| ApiError::Internal(format!("database task failed: {e}")))?
    }
}
