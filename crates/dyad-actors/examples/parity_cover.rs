//! Italian/English actor parity on paired PLOVER files:
//! `cargo run -p dyad-actors --example parity_cover -- EN.tsv IT.tsv`.
//! Pairs each Italian row (`uid`) with its English original (`sentence_id`,
//! negated), and for the gold source and target in each language says what
//! the recognizer found over the span: `-` nothing, `?` a mention with
//! neither country nor sector, else the mentions with country/sector. Prints
//! the arguments covered (with country or sector) in one language only, and
//! counts them.
use dyad_actors::ActorRecognizer;
use std::collections::HashMap;

fn rows(path: &str, id: &str) -> HashMap<i64, (String, String, String)> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |n: &str| {
        header
            .iter()
            .position(|h| *h == n)
            .unwrap_or_else(|| panic!("{path}: no {n}"))
    };
    let (ci, cs, ca, cb) = (col(id), col("sentence"), col("source"), col("target"));
    let mut out = HashMap::new();
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        let g = |i: usize| {
            f.get(i)
                .map(|s| s.trim().trim_matches('"').to_string())
                .unwrap_or_default()
        };
        if let Ok(n) = g(ci).parse::<i64>() {
            out.insert(n.abs(), (g(cs), g(ca), g(cb)));
        }
    }
    out
}

fn status(rec: &ActorRecognizer, s: &str, arg: &str, lang: &str) -> (bool, String) {
    let r = rec.recognize_text(s, lang, None);
    let Some(start) = s.find(arg).filter(|_| !arg.is_empty()) else {
        return (false, "(span not found)".into());
    };
    let end = start + arg.len();
    let over: Vec<_> = r.mentions.iter().filter(|m| m.start < end && start < m.end).collect();
    let ok = over.iter().any(|m| m.sector.is_some() || m.country.is_some());
    let desc = if over.is_empty() {
        "-".to_string()
    } else {
        over.iter()
            .map(|m| {
                format!(
                    "'{}' {}/{}",
                    m.text,
                    m.country.as_deref().unwrap_or("?"),
                    m.sector.as_deref().unwrap_or("?")
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    (ok, desc)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(en), Some(it)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: parity_cover EN.tsv IT.tsv");
        return;
    };
    let rec = ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).expect("lexicons");
    let (en, it) = (rows(en, "sentence_id"), rows(it, "uid"));
    let mut ids: Vec<_> = it.keys().copied().filter(|k| en.contains_key(k)).collect();
    ids.sort();
    let (mut total, mut both, mut en_only, mut it_only) = (0, 0, 0, 0);
    for id in ids {
        let (es, ea, eb) = &en[&id];
        let (is, ia, ib) = &it[&id];
        for (role, e, i) in [("src", ea, ia), ("tgt", eb, ib)] {
            total += 1;
            let (eok, ed) = status(&rec, es, e, "en");
            let (iok, idesc) = status(&rec, is, i, "it");
            match (eok, iok) {
                (true, true) => both += 1,
                (true, false) => en_only += 1,
                (false, true) => it_only += 1,
                _ => {}
            }
            if eok != iok {
                println!(
                    "{id} {role} {}\n  en '{e}' => {ed}\n  it '{i}' => {idesc}",
                    if eok { "EN-ONLY" } else { "IT-ONLY" }
                );
            }
        }
    }
    println!("{total} paired arguments; with country or sector in both: {both}; English only: {en_only}; Italian only: {it_only}");
}
