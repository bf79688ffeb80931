//! Prints the actor mentions of a text file: `cargo run -p dyad-actors --example show -- FILE [lang] [date]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: show FILE [lang] [date]");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lang = args.get(2).map(String::as_str).unwrap_or("it");
    let date = args.get(3).map(String::as_str);
    let rec = dyad_actors::ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).expect("lexicons");
    let r = rec.recognize_text(&text, lang, date);
    for m in &r.mentions {
        println!(
            "{:>6} {:<40} {:<12} {:<4} {:<4} {:<10} {}",
            m.start,
            m.text.replace('\n', " "),
            m.kind.as_str(),
            m.country.as_deref().unwrap_or("-"),
            m.sector.as_deref().unwrap_or("-"),
            m.id.as_deref().unwrap_or("-"),
            m.name.as_deref().unwrap_or("-")
        );
    }
}
