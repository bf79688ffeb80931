//! `dyad timeline`: one dyad over time, empty periods included.

use super::events::{parse_period, print_table, to_stdout, DateRange, DbArg, Format};
use super::Global;
use dyad_store::Period;
use std::process::ExitCode;

/// The relationship between two actors over time: per period, de-duplicated
/// events by quad class and the cooperation–conflict index, with a bar.
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  dyad timeline --actor RUS --recipient PRK\n  dyad timeline --actor RUS --recipient PRK --both --period week --since 2024-01\n  dyad timeline --actor CHN --recipient USA --format csv"
)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,

    /// Source actor code (RUS).
    #[arg(long, value_name = "CODE")]
    pub actor: String,

    /// Recipient actor code (PRK).
    #[arg(long, value_name = "CODE")]
    pub recipient: String,

    /// Also show the reverse direction (recipient → actor).
    #[arg(long)]
    pub both: bool,

    /// Bucket: day, week (ISO), month or year.
    #[arg(long, default_value = "month", value_parser = parse_period)]
    pub period: Period,

    #[command(flatten)]
    pub dates: DateRange,

    /// Output: a table with bars, one JSON object per line, or CSV.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

pub fn run(args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let mut directions = vec![(args.actor.trim(), args.recipient.trim())];
    if args.both {
        directions.push((args.recipient.trim(), args.actor.trim()));
    }
    let mut rows = Vec::new();
    for (a, b) in directions {
        rows.extend(store.timeline(
            a,
            b,
            args.period,
            args.dates.since.as_deref(),
            args.dates.until.as_deref(),
        )?);
    }
    if rows.is_empty() {
        eprintln!("dyad: no dated events between {} and {}", args.actor, args.recipient);
    }
    to_stdout(|out| match args.format {
        Format::Table => {
            let max = rows.iter().map(|r| r.events).max().unwrap_or(0).max(1);
            let cells: Vec<Vec<String>> = rows
                .iter()
                .map(|r| {
                    let coop = r.quad[0] + r.quad[1];
                    let conflict = r.quad[2] + r.quad[3];
                    // Bars scaled to the busiest period: '+' cooperation, '-' conflict.
                    let scale = |n: usize| (n * 30).div_ceil(max);
                    vec![
                        r.period.clone(),
                        format!("{} → {}", r.source, r.recipient),
                        r.events.to_string(),
                        coop.to_string(),
                        conflict.to_string(),
                        format!("{:+.2}", r.index),
                        format!("{}{}", "+".repeat(scale(coop)), "-".repeat(scale(conflict))),
                    ]
                })
                .collect();
            print_table(
                out,
                &["PERIOD", "DYAD", "EVENTS", "COOP", "CONFLICT", "INDEX", ""],
                &cells,
            )
        }
        f => super::dyads::write_dyads(out, &rows, f, true),
    })
}
