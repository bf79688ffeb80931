//! `dyad search`: full-text search over stored articles, with snippets.

use super::events::{csv_row, to_stdout, DbArg, Format};
use super::Global;
use std::io::IsTerminal;
use std::process::ExitCode;

/// Search article titles and texts (SQLite FTS5; accents are ignored, so
/// "giovedi" finds "giovedì"). FTS5 syntax works: "phrase", AND, OR, NOT,
/// prefix*; a query that does not parse is searched as plain words.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  dyad search \"Kim Jong Un\"\n  dyad search '\"visita di stato\" AND vietnam'\n  dyad search 'sanzion*' --limit 5 --format jsonl"
)]
pub struct Args {
    /// What to look for.
    pub query: String,

    #[command(flatten)]
    pub db: DbArg,

    /// At most this many documents.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,

    /// Output: a table, one JSON object per line, or CSV.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    // Bold on a terminal, brackets elsewhere.
    let markers = if args.format == Format::Table && std::io::stdout().is_terminal() {
        ("\x1b[1m", "\x1b[0m")
    } else {
        ("[", "]")
    };
    let hits = store.search(&args.query, args.limit, markers)?;
    if hits.is_empty() {
        eprintln!("dyad: no documents match");
    }
    to_stdout(|out| {
        match args.format {
            Format::Jsonl => {
                for h in &hits {
                    let v = serde_json::json!({"doc_id": h.doc_id, "title": h.title, "source": h.source, "url": h.url, "date": h.date, "snippet": h.snippet, "rank": h.rank});
                    writeln!(out, "{v}")?;
                }
            }
            Format::Csv => {
                dyad_store::export::write_csv_row(
                    out,
                    &["DocID", "DocDate", "DocTitle", "SOURCEURL", "Snippet", "Rank"],
                )?;
                for h in &hits {
                    let src = h.url.clone().unwrap_or_else(|| h.source.clone());
                    csv_row(
                        out,
                        &[
                            h.doc_id.clone(),
                            h.date.clone().unwrap_or_default(),
                            h.title.clone().unwrap_or_default(),
                            src,
                            h.snippet.clone(),
                            format!("{:.3}", h.rank),
                        ],
                    )?;
                }
            }
            Format::Table => {
                // Snippets are long: one block per hit reads better than a table row.
                for h in &hits {
                    let title = h.title.clone().unwrap_or_else(|| h.doc_id.clone());
                    writeln!(
                        out,
                        "{}  {}  ({})",
                        h.date.as_deref().unwrap_or("----------"),
                        title,
                        h.url.as_deref().unwrap_or(&h.source)
                    )?;
                    writeln!(out, "    {}\n", h.snippet.replace(['\n', '\r'], " "))?;
                }
            }
        }
        Ok(())
    })
}
