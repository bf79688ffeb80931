//! End-to-end behaviour of the `dyad` binary: the record validates against
//! the published JSON Schema, ingest is idempotent, bad input is reported
//! and skipped, and the query commands read what ingest stored.

mod common;

use common::{dyad, dyad_ok, shared, temp_dir, workspace};
use std::io::Write;

fn schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(workspace().join("docs/event-record.schema.json")).expect("schema file");
    let schema: serde_json::Value = serde_json::from_str(&text).expect("schema is JSON");
    jsonschema::validator_for(&schema).expect("schema compiles")
}

fn assert_valid_records(output: &str) -> usize {
    let validator = schema();
    let mut n = 0;
    for line in output.lines() {
        let value: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "record does not match the schema: {errors:#?}");
        // Offsets point into doc.text on char boundaries.
        let text = value["doc"]["text"].as_str().unwrap();
        for a in value["actors"].as_array().unwrap() {
            let (s, e) = (
                a["start"].as_u64().unwrap() as usize,
                a["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(text.get(s..e), a["text"].as_str(), "actor offsets");
        }
        for ev in value["events"].as_array().unwrap() {
            let t = &ev["trigger"];
            let (s, e) = (
                t["start"].as_u64().unwrap() as usize,
                t["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(text.get(s..e), t["text"].as_str(), "trigger offsets");
            assert!(!ev["reason"].as_str().unwrap().is_empty());
        }
        n += 1;
    }
    n
}

#[test]
fn extract_output_validates_against_the_schema() {
    let out = dyad_ok(&["extract", "examples", "tests/corpus"]);
    assert!(assert_valid_records(&out) >= 4);
    if let Some(shared) = shared() {
        let out = dyad_ok(&[
            "extract",
            "--date",
            "2024-06-20",
            shared.join("seeds").to_str().unwrap(),
        ]);
        assert_eq!(assert_valid_records(&out), 2);
    }
}

#[test]
fn extract_is_deterministic() {
    let a = dyad_ok(&["extract", "examples"]);
    let b = dyad_ok(&["extract", "examples"]);
    assert_eq!(a, b);
}

#[test]
fn ingest_twice_stores_nothing_new() {
    let dir = temp_dir("ingest-twice");
    let db = dir.join("t.db");
    let db = db.to_str().unwrap();
    let first = dyad_ok(&["ingest", "--db", db, "examples"]);
    assert!(first.contains(" new,"), "{first}");
    let stats1 = dyad_ok(&["stats", "--db", db]);
    let second = dyad_ok(&["ingest", "--db", db, "examples"]);
    assert!(second.contains(": 0 new"), "second ingest stored something: {second}");
    let stats2 = dyad_ok(&["stats", "--db", db]);
    assert_eq!(stats1, stats2);
    let events = dyad_ok(&["events", "--db", db, "--format", "jsonl"]);
    assert!(events.lines().count() > 0, "no events stored from the examples");
    let csv = dyad_ok(&["export", "--format", "csv", "--db", db]);
    assert!(csv.lines().count() > 1);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn bad_inputs_are_reported_and_skipped() {
    let dir = temp_dir("bad-input");
    std::fs::write(dir.join("empty.txt"), "").unwrap();
    std::fs::write(dir.join("binary.txt"), [0u8, 159, 146, 150, 0, 1, 2, 255, 0]).unwrap();
    std::fs::write(
        dir.join("latin1.txt"),
        b"Il ministro ha visitato Parigi: \xe8 stata una visita utile per la cooperazione.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("german.txt"),
        "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen und die Botschafter einbestellt.",
    )
    .unwrap();
    let mut jsonl = std::fs::File::create(dir.join("feed.jsonl")).unwrap();
    writeln!(jsonl, r#"{{"id": "ok-1", "text": "Il presidente francese ha incontrato ieri a Roma il presidente del Consiglio italiano.", "date": "2025-01-10", "lang": "it"}}"#).unwrap();
    writeln!(jsonl, "this line is not JSON").unwrap();
    writeln!(
        jsonl,
        r#"{{"id": "ok-2", "text": "Japan protested to China over the incursion.", "lang": "en"}}"#
    )
    .unwrap();
    drop(jsonl);
    let good = dir.join("good.txt");
    std::fs::write(&good, "Russia and China signed a new trade agreement on Tuesday.\n").unwrap();

    let out = dyad(&["extract", dir.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "some documents were fine, so the run succeeds: {stderr}"
    );
    assert!(stderr.contains("empty.txt"), "the empty file is named: {stderr}");
    assert!(stderr.contains("binary.txt"), "the binary file is named: {stderr}");
    assert!(
        stderr.contains("feed.jsonl:line 2"),
        "the bad JSONL line is named with its line: {stderr}"
    );
    assert!(
        stderr.contains("german.txt"),
        "the unsupported language is named: {stderr}"
    );
    assert!(!stderr.contains("panicked"), "{stderr}");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let ids: Vec<String> = stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert!(
        ids.contains(&"ok-1".to_string()) && ids.contains(&"ok-2".to_string()),
        "{ids:?}"
    );

    // Every document bad: non-zero exit.
    let out = dyad(&["extract", dir.join("empty.txt").to_str().unwrap()]);
    assert!(!out.status.success());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn stdin_is_read_with_a_dash() {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(["extract", "--lang", "en", "--date", "2025-05-02", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"France condemned the attack on Thursday.")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let record: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(record["doc"]["source"], "-");
    assert_eq!(record["doc"]["date"], "2025-05-02");
}

#[test]
fn one_story_from_three_outlets_is_one_cluster_with_three_mentions() {
    let dir = temp_dir("three-outlets");
    let input = dir.join("in");
    std::fs::create_dir_all(&input).unwrap();
    // The same happening as three outlets would word it, each with its own furniture.
    let stories = [
        ("agenzia-a.txt", "Patto sul gas tra Italia e Algeria\n\nL'Italia ha firmato martedì un accordo sul gas con l'Algeria.\n\nLeggi anche"),
        ("giornale-b.txt", "Roma e Algeri, il gas al centro\n\nFoto ANSA\n\nMartedì l'Italia ha firmato con l'Algeria un nuovo accordo per le forniture di gas.\n\nCondividi su Facebook"),
        ("sito-c.txt", "Energia, firmato l'accordo\n\nL'Italia ha firmato un accordo energetico con l'Algeria nella giornata di martedì, secondo fonti diplomatiche."),
    ];
    for (name, text) in stories {
        std::fs::write(input.join(name), text).unwrap();
    }
    let db = dir.join("t.db");
    let (db, input) = (db.to_str().unwrap(), input.to_str().unwrap());
    dyad_ok(&["ingest", "--db", db, "--date", "2025-03-06", input]);
    let again = dyad_ok(&["ingest", "--db", db, "--date", "2025-03-06", input]);
    assert!(again.contains(": 0 new, 3 unchanged"), "{again}");
    // Signing a formal agreement is SUPPORT in the CAMEO→PLOVER 2021 table (057).
    let clusters = dyad_ok(&["events", "--db", db, "--event", "SUPPORT", "--format", "jsonl"]);
    let clusters: Vec<serde_json::Value> = clusters.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let ita_dza: Vec<&serde_json::Value> = clusters
        .iter()
        .filter(|c| c.to_string().contains("ITA") && c.to_string().contains("DZA"))
        .collect();
    assert_eq!(ita_dza.len(), 1, "one ITA–DZA agreement cluster: {clusters:#?}");
    assert_eq!(ita_dza[0]["mentions"], 3, "{:#?}", ita_dza[0]);
    assert_eq!(ita_dza[0]["articles"], 3);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_reader_that_stops_early_ends_the_command_quietly() {
    use std::io::Read;
    // The examples twice with --errors print well over a pipe's 64 KiB buffer,
    // so closing the pipe after a few bytes makes the command's later writes fail.
    let examples: Vec<String> = std::fs::read_dir(workspace().join("training/plover"))
        .unwrap()
        .map(|e| e.unwrap().path().to_string_lossy().into_owned())
        .filter(|p| p.ends_with(".tsv"))
        .collect();
    let mut args = vec!["--rules-only", "eval", "plover", "--lang", "en", "--errors"];
    args.extend(examples.iter().map(String::as_str));
    args.extend(examples.iter().map(String::as_str));
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_dyad"))
        .args(&args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = [0u8; 16];
    child.stdout.take().unwrap().read_exact(&mut first).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(out.status.success(), "{stderr}");
}
