//! Helpers shared by the CLI's integration tests: running the real binary
//! and locating the workspace, the test corpus and ../shared.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("workspace root")
}

/// `../shared` beside the checkout, when present (CI has it; a bare clone may not).
pub fn shared() -> Option<PathBuf> {
    let p = workspace().join("../shared");
    p.join("seeds").is_dir().then_some(p)
}

/// Runs the binary with the rules only: the golden files record the rules'
/// output, whether or not a sentence encoder is installed (the learned layer
/// has its own tests, `tests/learned.rs`).
pub fn dyad(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(args)
        .current_dir(workspace())
        .env("DYAD_RULES_ONLY", "1")
        .output()
        .expect("run dyad")
}

pub fn dyad_ok(args: &[&str]) -> String {
    let out = dyad(args);
    assert!(
        out.status.success(),
        "dyad {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// A fresh temporary directory for one test.
pub fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("dyad-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}
