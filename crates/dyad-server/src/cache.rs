//! A small cache for the few aggregate answers that scan the whole database
//! (the overview's statistics, event locations), valid while the database
//! files are unchanged.
//!
//! Why a file stamp: the server may share the database with a concurrent
//! `dyad ingest` (or its own ingest endpoint). Every commit in WAL mode
//! changes the `-wal` file and every checkpoint the main file, so their
//! modification times and sizes tell whether a cached answer is still true.
//! The stamp is taken before computing, so an answer computed during a write
//! is recomputed on the next request.

use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

/// Most answers kept; the cache is emptied when full (keys are few).
const MAX_ENTRIES: usize = 64;

/// The state of the database files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp(Vec<Option<(SystemTime, u64)>>);

/// Cached JSON answers by key.
pub struct Cache {
    path: PathBuf,
    entries: Mutex<HashMap<String, (Stamp, Arc<Value>)>>,
}

impl Cache {
    pub fn new(db: &Path) -> Cache {
        Cache {
            path: db.to_path_buf(),
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// The database files' modification times and sizes now.
    pub fn stamp(&self) -> Stamp {
        let mut parts = Vec::with_capacity(2);
        for suffix in ["", "-wal"] {
            let mut p = self.path.clone().into_os_string();
            p.push(suffix);
            parts.push(
                std::fs::metadata(&p)
                    .ok()
                    .and_then(|m| Some((m.modified().ok()?, m.len()))),
            );
        }
        Stamp(parts)
    }

    /// The answer for `key` if it was computed at this stamp.
    pub fn get(&self, key: &str, stamp: &Stamp) -> Option<Arc<Value>> {
        let entries = self.entries.lock().ok()?;
        entries.get(key).filter(|(s, _)| s == stamp).map(|(_, v)| Arc::clone(v))
    }

    pub fn put(&self, key: String, stamp: Stamp, value: Arc<Value>) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= MAX_ENTRIES && !entries.contains_key(&key) {
                entries.clear();
            }
            entries.insert(key, (stamp, value));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stale_after_write() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("x.db");
        std::fs::write(&db, b"a").unwrap();
        let cache = Cache::new(&db);
        let s1 = cache.stamp();
        cache.put("k".into(), s1.clone(), Arc::new(Value::from(1)));
        assert_eq!(cache.get("k", &cache.stamp()).as_deref(), Some(&Value::from(1)));
        std::fs::write(&db, b"abc").unwrap();
        assert!(cache.get("k", &cache.stamp()).is_none());
    }
}
