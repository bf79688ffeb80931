//! `dyad ingest`: code documents and store them, idempotently.

use super::source::{process_all, InputArgs};
use super::Global;
use anyhow::Context;
use dyad_store::{InsertOutcome, Store};
use indicatif::{ProgressBar, ProgressStyle};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Code documents and store documents, actors, events and quotes in the database.
/// Re-ingesting an article already stored (same normalized text) stores nothing new.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  dyad ingest examples/\n  dyad ingest --db news.db --date 2024-06-20 today/*.txt\n  dyad ingest --input-format jsonl crawl.jsonl.gz"
)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,

    /// The database file (SQLite); created when missing.
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,
}

/// Records are written in transactions of this many documents.
const WRITE_BATCH: usize = 256;

pub fn run(args: &Args, global: &Global) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    let pipeline = global.pipeline()?;
    let mut store = Store::open(&args.db).with_context(|| format!("opening {}", args.db.display()))?;
    let progress = if std::io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} documents {msg} [{elapsed}]").expect("valid template"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let (mut new, mut unchanged, mut failed, mut events) = (0usize, 0usize, 0usize, 0usize);
    let mut pending = Vec::new();
    let mut store_error: Option<anyhow::Error> = None;
    let mut flush = |pending: &mut Vec<dyad_model::Record>,
                     new: &mut usize,
                     unchanged: &mut usize,
                     events: &mut usize| {
        if pending.is_empty() || store_error.is_some() {
            return;
        }
        match store.insert(pending) {
            Ok(outcomes) => {
                for o in outcomes {
                    match o {
                        InsertOutcome::New { events: n } => {
                            *new += 1;
                            *events += n;
                        }
                        InsertOutcome::Unchanged => *unchanged += 1,
                    }
                }
            }
            Err(e) => store_error = Some(anyhow::Error::new(e).context(format!("writing to {}", args.db.display()))),
        }
        pending.clear();
    };
    process_all(&args.input, pipeline, |outcome| {
        progress.inc(1);
        match outcome {
            Ok(record) => {
                pending.push(record);
                if pending.len() >= WRITE_BATCH {
                    flush(&mut pending, &mut new, &mut unchanged, &mut events);
                }
            }
            Err(message) => {
                failed += 1;
                progress.suspend(|| eprintln!("dyad: {message}"));
            }
        }
        progress.set_message(format!("({failed} failed)"));
    });
    flush(&mut pending, &mut new, &mut unchanged, &mut events);
    progress.finish_and_clear();
    if let Some(e) = store_error {
        return Err(e);
    }
    outln!(
        "ingested into {}: {new} new, {unchanged} unchanged, {failed} failed documents; {events} events stored; {:.2}s",
        args.db.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(if new + unchanged == 0 && failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
