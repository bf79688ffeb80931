//! Single-thread throughput of the encoder on the fixture sentences.
//!
//! ```text
//! scripts/fetch-encoder.sh
//! cargo run --release -p dyad-embed --example encode_bench [-- ROUNDS]
//! ```
//!
//! Reads the model from `SentenceEncoder::default_dir()` (or `models/use-m3`
//! at the workspace root), then encodes the fixture ROUNDS times (default 20)
//! one sentence at a time and in batches, and prints sentences/s and
//! µs/sentence for both, plus tokenization alone.

use std::path::PathBuf;
use std::time::Instant;

use dyad_embed::SentenceEncoder;

fn main() {
    let rounds: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(20);
    let dir = SentenceEncoder::default_dir()
        .or_else(|| {
            let d = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../models/use-m3");
            d.is_dir().then_some(d)
        })
        .unwrap_or_else(|| {
            eprintln!("no encoder model: run scripts/fetch-encoder.sh (or set DYAD_ENCODER_DIR)");
            std::process::exit(2);
        });
    let t = Instant::now();
    let enc = SentenceEncoder::load(&dir).unwrap_or_else(|e| {
        eprintln!("{e}");
        std::process::exit(2);
    });
    println!("model {} loaded in {:.2} s", dir.display(), t.elapsed().as_secs_f64());

    let sentences: Vec<&str> = include_str!("../tests/sentences.txt").lines().collect();
    let tokens: usize = sentences.iter().map(|s| enc.tokenize(s).len()).sum();
    let words: usize = sentences.iter().map(|s| s.split_whitespace().count()).sum();
    println!(
        "{} sentences, {:.1} words and {:.1} tokens (incl. <s> </s>) per sentence on average, {rounds} rounds, 1 thread",
        sentences.len(),
        words as f64 / sentences.len() as f64,
        tokens as f64 / sentences.len() as f64
    );
    enc.encode_batch(&sentences); // warm-up

    let n = (rounds * sentences.len()) as f64;
    let report = |what: &str, secs: f64| {
        println!(
            "{what:<22} {:>9.0} sentences/s  {:>8.1} µs/sentence",
            n / secs,
            secs * 1e6 / n
        );
    };

    let t = Instant::now();
    for _ in 0..rounds {
        for s in &sentences {
            std::hint::black_box(enc.tokenize(s));
        }
    }
    report("tokenize only", t.elapsed().as_secs_f64());

    let t = Instant::now();
    for _ in 0..rounds {
        for s in &sentences {
            std::hint::black_box(enc.encode(s));
        }
    }
    report("encode (one by one)", t.elapsed().as_secs_f64());

    let t = Instant::now();
    for _ in 0..rounds {
        std::hint::black_box(enc.encode_batch(&sentences));
    }
    report("encode_batch", t.elapsed().as_secs_f64());

    // one typical 25-word news sentence, encoded alone
    let typical = "Il ministro degli Esteri ha incontrato ieri a Bruxelles i colleghi europei \
                   per discutere delle nuove sanzioni contro Mosca e degli aiuti militari a Kiev.";
    let reps = rounds * 10;
    let t = Instant::now();
    for _ in 0..reps {
        std::hint::black_box(enc.encode(typical));
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "25-word sentence ({} tokens), encode: {:.1} µs/sentence",
        enc.tokenize(typical).len(),
        secs * 1e6 / reps as f64
    );
}
