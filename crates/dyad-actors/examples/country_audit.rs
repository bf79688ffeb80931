//! Country audit of linked actors on a sample of a PLOVER TSV:
//! `cargo run -p dyad-actors --example country_audit -- FILE.tsv LANG STEP OFFSET`.
//! Takes the data rows OFFSET, OFFSET+STEP, … (row 0 is the first line after
//! the header), runs the recognizer on each `sentence` alone and prints one
//! line per mention that has a country: row, mention, kind, country, sector,
//! sentence. The output is for judging by hand; it is not kept in the repo.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: country_audit FILE.tsv [lang] [step] [offset]");
        return;
    };
    let lang = args.get(2).map(String::as_str).unwrap_or("en");
    let step = args.get(3).and_then(|s| s.parse::<usize>().ok()).unwrap_or(25).max(1);
    let offset = args.get(4).and_then(|s| s.parse::<usize>().ok()).unwrap_or(0);
    let text = match std::fs::read_to_string(path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    let rec = match dyad_actors::ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("lexicons: {e}");
            return;
        }
    };
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let Some(cs) = header.iter().position(|h| *h == "sentence") else {
        eprintln!("no sentence column");
        return;
    };
    let (mut rows, mut linked) = (0usize, 0usize);
    for (row, line) in lines.enumerate() {
        if row < offset || !(row - offset).is_multiple_of(step) {
            continue;
        }
        let Some(s) = line.split('\t').nth(cs) else { continue };
        rows += 1;
        for m in rec.recognize_text(s, lang, None).mentions {
            let Some(c) = m.country.as_deref() else { continue };
            linked += 1;
            println!(
                "{row}\t{}\t{}\t{c}\t{}\t{s}",
                m.text.replace('\n', " "),
                m.kind.as_str(),
                m.sector.as_deref().unwrap_or("-")
            );
        }
    }
    eprintln!("{rows} sentences, {linked} linked mentions");
}
