//! `dyad actors`: the actors of the event graph, most central first.

use super::events::{finish, open_store, parse_date, print_table, stdout, Format};
use super::Global;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Top actors of the directed event graph (edge weight = de-duplicated
/// events), with in/out events, degrees, weighted degree centrality and
/// weighted PageRank.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  dyad actors\n  dyad actors --since 2024-06 --limit 10 --format csv")]
pub struct Args {
    /// The database file (written by `dyad ingest`).
    #[arg(long, default_value = "dyad.db")]
    pub db: PathBuf,

    /// First day, inclusive (YYYY-MM-DD, YYYY-MM, YYYY).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<String>,

    /// Last day, inclusive (YYYY-MM-DD, YYYY-MM, YYYY).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<String>,

    /// At most this many actors.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,

    /// Output: an aligned table, one JSON object per line, or CSV.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let store = open_store(&args.db)?;
    let rows = store.actors(args.since.as_deref(), args.until.as_deref(), Some(args.limit))?;
    if rows.is_empty() {
        eprintln!("dyad: no actors in dyads yet");
    }
    let mut out = stdout();
    let result = (|| -> std::io::Result<()> {
        match args.format {
            Format::Jsonl => {
                for r in &rows {
                    let v = serde_json::json!({
                        "code": r.code, "out_events": r.out_events, "in_events": r.in_events,
                        "out_degree": r.out_degree, "in_degree": r.in_degree, "degree": r.degree,
                        "weighted_degree": r.weighted_degree, "pagerank": r.pagerank,
                    });
                    writeln!(out, "{v}")?;
                }
            }
            Format::Csv => {
                dyad_store::export::write_csv_row(&mut out, &["ActorCode", "OutEvents", "InEvents", "OutDegree", "InDegree", "Degree", "WeightedDegree", "PageRank"])?;
                for r in &rows {
                    let cells = [
                        r.code.clone(), r.out_events.to_string(), r.in_events.to_string(), r.out_degree.to_string(),
                        r.in_degree.to_string(), r.degree.to_string(), format!("{:.6}", r.weighted_degree), format!("{:.6}", r.pagerank),
                    ];
                    dyad_store::export::write_csv_row(&mut out, &cells.iter().map(String::as_str).collect::<Vec<_>>())?;
                }
            }
            Format::Table => {
                let cells: Vec<Vec<String>> = rows
                    .iter()
                    .map(|r| {
                        vec![
                            r.code.clone(), r.out_events.to_string(), r.in_events.to_string(), r.degree.to_string(),
                            format!("{:.3}", r.weighted_degree), format!("{:.3}", r.pagerank),
                        ]
                    })
                    .collect();
                print_table(&mut out, &["ACTOR", "OUT", "IN", "PARTNERS", "W.DEGREE", "PAGERANK"], &cells)?;
            }
        }
        out.flush()
    })();
    finish(result)
}
