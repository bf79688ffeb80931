//! `dyad actors`: the actors of the event graph, most central first.

use super::events::{to_stdout, write_rows, Columns, DateRange, DbArg, FormatArg};
use super::Global;
use dyad_store::ActorRow;
use std::process::ExitCode;

/// Top actors of the directed event graph (edge weight = de-duplicated
/// events), with in/out events, degrees, weighted degree centrality and
/// weighted PageRank.
#[derive(clap::Args)]
#[command(after_help = "Examples:\n  dyad actors\n  dyad actors --since 2024-06 --limit 10 --format csv")]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,

    #[command(flatten)]
    pub dates: DateRange,

    /// At most this many actors.
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: usize,

    #[command(flatten)]
    pub format: FormatArg,
}

pub fn run(args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let rows = store.actors(
        args.dates.since.as_deref(),
        args.dates.until.as_deref(),
        Some(args.limit),
    )?;
    if rows.is_empty() {
        eprintln!("dyad: no actors in dyads yet");
    }
    let columns = Columns {
        csv_header: &[
            "ActorCode",
            "OutEvents",
            "InEvents",
            "OutDegree",
            "InDegree",
            "Degree",
            "WeightedDegree",
            "PageRank",
        ],
        table_header: &["ACTOR", "OUT", "IN", "PARTNERS", "W.DEGREE", "PAGERANK"],
        json: &|r: &ActorRow| {
            serde_json::json!({
                "code": r.code, "out_events": r.out_events, "in_events": r.in_events,
                "out_degree": r.out_degree, "in_degree": r.in_degree, "degree": r.degree,
                "weighted_degree": r.weighted_degree, "pagerank": r.pagerank,
            })
        },
        csv: &|r: &ActorRow| {
            vec![
                r.code.clone(),
                r.out_events.to_string(),
                r.in_events.to_string(),
                r.out_degree.to_string(),
                r.in_degree.to_string(),
                r.degree.to_string(),
                format!("{:.6}", r.weighted_degree),
                format!("{:.6}", r.pagerank),
            ]
        },
        table: &|r: &ActorRow| {
            vec![
                r.code.clone(),
                r.out_events.to_string(),
                r.in_events.to_string(),
                r.degree.to_string(),
                format!("{:.3}", r.weighted_degree),
                format!("{:.3}", r.pagerank),
            ]
        },
    };
    to_stdout(|out| write_rows(out, &rows, args.format.format, &columns))
}
