//! Entity-level NER scores on a CoNLL file:
//! `cargo run --release -p dyad-actors --example eval_conll -- FILE [--errors]`.
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: eval_conll FILE [--errors]");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let rec = dyad_actors::ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).expect("lexicons");
    if args.iter().any(|a| a == "--errors") {
        for e in dyad_actors::eval::errors(&rec, &text, "it").unwrap_or_default() {
            println!("{e}");
        }
        return;
    }
    match dyad_actors::eval::evaluate(&rec, &text, "it") {
        Ok(r) => print!("{r}"),
        Err(e) => eprintln!("{e}"),
    }
}
