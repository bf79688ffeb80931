//! `dyad dyads`: per directed pair of actors (and per period), de-duplicated
//! events by quad class, summed scores and the cooperation–conflict index.

use super::events::{
    parse_category, parse_period, to_stdout, write_rows, Columns, DateRange, DbArg, Format, FormatArg,
};
use super::Global;
use dyad_model::Category;
use dyad_store::{DyadQuery, DyadRow, Period};
use std::io::Write;
use std::process::ExitCode;

/// Dyads: per (source, recipient) actor pair, direction kept, and per period.
/// Counts de-duplicated events by quad class (1 verbal cooperation, 2
/// material cooperation, 3 verbal conflict, 4 material conflict), sums their
/// PLOVER scores and gives a cooperation–conflict index in [-1, 1].
#[derive(clap::Args)]
#[command(
    after_help = "Examples:\n  dyad dyads\n  dyad dyads --actor RUS --period month\n  dyad dyads --since 2024-01 --event SANCTION --format csv\n\n\
Actors are actor codes as stored: a country code (RUS), else a Wikidata id, else a name.\n\
INDEX = (coop - conflict) / (coop + conflict), material classes counting double."
)]
pub struct Args {
    #[command(flatten)]
    pub db: DbArg,

    /// Only this source actor code (RUS).
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,

    /// Only this recipient actor code (PRK).
    #[arg(long, value_name = "CODE")]
    pub recipient: Option<String>,

    /// Only this PLOVER category.
    #[arg(long, value_name = "CATEGORY", value_parser = parse_category)]
    pub event: Option<Category>,

    #[command(flatten)]
    pub dates: DateRange,

    /// Bucket: all (one row per dyad), day, week (ISO), month or year.
    #[arg(long, default_value = "all", value_parser = parse_period)]
    pub period: Period,

    /// At most this many rows.
    #[arg(long, value_name = "N", default_value_t = 50)]
    pub limit: usize,

    #[command(flatten)]
    pub format: FormatArg,
}

pub fn run(args: &Args, _global: &Global) -> anyhow::Result<ExitCode> {
    let store = args.db.open()?;
    let rows = store.dyads(&DyadQuery {
        actor: args.actor.clone(),
        recipient: args.recipient.clone(),
        event: args.event,
        since: args.dates.since.clone(),
        until: args.dates.until.clone(),
        period: args.period,
        limit: Some(args.limit),
    })?;
    if rows.is_empty() {
        eprintln!("dyad: no dyads match");
    }
    to_stdout(|out| write_dyads(out, &rows, args.format.format, args.period != Period::All))
}

/// Writes dyad rows, with a period column in the table when `with_period`;
/// shared with `dyad timeline`.
pub(crate) fn write_dyads(
    out: &mut dyn Write,
    rows: &[DyadRow],
    format: Format,
    with_period: bool,
) -> std::io::Result<()> {
    let mut table_header = vec!["SOURCE → RECIPIENT"];
    if with_period {
        table_header.insert(0, "PERIOD");
    }
    table_header.extend(["EVENTS", "MENTIONS", "Q1", "Q2", "Q3", "Q4", "SCORE", "INDEX"]);
    let columns = Columns {
        csv_header: &[
            "Actor1Code",
            "Actor2Code",
            "Period",
            "NumEvents",
            "NumMentions",
            "Quad1",
            "Quad2",
            "Quad3",
            "Quad4",
            "ScoreSum",
            "CoopConflictIndex",
        ],
        table_header: &table_header,
        json: &|r: &DyadRow| {
            serde_json::json!({
                "source": r.source, "recipient": r.recipient, "period": r.period,
                "events": r.events, "mentions": r.mentions,
                "verbal_cooperation": r.quad[0], "material_cooperation": r.quad[1],
                "verbal_conflict": r.quad[2], "material_conflict": r.quad[3],
                "score": r.score, "index": r.index,
            })
        },
        csv: &|r: &DyadRow| {
            vec![
                r.source.clone(),
                r.recipient.clone(),
                r.period.clone(),
                r.events.to_string(),
                r.mentions.to_string(),
                r.quad[0].to_string(),
                r.quad[1].to_string(),
                r.quad[2].to_string(),
                r.quad[3].to_string(),
                format!("{:.2}", r.score),
                format!("{:.3}", r.index),
            ]
        },
        table: &|r: &DyadRow| {
            let mut v = vec![format!("{} → {}", r.source, r.recipient)];
            if with_period {
                v.insert(0, r.period.clone());
            }
            v.extend([
                r.events.to_string(),
                r.mentions.to_string(),
                r.quad[0].to_string(),
                r.quad[1].to_string(),
                r.quad[2].to_string(),
                r.quad[3].to_string(),
                format!("{:.1}", r.score),
                format!("{:+.2}", r.index),
            ]);
            v
        },
    };
    write_rows(out, rows, format, &columns)
}
