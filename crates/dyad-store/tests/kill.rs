//! `kill -9` safety: an ingest killed at an arbitrary point, then re-run on
//! the same input, stores exactly what a clean run stores.
//!
//! The test re-executes its own binary as the child that gets killed (the
//! child runs this same test with `DYAD_STORE_KILL_CHILD` set).

mod common;
use common::*;
use dyad_store::Store;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const CHILD_ENV: &str = "DYAD_STORE_KILL_CHILD";
const DOCS: usize = 1500;
const BATCH: usize = 8;

fn ingest(path: &Path) {
    let mut store = Store::open(path).unwrap();
    for chunk in corpus(DOCS).chunks(BATCH) {
        store.insert(chunk).unwrap();
    }
}

fn committed_documents(path: &Path) -> usize {
    let Ok(conn) = rusqlite::Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY) else {
        return 0;
    };
    conn.query_row("SELECT COUNT(*) FROM documents", [], |r| r.get::<_, i64>(0))
        .map(|n| n as usize)
        .unwrap_or(0)
}

#[test]
fn killed_ingest_then_rerun_equals_clean_run() {
    if let Ok(path) = std::env::var(CHILD_ENV) {
        ingest(Path::new(&path));
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let clean = dir.path().join("clean.db");
    ingest(&clean);
    let expected = dump(&Store::open_existing(&clean).unwrap());

    let killed = dir.path().join("killed.db");
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "killed_ingest_then_rerun_equals_clean_run",
            "--test-threads=1",
        ])
        .env(CHILD_ENV, &killed)
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    // Kill once a fair share is committed: the writer is then almost always
    // inside a transaction.
    let started = Instant::now();
    while committed_documents(&killed) < DOCS / 5 && started.elapsed() < Duration::from_secs(120) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    let at_kill = committed_documents(&killed);
    assert!(
        at_kill > 0 && at_kill < DOCS,
        "kill landed mid-run ({at_kill} of {DOCS} documents committed)"
    );
    assert_eq!(at_kill % BATCH, 0, "only whole batches are ever committed");

    ingest(&killed);
    let store = Store::open_existing(&killed).unwrap();
    assert_eq!(dump(&store), expected);
}
