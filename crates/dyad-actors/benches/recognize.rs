//! Recognition throughput in bytes of article text per second (target:
//! 20 MB/s per core). Uses the seed articles read in place from
//! ../../../shared when present, else a paragraph written for this bench.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use dyad_actors::ActorRecognizer;

const OWN: &str = "A Roma il cancelliere tedesco Olaf Scholz ha ricevuto il presidente brasiliano Lula. \
Fonti diplomatiche riferiscono che l'Iran ha venduto droni al Venezuela, e il governo colombiano \
vuole portare il caso al Consiglio di Sicurezza delle Nazioni Unite. Per Luca Bianchi, docente \
dell'Università di Padova, la Turchia resta alla finestra ad Ankara. L'Unione Europea e la Nato preparano una replica.\n\n";

fn corpus() -> String {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/seeds");
    let mut text = String::new();
    if let Ok(entries) = std::fs::read_dir(&dir) {
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            text.push_str(&std::fs::read_to_string(p).unwrap_or_default());
        }
    }
    if text.is_empty() {
        println!("note: seeds not found, benchmarking the built-in paragraph");
        text = OWN.repeat(20);
    }
    text
}

fn bench(c: &mut Criterion) {
    let rec = ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()).expect("lexicons");
    let text = corpus();
    let mut g = c.benchmark_group("recognize");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("it_news", |b| {
        b.iter(|| rec.recognize_text(std::hint::black_box(&text), "it", Some("2024-06-20")))
    });
    g.finish();
    c.bench_function("build_recognizer", |b| {
        b.iter(|| ActorRecognizer::new(&dyad_lexicon::Lexicons::embedded()))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20);
    targets = bench
}
criterion_main!(benches);
