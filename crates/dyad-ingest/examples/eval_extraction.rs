//! Scores dyad's extractor on the extraction benchmark and times it in CPU
//! seconds (used by `bench/extraction.sh`).
//!
//! `cargo run --release -p dyad-ingest --example eval_extraction -- GOLD HTML_DIR [--repeat N] [-v]`
use dyad_ingest::eval;

/// CPU seconds used by this process so far (user + system), from
/// /proc/self/stat; `None` off Linux.
fn cpu_seconds() -> Option<f64> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    let rest = &stat[stat.rfind(')')? + 2..];
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11)?.parse::<f64>().ok()? + f.get(12)?.parse::<f64>().ok()?;
    Some(ticks / 100.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let pages = eval::load_benchmark(args[1].as_ref(), args[2].as_ref()).unwrap();
    let ex = dyad_ingest::Extractor::new(&dyad_lexicon::Lexicons::embedded());
    let _ = eval::run(&pages[..pages.len().min(5)], |p| eval::dyad_extract(&ex, p));
    // Time extraction alone (scoring is not part of the extractor's cost).
    let cpu0 = cpu_seconds();
    let t = std::time::Instant::now();
    for _ in 0..repeat {
        for p in &pages {
            std::hint::black_box(eval::dyad_extract(&ex, p));
        }
    }
    let wall = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds()
        .zip(cpu0)
        .map(|(a, b)| a - b)
        .filter(|c| *c > 0.0)
        .unwrap_or(wall);
    let (s, per, _) = eval::run(&pages, |p| eval::dyad_extract(&ex, p));
    if args.iter().any(|a| a == "-v") {
        let mut rows: Vec<_> = pages.iter().zip(&per).collect();
        rows.sort_by(|a, b| (a.1 .0 + a.1 .1).partial_cmp(&(b.1 .0 + b.1 .1)).unwrap());
        for (p, (pp, rr)) in rows {
            println!("{:.3} {:.3} {} {}", pp, rr, &p.id[..12], p.url.as_deref().unwrap_or(""));
        }
    }
    let n = (s.pages * repeat) as f64;
    println!(
        "dyad-ingest  pages {} P {:.4} R {:.4} F1 {:.4}  {:.1} pages/CPU-s  {:.1} pages/s wall",
        s.pages,
        s.precision,
        s.recall,
        s.f1,
        n / cpu,
        n / wall
    );
}
