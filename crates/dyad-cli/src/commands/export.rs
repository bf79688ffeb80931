//! `dyad export`: the store in formats other tools read.

use super::events::{finish, stdout, DbArg};
use super::Global;
use anyhow::Context;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Export the store: the records as JSONL, one row per event mention as CSV or
/// Parquet (partitioned by date), or the actor graph as GraphML / GEXF.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  dyad export --format jsonl --out records.jsonl\n  dyad export --format csv > events.csv\n  dyad export --format parquet --out events/     # then: duckdb -c \"SELECT * FROM read_parquet('events/**/*.parquet', hive_partitioning=1)\"\n  dyad export --format gexf --out actors.gexf     # open in Gephi\n\nCSV columns are listed in docs/store.md."
)]
pub struct Args {
    /// What to write.
    #[arg(long, value_enum)]
    pub format: ExportFormat,

    #[command(flatten)]
    pub db: DbArg,

    /// Output file (standard output when omitted); for parquet, a directory (required).
    #[arg(long, value_name = "PATH")]
    pub out: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// The stored records, one JSON object per document, as `dyad extract` printed them.
    Jsonl,
    /// One row per event mention, stable columns (GDELT-like names).
    Csv,
    /// The CSV rows as Parquet files, one folder per day (`day=YYYY-MM-DD`).
    Parquet,
    /// The directed actor graph for Gephi, yEd, networkx.
    Graphml,
    /// The directed actor graph in Gephi's own format.
    Gexf,
}

pub fn run(args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    if args.format == ExportFormat::Parquet {
        let dir = args
            .out
            .as_deref()
            .context("--format parquet needs --out DIR (a folder for the date partitions)")?;
        let (rows, files) = store
            .export_parquet(dir)
            .with_context(|| format!("writing {}", dir.display()))?;
        eprintln!(
            "dyad: {rows} event rows in {files} Parquet files under {}",
            dir.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    let write = |out: &mut dyn Write| -> anyhow::Result<String> {
        Ok(match args.format {
            ExportFormat::Jsonl => format!("{} records", store.export_jsonl(out)?),
            ExportFormat::Csv => format!("{} event rows", store.export_csv(out)?),
            ExportFormat::Graphml => {
                let (n, e) = store.export_graphml(out)?;
                format!("{n} actors, {e} edges")
            }
            ExportFormat::Gexf => {
                let (n, e) = store.export_gexf(out)?;
                format!("{n} actors, {e} edges")
            }
            ExportFormat::Parquet => unreachable!("handled above"),
        })
    };
    match &args.out {
        Some(path) => {
            let summary = write_atomically(path, write)?;
            eprintln!("dyad: wrote {summary} to {}", path.display());
            Ok(ExitCode::SUCCESS)
        }
        None => {
            let mut out = stdout();
            match write(&mut out) {
                Ok(_) => finish(out.flush()),
                Err(e) => match e.downcast_ref::<dyad_store::StoreError>() {
                    Some(dyad_store::StoreError::Io(io)) if io.kind() == std::io::ErrorKind::BrokenPipe => {
                        Ok(ExitCode::SUCCESS)
                    }
                    _ => Err(e),
                },
            }
        }
    }
}

/// Writes to `PATH.tmp`, then renames: an interrupted export never leaves a
/// truncated file under the final name.
fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<String>,
) -> anyhow::Result<String> {
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let tmp = PathBuf::from(tmp);
    let file = std::fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
    let mut out = std::io::BufWriter::new(file);
    let summary = write(&mut out).with_context(|| format!("writing {}", tmp.display()))?;
    out.flush()?;
    out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
    std::fs::rename(&tmp, path).with_context(|| format!("renaming {} to {}", tmp.display(), path.display()))?;
    Ok(summary)
}
