//! The learned layer through the real binary: `--encoder DIR` loads the
//! sentence encoder, trains (or reuses) the category head, and every event
//! with both participants carries the head's review in its reason; the
//! seeds' key events survive it.
//!
//! Needs a model made by `scripts/fetch-encoder.sh` (`$DYAD_ENCODER_DIR`, or
//! `models/use-m3` in the workspace). Without one the tests print a notice and
//! pass, unless `DYAD_REQUIRE_ENCODER=1` (CI sets it after fetching).

mod common;

use common::{shared, temp_dir, workspace};
use dyad_model::{Category, Record};
use std::path::PathBuf;
use std::process::Command;

fn encoder_dir() -> Option<PathBuf> {
    let dir = std::env::var_os("DYAD_ENCODER_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| workspace().join("models/use-m3"));
    if dir.join("manifest.json").is_file() {
        return Some(dir);
    }
    assert!(
        std::env::var("DYAD_REQUIRE_ENCODER").as_deref() != Ok("1"),
        "DYAD_REQUIRE_ENCODER=1 but no encoder in {}",
        dir.display()
    );
    eprintln!(
        "no sentence encoder in {}: skipped (run scripts/fetch-encoder.sh)",
        dir.display()
    );
    None
}

/// Runs `dyad --encoder DIR …`. Tests share the model folder: the head cache
/// is written atomically (temp file + rename), so parallel runs are safe.
fn dyad_learned(dir: &std::path::Path, args: &[&str]) -> (String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .arg("--encoder")
        .arg(dir)
        .args(args)
        .current_dir(workspace())
        .env_remove("DYAD_RULES_ONLY")
        .output()
        .expect("run dyad");
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "dyad {args:?} failed: {stderr}");
    (String::from_utf8(out.stdout).expect("utf-8"), stderr)
}

#[test]
fn every_two_party_event_is_reviewed() {
    let Some(dir) = encoder_dir() else { return };
    let (out, _) = dyad_learned(&dir, &["extract", "examples/2025-03-13-it-ishiba-nuova-delhi.txt"]);
    let record: Record = serde_json::from_str(out.lines().next().expect("a record")).expect("record");
    let two_party: Vec<_> = record
        .events
        .iter()
        .filter(|e| !e.actor.is_empty() && !e.recipient.is_empty() && e.modality != dyad_model::Modality::Negated)
        .collect();
    assert!(!two_party.is_empty(), "the example has two-party events");
    for e in two_party {
        assert!(
            e.reason.contains("learned layer:"),
            "{} '{}': {}",
            e.event,
            e.trigger.text,
            e.reason
        );
    }
}

#[test]
fn bad_encoder_folder_is_a_clear_error() {
    let empty = temp_dir("no-encoder");
    let out = Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args([
            "--encoder",
            empty.to_str().unwrap(),
            "extract",
            "examples/2024-12-02-en-scholz-kyiv.txt",
        ])
        .current_dir(workspace())
        .output()
        .expect("run dyad");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("sentence encoder") && err.contains(empty.to_str().unwrap()),
        "{err}"
    );
}

#[test]
fn seeds_key_events_survive_the_layer() {
    let Some(dir) = encoder_dir() else { return };
    let Some(shared) = shared() else {
        eprintln!("../shared/seeds not found: skipped");
        return;
    };
    let path = shared.join("seeds/004_91525126e568a6db.txt");
    let (out, _) = dyad_learned(&dir, &["extract", "--date", "2024-06-20", path.to_str().unwrap()]);
    let r: Record = serde_json::from_str(out.lines().next().expect("a record")).expect("record");
    let has = |c: Category, s: &str, t: &str| {
        r.events.iter().any(|e| {
            e.event == c
                && e.actor.iter().any(|a| a.country.as_deref() == Some(s))
                && e.recipient.iter().any(|a| a.country.as_deref() == Some(t))
        })
    };
    // Putin's state visit to Vietnam: the rules code it, the head must not undo it.
    assert!(
        has(Category::Consult, "RUS", "VNM"),
        "no CONSULT RUS -> VNM with the learned layer"
    );
}
