//! What `extract` and `ingest` share: input options, and running the
//! pipeline over many documents in parallel while keeping input order.

use crate::pipeline::{Pipeline, RunOptions};
use dyad_ingest::{InputFormat, ReadOptions};
use dyad_model::Record;
use rayon::prelude::*;
use std::path::PathBuf;

/// How to read inputs and what to assume about them.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Files or directories (recursive); `-` reads standard input. `.gz` is read transparently.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// How to read the inputs; `auto` picks by extension, then by content.
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    pub input_format: Format,

    /// Language of the documents: `auto` detects it per document, or an ISO 639-1 code (it, en).
    #[arg(long, default_value = "auto")]
    pub lang: String,

    /// Publication date (YYYY-MM-DD) for documents that give none; relative dates resolve against it.
    #[arg(long, value_parser = parse_date)]
    pub date: Option<String>,

    /// Only read files whose path matches this glob (repeatable).
    #[arg(long)]
    pub include: Vec<String>,

    /// Skip files whose path matches this glob (repeatable).
    #[arg(long)]
    pub exclude: Vec<String>,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Auto,
    Text,
    Html,
    Jsonl,
}

fn parse_date(s: &str) -> Result<String, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|d| d.format("%Y-%m-%d").to_string())
        .map_err(|_| format!("'{s}' is not a date in the form YYYY-MM-DD"))
}

impl InputArgs {
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            format: match self.input_format {
                Format::Auto => InputFormat::Auto,
                Format::Text => InputFormat::Text,
                Format::Html => InputFormat::Html,
                Format::Jsonl => InputFormat::Jsonl,
            },
            include: self.include.clone(),
            exclude: self.exclude.clone(),
        }
    }

    pub fn run_options(&self) -> RunOptions {
        RunOptions {
            lang: (self.lang != "auto").then(|| self.lang.to_ascii_lowercase()),
            date: self.date.clone(),
        }
    }
}

/// One document's outcome: its record, or a one-line error naming its source.
pub type Outcome = Result<Record, String>;

/// Documents are coded in parallel batches of this size; results come back in input order.
const BATCH: usize = 64;

/// Reads every input and runs the pipeline, calling `sink` once per document in input order.
pub fn process_all(args: &InputArgs, pipeline: &Pipeline, mut sink: impl FnMut(Outcome)) {
    let run = args.run_options();
    let mut inputs = dyad_ingest::read_inputs(&args.paths, &args.read_options());
    loop {
        let batch: Vec<_> = inputs.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<Outcome> = batch
            .into_par_iter()
            .map(|doc| match doc {
                Err(e) => Err(e.to_string()),
                Ok(doc) => {
                    let source = doc.source.clone();
                    // A panic in one document must not take the run down with it.
                    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| pipeline.process(doc, &run))) {
                        Ok(Ok(record)) => Ok(record),
                        Ok(Err(e)) => Err(format!("{source}: {e:#}")),
                        Err(_) => Err(format!(
                            "{source}: internal error while coding this document (please report it)"
                        )),
                    }
                }
            })
            .collect();
        for r in results {
            sink(r);
        }
    }
}
