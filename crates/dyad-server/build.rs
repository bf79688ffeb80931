//! Embeds the web page into the binary.
//!
//! When `web/dist/index.html` exists (built by `scripts/build-web.sh`), every
//! file under `web/dist` is embedded; otherwise the small built-in page in
//! `fallback/` is. The default `cargo build` therefore never needs Node.js.
//!
//! Why `rerun-if-changed` watches `build.rs` and not a missing `web/dist`:
//! cargo re-runs a build script on every build while a watched path is
//! missing, which would recompile this crate each time on machines without
//! the web build. `scripts/build-web.sh` touches this file after building, so
//! a fresh `web/dist` is picked up on the next build.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn collect(dir: &Path, base: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, base, out)?;
        } else if let Ok(rel) = path.strip_prefix(base) {
            // Only plain relative names: they become URL paths.
            let Some(rel) = rel.to_str() else { continue };
            let rel = rel.replace('\\', "/");
            if rel
                .split('/')
                .all(|p| !p.is_empty() && p != ".." && !p.starts_with('.'))
            {
                out.push((rel, path.canonicalize()?));
            }
        }
    }
    Ok(())
}

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let dist = manifest.join("../../web/dist");
    let fallback = manifest.join("fallback");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=fallback");
    println!("cargo:rerun-if-env-changed=DYAD_WEB_DIST");

    // DYAD_WEB_DIST=0 forces the fallback page (used by tests of the fallback).
    let want_dist = std::env::var("DYAD_WEB_DIST").map(|v| v != "0").unwrap_or(true);
    let mut files = Vec::new();
    let full = want_dist && dist.join("index.html").is_file();
    if full {
        println!("cargo:rerun-if-changed={}", dist.display());
        collect(&dist, &dist, &mut files).expect("reading web/dist");
    } else {
        collect(&fallback, &fallback, &mut files).expect("reading fallback/");
    }

    let mut code = String::new();
    code.push_str("/// Embedded files: (URL path without the leading '/', bytes).\n");
    code.push_str("pub(crate) static FILES: &[(&str, &[u8])] = &[\n");
    for (rel, path) in &files {
        let _ = writeln!(code, "    ({rel:?}, include_bytes!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    let _ = writeln!(code, "/// True when the full page (web/dist) is embedded, false for the fallback.\npub(crate) const FULL_PAGE: bool = {full};");
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("assets.rs");
    std::fs::write(out, code).expect("writing assets.rs");
}
