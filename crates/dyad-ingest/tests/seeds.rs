//! The seed articles (read in place from ../shared, never copied): no
//! boilerplate line survives, no body paragraph is lost.

use std::path::PathBuf;

fn seeds_dir() -> Option<PathBuf> {
    let d = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds"));
    if d.is_dir() {
        Some(d)
    } else {
        eprintln!("note: {} not found, seed tests skipped", d.display());
        None
    }
}

/// Lines of the original that are boilerplate, by shape (not by exact string).
fn is_expected_boilerplate(line: &str) -> bool {
    let l = line.to_lowercase();
    l.contains("foto")
        || l.starts_with("caro lettore")
        || l.contains("accesso ai contenuti web è gratuito")
        || line.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
        || ["video del giorno", "ultime notizie", "back to top button"].contains(&l.as_str())
}

#[test]
fn seeds_lose_boilerplate_and_keep_body() {
    let Some(dir) = seeds_dir() else { return };
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    assert!(!files.is_empty());
    for f in files {
        let raw = std::fs::read_to_string(&f).unwrap();
        let doc = dyad_model::Document {
            source: f.display().to_string(),
            body: dyad_model::Body::Text(raw.clone()),
            ..Default::default()
        };
        let art = dyad_ingest::to_article(doc).unwrap();
        let kept: std::collections::HashSet<&str> = art.text.split('\n').filter(|l| !l.trim().is_empty()).collect();
        for line in raw.lines().map(str::trim_end).filter(|l| !l.trim().is_empty()) {
            if is_expected_boilerplate(line) {
                assert!(!kept.contains(line), "{}: boilerplate survived: {line}", f.display());
            } else {
                assert!(kept.contains(line), "{}: body line lost: {line}", f.display());
            }
        }
        assert!(art.title.is_some(), "{}: no title", f.display());
        assert!(art.text.contains("\n\n"));
    }
}
