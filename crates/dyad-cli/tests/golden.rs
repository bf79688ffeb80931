//! Golden tests: the seed articles (read in place from ../shared) and the
//! team's own corpus in tests/corpus are coded by the real binary and compared
//! with checked-in summaries in tests/expected.
//!
//! The summaries hold coded results only (offsets, short actor and trigger
//! strings), never article text. To accept a deliberate change, run with
//! `DYAD_UPDATE_GOLDEN=1`, then review the diff line by line before committing.

mod common;

use common::{dyad_ok, shared, workspace};
use dyad_model::Record;

fn short(s: &str) -> String {
    let s: String = s.chars().take(40).collect();
    s.replace(['\t', '\n'], " ")
}

fn codes(refs: &[dyad_model::ActorRef]) -> String {
    if refs.is_empty() {
        return "-".into();
    }
    refs.iter()
        .map(|r| {
            format!(
                "{}:{}",
                r.country.as_deref().unwrap_or("?"),
                r.sector.as_deref().unwrap_or("-")
            )
        })
        .collect::<Vec<_>>()
        .join("+")
}

/// One line per actor mention, event and quote.
pub fn summarize(record: &Record) -> String {
    let mut out = String::new();
    for a in &record.actors {
        out.push_str(&format!(
            "actor\t{}-{}\t{}\t{}\t{}\t{}\n",
            a.start,
            a.end,
            short(&a.text),
            a.kind,
            a.country.as_deref().unwrap_or("-"),
            a.sector.as_deref().unwrap_or("-")
        ));
    }
    for e in &record.events {
        out.push_str(&format!(
            "event\ts{}\t{}{}\t{} -> {}\t{}\t{}\t'{}'\t{}\n",
            e.sentence,
            e.event,
            e.mode.as_deref().map(|m| format!("/{m}")).unwrap_or_default(),
            codes(&e.actor),
            codes(&e.recipient),
            e.date.as_deref().unwrap_or("-"),
            e.modality,
            short(&e.trigger.text),
            e.quantity
                .iter()
                .map(|q| format!(
                    "{}{}",
                    q.value,
                    q.unit.as_deref().map(|u| format!(" {u}")).unwrap_or_default()
                ))
                .collect::<Vec<_>>()
                .join(";")
        ));
    }
    for q in &record.quotes {
        out.push_str(&format!(
            "quote\t{}-{}\tspeaker={}\n",
            q.start,
            q.end,
            q.speaker.as_ref().map(|s| short(&s.text)).unwrap_or_else(|| "-".into())
        ));
    }
    out
}

fn check(name: &str, args: &[&str]) {
    let json = dyad_ok(args);
    let mut summary = String::new();
    for line in json.lines() {
        let record: Record = serde_json::from_str(line).expect("a record per line");
        summary.push_str(&summarize(&record));
    }
    let expected_path = workspace().join("tests/expected").join(format!("{name}.tsv"));
    if std::env::var_os("DYAD_UPDATE_GOLDEN").is_some() {
        std::fs::write(&expected_path, &summary).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
        panic!(
            "{} is missing: run with DYAD_UPDATE_GOLDEN=1 and review it",
            expected_path.display()
        )
    });
    if expected != summary {
        let diff: Vec<String> = expected
            .lines()
            .filter(|l| !summary.lines().any(|s| s == *l))
            .map(|l| format!("- {l}"))
            .chain(
                summary
                    .lines()
                    .filter(|l| !expected.lines().any(|e| e == *l))
                    .map(|l| format!("+ {l}")),
            )
            .collect();
        panic!(
            "{name}: coded output differs from {}:\n{}",
            expected_path.display(),
            diff.join("\n")
        );
    }
}

#[test]
fn seed_000_matches_golden() {
    let Some(shared) = shared() else {
        eprintln!("../shared/seeds not found: seed golden test skipped");
        return;
    };
    let seed = shared.join("seeds/000_e9255316bfc9fb12.txt");
    check("seed-000", &["extract", "--date", "2024-06-18", seed.to_str().unwrap()]);
}

#[test]
fn seed_004_matches_golden() {
    let Some(shared) = shared() else {
        eprintln!("../shared/seeds not found: seed golden test skipped");
        return;
    };
    let seed = shared.join("seeds/004_91525126e568a6db.txt");
    check("seed-004", &["extract", "--date", "2024-06-20", seed.to_str().unwrap()]);
}

#[test]
fn team_corpus_matches_golden() {
    check("corpus", &["extract", "tests/corpus"]);
}

#[test]
fn examples_match_golden() {
    check("examples", &["extract", "examples"]);
}
