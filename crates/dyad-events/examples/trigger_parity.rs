//! Lists where the English and Italian trigger lists differ: per category,
//! mode and kind, the count of patterns in each language and, for the groups
//! whose counts differ, the patterns of both sides, so a missing counterpart
//! can be spotted by reading two short lists instead of two files of 700 lines.
//!
//! `cargo run -p dyad-events --example trigger_parity [-- CATEGORY]`

use std::collections::BTreeMap;

type Groups = BTreeMap<(String, String, String), Vec<String>>;

fn read(lang: &str) -> Groups {
    let path = format!("{}/../../lexicons/{lang}/triggers.tsv", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("{path}: {e}");
        String::new()
    });
    let mut groups = Groups::new();
    for line in text.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        if let [category, mode, _context, kind, pattern, ..] = cols[..] {
            groups
                .entry((category.to_string(), mode.to_string(), kind.to_string()))
                .or_default()
                .push(pattern.to_string());
        }
    }
    groups
}

fn main() {
    let only = std::env::args().nth(1).map(|c| c.to_uppercase());
    let (en, it) = (read("en"), read("it"));
    let mut keys: Vec<_> = en.keys().chain(it.keys()).cloned().collect();
    keys.sort();
    keys.dedup();
    let empty = Vec::new();
    let (mut total_en, mut total_it) = (0, 0);
    for key in keys.iter().filter(|k| only.as_ref().is_none_or(|c| &k.0 == c)) {
        let (e, i) = (en.get(key).unwrap_or(&empty), it.get(key).unwrap_or(&empty));
        total_en += e.len();
        total_it += i.len();
        if e.len() == i.len() {
            continue;
        }
        let (category, mode, kind) = key;
        println!("{category}/{mode} {kind}: en {} it {}", e.len(), i.len());
        println!("  en: {}", e.join("; "));
        println!("  it: {}", i.join("; "));
    }
    println!("total: en {total_en} it {total_it}");
}
