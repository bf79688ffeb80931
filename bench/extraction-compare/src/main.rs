//! Scores dyad-ingest and the Rust extraction crates on the same pages, one
//! after the other in one process, with the benchmark's metric.
//!
//! `cargo run --release --manifest-path bench/extraction-compare/Cargo.toml -- GOLD HTML_DIR`
use dyad_ingest::eval::{self, Page};

/// HTML fragment → text with a space at every tag, enough for word shingles.
fn html_text(fragment: &str) -> String {
    let spaced = fragment.replace('<', " <");
    let dom = dyad_ingest::html::dom::Dom::parse(&spaced);
    dom.text_of(dyad_ingest::html::dom::ROOT)
}

fn report(name: &str, pages: &[Page], f: impl FnMut(&Page) -> String) {
    let (s, _, secs) = eval::run(pages, f);
    println!("{name:<16} P {:.4} R {:.4} F1 {:.4}  {:>7.1} pages/s", s.precision, s.recall, s.f1, pages.len() as f64 / secs);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let pages = eval::load_benchmark(args[1].as_ref(), args[2].as_ref()).unwrap();
    println!("{} pages", pages.len());
    let ex = dyad_ingest::Extractor::new(&dyad_lexicon::Lexicons::embedded());
    report("dyad-ingest", &pages, |p| eval::dyad_extract(&ex, p));
    report("rs-trafilatura", &pages, |p| rs_trafilatura::extract_bytes(&p.html).map(|r| r.content_text).unwrap_or_default());
    report("trafilatura-rs", &pages, |p| {
        let html = dyad_ingest::decode::decode_html(&p.html, None);
        trafilatura::extract(&html, &trafilatura::Options::default()).map(|r| html_text(&r.content_html)).unwrap_or_default()
    });
    report("dom_smoothie", &pages, |p| {
        let html = dyad_ingest::decode::decode_html(&p.html, None);
        dom_smoothie::Readability::new(html, None, None)
            .and_then(|mut r| r.parse())
            .map(|a| html_text(&a.content))
            .unwrap_or_default()
    });
}
