//! `dyad bench`: whole-pipeline throughput (text in, events out) and store
//! throughput, on the user's own documents.

use super::source::InputArgs;
use super::Global;
use anyhow::Context;
use dyad_model::Record;
use rayon::prelude::*;
use std::process::ExitCode;
use std::time::Instant;

/// Measure throughput: read the documents into memory, code them (sentences/s
/// and MB/s, per core), then store the records in a scratch database.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  dyad bench examples/ --repeat 200\n  dyad bench --threads 2 corpus.jsonl")]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,

    /// Worker threads for coding (1 measures one core).
    #[arg(long, default_value_t = 1)]
    pub threads: usize,

    /// Code the documents this many times (each copy made distinct so the
    /// store does not skip it as a duplicate).
    #[arg(long, default_value_t = 1)]
    pub repeat: usize,

    /// Skip the store measurement.
    #[arg(long)]
    pub no_store: bool,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<ExitCode> {
    let pipeline = global.pipeline()?;
    let run = args.input.run_options();
    let mut docs = Vec::new();
    for doc in dyad_ingest::read_inputs(&args.input.paths, &args.input.read_options()) {
        match doc {
            Ok(d) => docs.push(d),
            Err(e) => eprintln!("dyad: {e}"),
        }
    }
    anyhow::ensure!(!docs.is_empty(), "no documents to measure");
    let mut work = Vec::with_capacity(docs.len() * args.repeat);
    for copy in 0..args.repeat.max(1) {
        for d in &docs {
            let mut d = d.clone();
            if copy > 0 {
                // A distinct id and a distinct last line: the store must not see duplicates.
                d.id = Some(format!("{}#{copy}", d.id.clone().unwrap_or_else(|| d.source.clone())));
                if let dyad_model::Body::Text(t) = &mut d.body {
                    t.push_str(&format!("\n\nCopia {copy}."));
                }
            }
            work.push(d);
        }
    }
    let bytes: usize = work
        .iter()
        .map(|d| match &d.body {
            dyad_model::Body::Text(t) | dyad_model::Body::Html(t) => t.len(),
        })
        .sum();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.max(1))
        .build()
        .context("thread pool")?;
    let started = Instant::now();
    let results: Vec<anyhow::Result<(Record, usize)>> = pool.install(|| {
        work.into_par_iter()
            .map(|d| pipeline.process_counted(d, &run))
            .collect()
    });
    let code_secs = started.elapsed().as_secs_f64();
    let mut records = Vec::new();
    let (mut sentences, mut failed) = (0usize, 0usize);
    for r in results {
        match r {
            Ok((rec, n)) => {
                sentences += n;
                records.push(rec);
            }
            Err(_) => failed += 1,
        }
    }
    let events: usize = records.iter().map(|r| r.events.len()).sum();
    let cores = args.threads.max(1) as f64;
    outln!("coder: {}", pipeline.describe_coder());
    outln!("coding: {} documents ({failed} failed), {sentences} sentences, {events} events, {:.1} MB in {code_secs:.3}s on {} thread(s)", records.len(), bytes as f64 / 1e6, args.threads.max(1));
    outln!(
        "  {:.0} sentences/s ({:.0} per core), {:.2} MB/s ({:.2} per core), {:.0} documents/s",
        sentences as f64 / code_secs,
        sentences as f64 / code_secs / cores,
        bytes as f64 / 1e6 / code_secs,
        bytes as f64 / 1e6 / code_secs / cores,
        records.len() as f64 / code_secs
    );
    if !args.no_store {
        let dir = std::env::temp_dir().join(format!("dyad-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir)?;
        let db = dir.join("bench.db");
        let mut store = dyad_store::Store::open(&db)?;
        let started = Instant::now();
        for batch in records.chunks(256) {
            store.insert(batch)?;
        }
        let store_secs = started.elapsed().as_secs_f64();
        drop(store);
        let _ = std::fs::remove_dir_all(&dir);
        outln!("store: {} documents, {events} events in {store_secs:.3}s: {:.0} documents/s, {:.0} events/s (one writer thread)",
            records.len(), records.len() as f64 / store_secs, events as f64 / store_secs);
        outln!(
            "  coding takes {:.1}x the time of storing, per core",
            (code_secs * cores) / store_secs.max(1e-9)
        );
    }
    Ok(ExitCode::SUCCESS)
}
