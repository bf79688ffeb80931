//! The Parquet export, read back by an independent reader (pyarrow, via
//! `tests/parquet_check.py`). Runs with `--features parquet`.
//!
//! The interpreter is `$DYAD_PYTHON` (default `python3`). When it lacks
//! pyarrow the check is skipped with a message, unless
//! `DYAD_REQUIRE_PARQUET_CHECK=1` (CI sets it), which makes that a failure.
#![cfg(feature = "parquet")]

mod common;
use common::*;
use std::process::Command;

#[test]
fn parquet_export_reads_back_in_pyarrow() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = dyad_store::Store::open(&dir.path().join("d.db")).unwrap();
    let mut recs = corpus(50);
    // One document without any date: its events go to the NULL partition.
    let mut dateless = recs[0].clone();
    dateless.doc.text.push_str(" (senza data)");
    dateless.doc.date = None;
    for e in &mut dateless.events {
        e.date = None;
    }
    recs.push(dateless);
    store.insert(&recs).unwrap();
    let out = dir.path().join("parquet");
    let (rows, files) = store.export_parquet(&out).unwrap();
    assert_eq!(rows, 102);
    assert!(files > 1);
    assert!(out.join("event_date=__HIVE_DEFAULT_PARTITION__").is_dir());
    // A second export into the same folder is refused rather than mixed.
    assert!(store.export_parquet(&out).is_err());

    let python = std::env::var("DYAD_PYTHON").unwrap_or_else(|_| "python3".into());
    let required = std::env::var("DYAD_REQUIRE_PARQUET_CHECK").is_ok_and(|v| v == "1");
    let has_pyarrow = Command::new(&python)
        .args(["-c", "import pyarrow"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_pyarrow {
        assert!(!required, "{python} has no pyarrow, and DYAD_REQUIRE_PARQUET_CHECK=1");
        eprintln!("skipping the pyarrow read-back: {python} has no pyarrow (set DYAD_PYTHON)");
        return;
    }
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/parquet_check.py");
    let output = Command::new(&python)
        .arg(script)
        .arg(&out)
        .arg(rows.to_string())
        .output()
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(output.status.success(), "{text}");
    assert!(text.contains("parquet_check: ok"), "{text}");
}
