//! `dyad extract`: documents in, one JSON record per document out.

use super::source::{process_all, InputArgs};
use super::Global;
use std::io::Write;
use std::process::ExitCode;

/// Code documents and print one JSON record per document (see docs/event-record.md).
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  dyad extract examples/it-putin-hanoi.txt\n  dyad extract --format pretty --date 2024-06-20 article.txt\n  zcat feed.jsonl.gz | dyad extract --input-format jsonl -"
)]
pub struct Args {
    #[command(flatten)]
    pub input: InputArgs,

    /// `jsonl`: one compact record per line; `pretty`: indented JSON.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub format: OutputFormat,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutputFormat {
    Jsonl,
    Pretty,
}

pub fn run(args: &Args, global: &Global) -> anyhow::Result<ExitCode> {
    let pipeline = global.pipeline()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (mut ok, mut failed) = (0usize, 0usize);
    let mut write_error: Option<std::io::Error> = None;
    process_all(&args.input, pipeline, |outcome| match outcome {
        Ok(record) => {
            ok += 1;
            let json = match args.format {
                OutputFormat::Jsonl => serde_json::to_string(&record),
                OutputFormat::Pretty => serde_json::to_string_pretty(&record),
            };
            if let Err(e) = json.map_err(std::io::Error::other).and_then(|j| writeln!(out, "{j}")) {
                write_error.get_or_insert(e);
            }
        }
        Err(message) => {
            failed += 1;
            eprintln!("dyad: {message}");
        }
    });
    out.flush()?;
    if let Some(e) = write_error {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    if failed > 0 {
        eprintln!("dyad: {ok} document(s) coded, {failed} failed");
    }
    Ok(if ok == 0 && failed > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
