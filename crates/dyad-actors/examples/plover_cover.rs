//! Share of PLOVER source/target argument spans that some actor mention
//! overlaps: `cargo run -p dyad-actors --example plover_cover -- FILE.tsv LANG`.
//! Reads the columns `sentence`, `source`, `target` by header name;
//! `--misses` lists the spans no mention overlaps, `--bare` those overlapped
//! only by mentions with neither country nor sector.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), lang) = (args.get(1), args.get(2).map(String::as_str).unwrap_or("en")) else {
        eprintln!("usage: plover_cover FILE.tsv [lang]");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let rec = dyad_actors::ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).expect("lexicons");
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let col = |n: &str| header.iter().position(|h| *h == n);
    let (Some(cs), Some(csrc), Some(ctgt)) = (col("sentence"), col("source"), col("target")) else {
        eprintln!("no sentence/source/target columns");
        return;
    };
    let (mut total, mut hit, mut with_sector) = (0usize, 0usize, 0usize);
    let verbose = args.iter().any(|a| a == "--misses");
    // overlapped only by mentions with neither country nor sector
    let bare = args.iter().any(|a| a == "--bare");
    for line in lines {
        let f: Vec<&str> = line.split('\t').collect();
        let (Some(s), Some(a), Some(b)) = (f.get(cs), f.get(csrc), f.get(ctgt)) else {
            continue;
        };
        let r = rec.recognize_text(s, lang, None);
        for arg in [a, b] {
            let arg = arg.trim();
            if arg.is_empty() {
                continue;
            }
            let Some(start) = s.find(arg) else { continue };
            let end = start + arg.len();
            total += 1;
            let over: Vec<_> = r.mentions.iter().filter(|m| m.start < end && start < m.end).collect();
            if !over.is_empty() {
                hit += 1;
                if over.iter().any(|m| m.sector.is_some() || m.country.is_some()) {
                    with_sector += 1;
                } else if bare {
                    println!("BARE\t{arg}");
                }
            } else if verbose {
                println!("MISS\t{arg}");
            }
        }
    }
    println!("{total} argument spans; overlapped by a mention: {hit} ({:.3}); by one with country or sector: {with_sector} ({:.3})", hit as f64 / total.max(1) as f64, with_sector as f64 / total.max(1) as f64);
}
