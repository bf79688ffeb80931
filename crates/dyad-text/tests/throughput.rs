//! Throughput of the text stage on ~10 MB of generated news-like text.
//! Run: `cargo test -p dyad-text --release -- --ignored --nocapture`.

use std::time::Instant;

const PIECES: &[&str] = &[
    "Il presidente russo è arrivato a Pyongyang mercoledì per una visita di Stato di due giorni.",
    "Secondo il dott. Rossi, i container spediti sarebbero almeno 11.000, il 3,5% in più dell'anno scorso.",
    "«Siamo pronti a firmare», ha detto il ministro all’agenzia Ansa. Poi ha lasciato la sala.",
    "L'on. Bianchi ha chiesto chiarimenti al gen. Verdi sull'art. 11 ecc.",
    "The U.S. State Department said on Jan. 5 that sanctions would remain in place.",
    "Mr. Smith, who met Dr. Jones in Geneva, said the deal was worth $1,250.75 million.",
    "\"We will not accept this,\" the spokesman said. Talks resume on Monday...",
    "Foto di archivio\n",
    "\n\n",
];

fn generate(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + 256);
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    while out.len() < bytes {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
        out.push(' ');
    }
    out
}

#[test]
#[ignore]
fn throughput() {
    let text = generate(10 * 1024 * 1024);
    let mb = text.len() as f64 / (1024.0 * 1024.0);
    for lang in ["it", "en"] {
        let _ = dyad_text::split_sentences("warm up.", lang);
        let t = Instant::now();
        let sentences = dyad_text::split_sentences(&text, lang);
        let secs = t.elapsed().as_secs_f64();
        let tokens: usize = sentences.iter().map(|s| s.tokens.len()).sum();
        println!(
            "split[{lang}]: {mb:.1} MB, {} sentences, {tokens} tokens in {secs:.3}s: {:.0} sentences/s, {:.1} MB/s",
            sentences.len(),
            sentences.len() as f64 / secs,
            mb / secs
        );
    }
    let t = Instant::now();
    let folded = dyad_text::Folded::new(&text);
    let secs = t.elapsed().as_secs_f64();
    println!(
        "fold: {mb:.1} MB in {secs:.3}s: {:.1} MB/s ({} bytes out)",
        mb / secs,
        folded.text.len()
    );
    let sample: String = text.chars().take(16 * 1024).collect();
    let t = Instant::now();
    let n = 200;
    for _ in 0..n {
        std::hint::black_box(dyad_text::detect_language(&sample));
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "detect_language: {:.2} ms per document (16 KB sample)",
        secs * 1000.0 / n as f64
    );
}
